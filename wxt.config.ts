import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

/**
 * A test build (`PARALLAX_TEST_BUILD=1`, for the browser benchmark and the live-coverage e2e
 * tests) adds User Timing marks the page could read, and pre-grants the local test servers'
 * origins (127.0.0.1 and localhost, any port) as host permissions, so that following an outlet
 * there needs no permission prompt while the real code path runs (permissions.request resolves
 * at once, the background checks permissions.getAll() as always). It goes to .output/test so a
 * reader's build never has either.
 */
const TEST_BUILD = process.env.PARALLAX_TEST_BUILD === '1';

/** The local test servers' origins, granted at install in a test build only. */
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Followed outlets' origins are asked for at run time, from the reader's click (optional). */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

/**
 * The extension's own pages: only our own scripts and styles, no remote code, no eval, no
 * plugins, no framing, no forms. connect-src allows http: and https: because this policy also
 * governs the background (Chrome's service worker, Firefox's background page), which fetches
 * the followed outlets' feeds and articles. That is not what limits where requests go: the
 * browser lets the background reach an origin only with its host permission (none at install;
 * each followed outlet's, asked from the click), and lib/live/service.ts asks only origins a
 * followed outlet needs. The pages (popup, options, side panel, frames, offscreen) make no
 * request; tests/e2e/privacy.test.ts records every request and checks it.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  'connect-src http: https:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Only web pages may frame an extension page, and of ours only inpage.html is web-accessible.
  'frame-ancestors http: https:',
].join('; ');

/** The icon's sizes: toolbar (16, 32), extensions page (48), store and install (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** Where each size is, under public/ (rendered from assets/icon.svg by `npm run icons`). */
export const iconPath = (size: number) => `icons/icon-${size}.png`;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

// Chrome MV3 and Firefox (MV2 by default in WXT). Permissions are the smallest that work;
// each is justified in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  ...(TEST_BUILD ? { outDir: '.output/test' } : {}),
  manifest: ({ browser, mode }) => {
    // The dev server's live reload needs a connection to localhost; builds get none.
    const csp =
      mode === 'development'
        ? CSP.replace('connect-src http: https:', 'connect-src ws: http://localhost:*')
        : CSP;
    const firefox = browser === 'firefox';
    return {
      name: 'Parallax',
      description:
        'See how every outlet tells the story: compare news coverage sentence by sentence, privately.',
      // offscreen: Chrome's service worker has no DOM; the page's article is extracted there.
      // alarms: the followed outlets' refresh schedule. No host permission at install: each
      // followed outlet's origins are optional, asked from the reader's click, given back on
      // unfollow (Chrome: optional_host_permissions; Firefox MV2: optional_permissions).
      permissions: [
        ...(firefox
          ? ['storage', 'alarms', 'webRequest']
          : ['storage', 'sidePanel', 'offscreen', 'alarms', 'webRequest']),
        ...(firefox && TEST_BUILD ? TEST_HOSTS : []),
      ],
      ...(firefox
        ? { optional_permissions: OPTIONAL_HOSTS }
        : {
            optional_host_permissions: OPTIONAL_HOSTS,
            ...(TEST_BUILD ? { host_permissions: TEST_HOSTS } : {}),
          }),
      icons: ICONS,
      // Firefox MV2 reads browser_action; WXT maps action to it.
      action: { default_title: 'Parallax', default_icon: ICONS },
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
