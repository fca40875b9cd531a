/**
 * The reader's corpus at its limit (IMPORT_LIMITS.articles, lib/user-corpus/limits.ts) against
 * 10,000 articles, in Node with fake-indexeddb (the same lib code the extension runs): the
 * import, reading it back (the options page's list), building the match index and what a
 * restarted service worker pays for it (the cached index loaded), the heap the index holds. Targets:
 * the time and memory per article at the limit within 1.5x of those at 10,000 (no step grows
 * faster than the corpus), and a file over the limit refused with nothing written. Popup and
 * options page times in Chromium at the limit are not measured here.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createIndex, loadIndex, serializeIndex } from '../lib/match';
import type { CorpusFile } from '../lib/types';
import {
  corpusFingerprint,
  IMPORT_LIMITS,
  ImportError,
  openIndexCache,
  openUserCorpus,
} from '../lib/user-corpus';
import { generateArticles, toNdjson } from './import-corpus';
import type { BenchReport } from './report';

const MB = 2 ** 20;
const BASE = 10_000;
const GROWTH = 1.5;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Step {
  ms: number;
  /** Heap still held after the step (after a full GC), MB. */
  heldMb: number;
}

async function step<T>(work: () => Promise<T> | T): Promise<Step & { value: T }> {
  collect();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  collect();
  return { value, ms, heldMb: (process.memoryUsage().heapUsed - heap0) / MB };
}

async function atSize(n: number, seeds: CorpusFile['articles']) {
  const articles = generateArticles(seeds, n);
  const ndjson = toNdjson(articles);
  const store = await openUserCorpus(new IDBFactory(), `limit-${n}`, {
    bundled: seeds,
    keyRange: IDBKeyRange,
  });
  const imported = await step(() => store.importText(ndjson, { fileName: 'import.ndjson' }));
  const listed = await step(() => store.all());
  const user = listed.value;
  const built = await step(() => createIndex([...seeds, ...user]));
  const cache = await openIndexCache(new IDBFactory(), `limit-cache-${n}`);
  await cache.put(corpusFingerprint('bundled', user), serializeIndex(built.value));
  const restarted = await step(async () => {
    const kept = await cache.get(corpusFingerprint('bundled', user));
    return kept ? loadIndex(kept) : null;
  });
  const over =
    n === IMPORT_LIMITS.articles
      ? await store
          .importText(
            toNdjson(
              generateArticles(seeds, 1).map((a) => ({
                ...a,
                id: 'one-more',
                title: 'One more',
                text: `${a.text} And one more sentence, new.`,
              })),
            ),
          )
          .then(
            () => false,
            (e: unknown) => e instanceof ImportError,
          )
      : null;
  const count = await store.count();
  cache.close();
  store.close();
  return {
    n,
    added: imported.value.added,
    count,
    imported,
    listed,
    built,
    restarted,
    over,
    fileMb: ndjson.length / MB,
  };
}

export default async function (): Promise<BenchReport> {
  const seeds = (JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile).articles;
  const base = await atSize(BASE, seeds);
  const limit = await atSize(IMPORT_LIMITS.articles, seeds);
  const lines: string[] = [];
  const targets: BenchReport['targets'] = [];
  const steps = ['imported', 'listed', 'built', 'restarted'] as const;
  const names = {
    imported: 'import',
    listed: 'read back (the list)',
    built: 'match index built',
    restarted: 'index from the cache (restart)',
  };
  for (const r of [base, limit]) {
    lines.push(
      `${r.n.toLocaleString('en')} articles (${r.fileMb.toFixed(1)} MB of NDJSON): ` +
        steps.map((s) => `${names[s]} ${r[s].ms.toFixed(0)} ms`).join(', ') +
        `; heap held by the index ${r.built.heldMb.toFixed(0)} MB`,
    );
  }
  const scale = limit.n / base.n;
  for (const s of steps) {
    const growth = limit[s].ms / base[s].ms / scale;
    targets.push({
      label: `${names[s]}: time per article at ${limit.n.toLocaleString('en')} / at ${base.n.toLocaleString('en')} = ${growth.toFixed(2)} (target <= ${GROWTH})`,
      ok: growth <= GROWTH,
    });
  }
  for (const s of ['built'] as const) {
    const growth = limit[s].heldMb / Math.max(0.1, base[s].heldMb) / scale;
    targets.push({
      label: `${names[s]}: heap per article at the limit / at ${base.n.toLocaleString('en')} = ${growth.toFixed(2)} (target <= ${GROWTH})`,
      ok: growth <= GROWTH,
    });
  }
  targets.push({
    label: `a file at the limit imports whole (${limit.added.toLocaleString('en')} added), one article more is refused and nothing of it written (${limit.count.toLocaleString('en')} stored)`,
    ok:
      limit.added === IMPORT_LIMITS.articles && limit.over === true && limit.count === IMPORT_LIMITS.articles,
  });
  return {
    name: `import limit: the corpus at ${IMPORT_LIMITS.articles.toLocaleString('en')} articles`,
    lines,
    targets,
  };
}
