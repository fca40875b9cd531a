import { defineConfig } from 'wxt';

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
  "frame-ancestors 'none'",
].join('; ');

// Chrome MV3 and Firefox (MV2 by default in WXT). Permissions are the smallest that work;
// each is justified in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
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
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    // Readability is pure: where nothing calls it (Chrome's service worker), it is left out.
    build: {
      rollupOptions: {
        treeshake: { moduleSideEffects: (id: string) => !id.includes('@mozilla/readability') },
      },
    },
  }),
});
