import { defineConfig } from 'wxt';

// Chrome MV3 and Firefox (MV2 by default in WXT, MV3 with -b firefox --mv3).
// Permissions are the smallest that work; each is justified in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description:
      'See how every outlet tells the story: compare news coverage sentence by sentence, privately.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Parallax' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'parallax@parallax.local', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
