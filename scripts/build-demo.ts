/**
 * `npm run demo:build`: write the demo pages to demo/site/ from assets/corpus.json.
 * The pages are generated, not committed (demo/site/ is ignored).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPages, type DemoPage } from '../demo/site.ts';
import type { CorpusFile } from '../lib/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_SITE_DIR = join(root, 'demo/site');
const CORPUS_PATH = join(root, 'assets/corpus.json');
const TEMPLATES_DIR = join(root, 'demo');

/** Build the demo site into `outDir` (its old .html pages removed); returns the pages written. */
export function buildDemoSite(outDir: string = DEMO_SITE_DIR, corpusPath: string = CORPUS_PATH): DemoPage[] {
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as CorpusFile;
  const pages = demoPages(corpus);
  mkdirSync(outDir, { recursive: true });
  // Pages of an earlier build go (an outlet may have left the corpus); nothing else is touched.
  for (const f of readdirSync(outDir)) if (f.endsWith('.html')) rmSync(join(outDir, f));
  // index.html comes last: its presence means the site is complete.
  const ordered = [
    ...pages.filter((p) => p.file !== 'index.html'),
    ...pages.filter((p) => p.file === 'index.html'),
  ];
  for (const p of ordered) writeFileSync(join(outDir, p.file), p.html);
  return pages;
}

/** True when `outDir` has no built site, or one older than the corpus or the page templates. */
export function demoSiteIsStale(outDir: string = DEMO_SITE_DIR): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [
    CORPUS_PATH,
    ...readdirSync(TEMPLATES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(TEMPLATES_DIR, f)),
  ];
  return sources.some((f) => statSync(f).mtimeMs > built);
}

function main(): void {
  const pages = buildDemoSite();
  console.log(`wrote ${pages.length} pages to ${DEMO_SITE_DIR}:`);
  for (const p of pages) console.log(`  ${p.file.padEnd(22)} ${p.kind}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
