// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * Layers and their boundaries:
 *  - lib/         pure core: no extension API, no entrypoint, component or Node-only import
 *  - components/  Preact UI: may use lib/, never entrypoints/ or the extension API
 *  - entrypoints/ thin shells: wire lib/ and components/ to the browser
 *  - cli/, scripts/, bench/, tests/: Node side
 */
const LAYERS = ['lib', 'components', 'entrypoints', 'utils', 'cli', 'scripts'];
/** Import specifiers that reach into a layer: by alias or by relative path. */
const layerGlobs = (layer) => [`@/${layer}`, `@/${layer}/*`, `~/${layer}/*`, `**/${layer}`, `**/${layer}/*`];
const NO_EXTENSION_API = [
  { name: 'webextension-polyfill', message: 'No extension API here: entrypoints/ and utils/ adapt it.' },
  { name: 'wxt/browser', message: 'No extension API here: entrypoints/ and utils/ adapt it.' },
];
const NO_EXTENSION_GLOBALS = [
  { name: 'chrome', message: 'No extension API here.' },
  { name: 'browser', message: 'No extension API here.' },
];

export default tseslint.config(
  {
    ignores: [
      '.scratch*/',
      '**/*.tmp.ts',
      'node_modules/',
      '.output/',
      '.wxt/',
      'demo/site/',
      '.reports/',
      '.artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      // Page and corpus text are untrusted: no unsanitized DOM writes anywhere.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Untrusted text: build nodes, set textContent.' },
        { property: 'outerHTML', message: 'Untrusted text: build nodes, set textContent.' },
        { property: 'insertAdjacentHTML', message: 'Untrusted text: build nodes, set textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from text.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No eval.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core never touches extension APIs, Node built-ins, the UI or the shells.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_EXTENSION_API,
          patterns: [
            { group: ['node:*', 'wxt/*'], message: 'lib/ runs in the browser too.' },
            {
              group: LAYERS.filter((l) => l !== 'lib').flatMap(layerGlobs),
              message: 'lib/ is the pure core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_EXTENSION_GLOBALS],
    },
  },
  {
    // Components render props; they never reach for the browser or the shells.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_EXTENSION_API,
          patterns: [
            { group: ['node:*', 'wxt/*'], message: 'components/ run in extension pages.' },
            {
              group: ['entrypoints', 'utils', 'cli', 'scripts'].flatMap(layerGlobs),
              message: 'Components take props.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_EXTENSION_GLOBALS],
    },
  },
  {
    // The content script never imports background code, nor the reverse.
    files: ['entrypoints/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: layerGlobs('entrypoints/background'),
              message: 'content never imports background code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/background/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...layerGlobs('entrypoints/content'), ...layerGlobs('components')],
              message: 'background imports no content or UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build fixture documents from literal markup they own; product code never may.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': 'off',
      'no-unsanitized/property': 'off',
      'no-unsanitized/method': 'off',
    },
  },
  {
    // Node-side tools import their own modules dynamically (benchmarks, CLI commands).
    files: ['bench/**/*.ts', 'scripts/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-unsanitized/method': 'off' },
  },
);
