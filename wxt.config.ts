import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/**
 * A test build (`PARALLAX_TEST_BUILD=1`, for the browser benchmark) adds User Timing marks
 * the page could read; it goes to .output/test so a reader's build never has them.
 */
const TEST_BUILD = process.env.PARALLAX_TEST_BUILD === '1';

/**
 * The extension's own pages: only our own scripts and styles, no remote code, no eval, no
 * network connections, no plugins, no framing, no forms.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Only web pages may frame an extension page, and of ours only inpage.html is web-accessible.
  'frame-ancestors http: https:',
].join('; ');

// Chrome MV3 and Firefox (MV2 by default in WXT). Permissions are the smallest that work;
// each is justified in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  ...(TEST_BUILD ? { outDir: '.output/test' } : {}),
  manifest: ({ browser, mode }) => {
    // The dev server's live reload needs a connection to localhost; builds get none.
    const csp =
      mode === 'development' ? CSP.replace("connect-src 'none'", 'connect-src ws: http://localhost:*') : CSP;
    const firefox = browser === 'firefox';
    return {
      name: 'Parallax',
      description:
        'See how every outlet tells the story: compare news coverage sentence by sentence, privately.',
      // offscreen: Chrome's service worker has no DOM; the page's article is extracted there.
      permissions: firefox ? ['storage'] : ['storage', 'sidePanel', 'offscreen'],
      action: { default_title: 'Parallax' },
      // Parallax's card and panel on a news page are frames of this page, out of the page's reach.
      web_accessible_resources: firefox
        ? (['inpage.html'] as unknown as [])
        : [
            // use_dynamic_url: pages reach it only by a per-session id they never see, so a page
            // that knows Parallax's id cannot probe for it (Firefox's id is random per install).
            { resources: ['inpage.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
          ],
      content_security_policy: firefox
        ? (csp as unknown as { extension_pages: string })
        : { extension_pages: csp },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'parallax@parallax.local',
                // 140: data_collection_permissions and the CSS Custom Highlight API.
                strict_min_version: '140.0',
                // Parallax collects nothing: no data leaves the browser.
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: { __PARALLAX_TEST_BUILD__: JSON.stringify(TEST_BUILD) },
    resolve: {
      alias: [
        { find: 'react', replacement: 'preact/compat' },
        { find: 'react-dom', replacement: 'preact/compat' },
        // WXT's content script context posts the extension's id to every page and can be shut
        // down by any page: ours (entrypoints/content/context.ts) has the same API without that.
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve('entrypoints/content/context.ts'),
        },
      ],
    },
    // Readability is pure: where nothing calls it (Chrome's service worker), it is left out.
    build: {
      rollupOptions: {
        treeshake: { moduleSideEffects: (id: string) => !id.includes('@mozilla/readability') },
      },
    },
  }),
});
