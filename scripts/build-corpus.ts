/**
 * `npm run corpus`: build assets/corpus.json from the raw seeds in assets/corpus/seeds/.
 * Deterministic: running it again gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, serializeCorpus, type SeedManifest } from '../lib/corpus/build.ts';
import type { CorpusFile } from '../lib/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = join(root, 'assets/corpus/seeds');
export const CORPUS_PATH = join(root, 'assets/corpus.json');

/** Read the seeds from `seedsDir` and build the corpus. */
export function buildCorpusFromSeeds(seedsDir = SEEDS_DIR): CorpusFile {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as SeedManifest;
  const raw: Record<string, string> = {};
  for (const entry of manifest.articles) raw[entry.file] = readFileSync(join(seedsDir, entry.file), 'utf8');
  return buildCorpus(manifest, raw);
}

function main(): void {
  const corpus = buildCorpusFromSeeds();
  writeFileSync(CORPUS_PATH, serializeCorpus(corpus));
  const derived = corpus.articles.filter((a) => a.titleDerived).length;
  console.log(`wrote ${CORPUS_PATH}: ${corpus.articles.length} articles (${derived} with derived headlines)`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
