// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/**
 * Layers and their boundaries:
 *  - lib/         pure core: no extension API, no entrypoint, component or Node-only import
 *  - components/  Preact UI: may use lib/, never entrypoints/ or the extension API
 *  - entrypoints/ thin shells: wire lib/ and components/ to the browser
 *  - cli/, scripts/, bench/, tests/: Node side
 */
export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo/site/', '.reports/', '.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'no-unsanitized': nounsanitized },
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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: './entrypoints', message: 'lib/ is the pure core.' },
            { target: './lib', from: './components', message: 'lib/ is the pure core.' },
            { target: './lib', from: './cli', message: 'lib/ is the pure core.' },
            {
              target: './components',
              from: './entrypoints',
              message: 'Components never reach into entrypoints.',
            },
            { target: './entrypoints/content.ts', from: './entrypoints/background.ts' },
            { target: './entrypoints/content', from: './entrypoints/background' },
            { target: './entrypoints/background', from: './entrypoints/content' },
            { target: './entrypoints/background.ts', from: './entrypoints/content.ts' },
          ],
        },
      ],
    },
  },
  {
    // The pure core and the UI components never touch extension APIs or Node built-ins.
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'lib/ and components/ take no extension API.' },
            { name: 'wxt/browser', message: 'lib/ and components/ take no extension API.' },
          ],
          patterns: [{ group: ['node:*', 'wxt/*'], message: 'lib/ and components/ run in the browser too.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'No extension API in lib/.' },
        { name: 'browser', message: 'No extension API in lib/.' },
      ],
    },
  },
);
