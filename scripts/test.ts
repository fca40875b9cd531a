/**
 * `npm test`: every check and every test, from a clean clone.
 *   1. Chromium and Firefox for the end-to-end tests (Debian's chromium and firefox-esr through
 *      apt-get when missing and root)
 *   2. tsc --noEmit, eslint, prettier --check
 *   3. unit tests (Vitest), the extension build (Chrome MV3 and Firefox), end-to-end tests in
 *      both browsers (tests/e2e; Firefox's in tests/e2e/firefox*.test.ts)
 * It ends with the plain line `N passed, N failed`: the tests summed from Vitest's own JSON
 * reports, plus each other step (typecheck, lint, format, builds, addons-linter) as one check
 * judged by its exit code, so a failing step is never hidden behind "0 failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './browser';
import { findFirefox } from './firefox';

const REPORTS = '.reports';

interface Step {
  name: string;
  cmd: string[];
  report?: string;
  env?: Record<string, string>;
}

function run(cmd: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd[0]!, cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  return r.status ?? 1;
}

/** Installs Debian's `pkg` through apt-get when `find` finds no browser (root only). */
function ensureBrowser(name: string, pkg: string, find: () => string | null): void {
  if (find()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${name} is missing: installing Debian's ${pkg} package…`);
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', pkg]);
  }
  if (!find()) {
    console.log(`${name} not found and not installable here: its end-to-end tests will fail.`);
  }
}

function vitestReport(path: string): { passed: number; failed: number } | null {
  if (!existsSync(path)) return null;
  const r = JSON.parse(readFileSync(path, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults?: { status: string; assertionResults: unknown[] }[];
  };
  // A test file that fails to load has no assertion results: count it as one failure.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenFiles };
}

function main(): number {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  ensureBrowser('Chromium', 'chromium', findChromium);
  ensureBrowser('Firefox', 'firefox-esr', findFirefox);
  const only = process.argv.slice(2);
  const steps: Step[] = [
    { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
    { name: 'lint', cmd: ['npx', 'eslint', '.'] },
    { name: 'format', cmd: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
    {
      name: 'unit',
      cmd: [
        'npx',
        'vitest',
        'run',
        '--project',
        'unit',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${REPORTS}/unit.json`,
      ],
      report: `${REPORTS}/unit.json`,
    },
    { name: 'build', cmd: ['npx', 'wxt', 'build'] },
    { name: 'build-firefox', cmd: ['npx', 'wxt', 'build', '-b', 'firefox'] },
    { name: 'lint-firefox', cmd: ['npx', 'tsx', 'scripts/lint-firefox.ts', '.output/firefox-mv2'] },
    // The test build (.output/test): the local test servers' origins pre-granted, for the
    // live-coverage e2e tests (tests/e2e/live.test.ts; docs/ARCHITECTURE.md).
    { name: 'build-test', cmd: ['npx', 'wxt', 'build'], env: { PARALLAX_TEST_BUILD: '1' } },
    {
      name: 'e2e',
      cmd: [
        'npx',
        'vitest',
        'run',
        '--project',
        'e2e',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${REPORTS}/e2e.json`,
      ],
      report: `${REPORTS}/e2e.json`,
    },
  ];
  const failedSteps: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
    console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
    const code = run(step.cmd, step.env);
    if (step.report) {
      const r = vitestReport(step.report);
      if (r) {
        passed += r.passed;
        failed += r.failed;
      }
      if (!r || (code !== 0 && r.failed === 0)) {
        failed += 1; // the runner itself failed: count it, never hide it
      }
    } else if (code === 0) passed += 1;
    else failed += 1;
    if (code !== 0) failedSteps.push(step.name);
  }
  console.log(`\nSteps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
  const totals = `${passed} passed, ${failed} failed`;
  writeFileSync(`${REPORTS}/totals.txt`, `${totals}\n`);
  console.log(totals);
  return failedSteps.length ? 1 : 0;
}

process.exit(main());
