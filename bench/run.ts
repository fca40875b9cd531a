/** Runs every bench/*.bench.ts (or those named on the command line) and prints their reports. */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { BenchReport } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

let failed = 0;
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<BenchReport> };
  const report = await mod.default();
  console.log(`\n## ${report.name}`);
  for (const line of report.lines) console.log(line);
  for (const t of report.targets) {
    console.log(`${t.ok ? 'PASS' : 'MISS'}  ${t.label}`);
    if (!t.ok) failed++;
  }
}
console.log(`\n${files.length} benchmarks, ${failed} targets missed`);
