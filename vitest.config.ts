import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Two projects: `unit` (pure core, components, fake browser APIs) and `e2e` (the built
// extension in real headless Chromium, and in Firefox: tests/e2e/firefox*.test.ts). The test
// command runs both and sums their reports.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
