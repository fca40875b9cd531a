/**
 * `npm run corpus`: build assets/corpus.json from the raw seeds in assets/corpus/seeds/, and
 * the serialized match index of it, assets/corpus-index.json, which the service worker loads
 * instead of indexing the corpus at every start. Deterministic: running it again gives the
 * same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, serializeCorpus, type SeedManifest } from '../lib/corpus/build.ts';
import { createIndex, serializeIndex } from '../lib/match/index.ts';
import type { CorpusFile } from '../lib/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = join(root, 'assets/corpus/seeds');
export const CORPUS_PATH = join(root, 'assets/corpus.json');
export const INDEX_PATH = join(root, 'assets/corpus-index.json');

/** The serialized match index of a corpus, as shipped. */
export function serializeCorpusIndex(corpus: CorpusFile): string {
  return `${JSON.stringify(serializeIndex(createIndex(corpus.articles)))}\n`;
}

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
  writeFileSync(INDEX_PATH, serializeCorpusIndex(corpus));
  const derived = corpus.articles.filter((a) => a.titleDerived).length;
  console.log(`wrote ${CORPUS_PATH}: ${corpus.articles.length} articles (${derived} with derived headlines)`);
  console.log(`wrote ${INDEX_PATH}: the match index of those articles`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
