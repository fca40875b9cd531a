/**
 * The reader's corpus at scale, in Node with fake-indexeddb (the same lib code the options
 * page and its import worker run): importing 10,000 articles, three ways in the same run —
 *   one go:   on the main thread without pauses (as the options page did before the worker);
 *   slices:   on the main thread with `timeSlices` pauses (the page's fallback without a worker);
 *   worker:   in a worker_threads thread over the page<->worker messages (import-wire.ts), the
 *             main thread only posting the file (a Blob, like the page's File) and hearing
 *             progress: the real design.
 * For each: the time; the main thread's longest busy stretch (event-loop utilization between
 * two 5 ms timer ticks: the work itself, whatever the machine's load) and longest stall (wall
 * clock: what a popup sharing the thread would feel); the peak growth of the main heap and of
 * the whole process's RSS (the worker's heap shows only there). Each run starts after a full
 * GC. Then the refresh the page does afterwards (reading the 10,000 articles back, in
 * batches), the size of the match index and match latency with them. Ratios are against
 * baselines of the same run: validating the file alone, the one-go run, an idle main thread,
 * a linear compareTwoStrings scan. Chromium figures: import-browser.bench.ts.
 */
import { readFileSync } from 'node:fs';
import { performance as perf } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker, type TransferListItem } from 'node:worker_threads';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import stringSimilarity from 'string-similarity';
import { parseCorpusText } from '../lib/corpus/validate';
import { createIndex, createMatcher, loadIndex, serializeIndex, type MatchIndex } from '../lib/match';
import type { CorpusArticle, CorpusFile } from '../lib/types';
import {
  corpusFingerprint,
  importRemotely,
  openIndexCache,
  openUserCorpus,
  timeSlices,
  type ImportReport,
  type UserArticle,
  type UserCorpus,
} from '../lib/user-corpus';
import { generateArticles, N, toNdjson } from './import-corpus';
import { stats, type BenchReport } from './report';

const MB = 2 ** 20;
const SAMPLE_MS = 5;
/** A task longer than this is a "long task" (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

interface Watched<T> {
  value: T;
  ms: number;
  /** Longest gap between two 5 ms timer ticks beyond the 5 ms: what a page would feel. */
  stallMs: number;
  /**
   * Longest time the main thread was busy between two ticks (its event-loop utilization, not
   * the wall clock): the stall the work itself caused, without the time the OS gave other
   * processes on this shared machine.
   */
  busyMs: number;
  heapMb: number;
  rssMb: number;
}

/** A full garbage collection, so that each watched run starts without the last one's garbage. */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Run `work`, sampling the main thread's event-loop lag, busy time and the memory meanwhile. */
async function watch<T>(work: () => Promise<T>): Promise<Watched<T>> {
  collect();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let heap = heap0;
  let rss = rss0;
  let stall = 0;
  let busy = 0;
  let last = performance.now();
  let elu = perf.eventLoopUtilization();
  const tick = () => {
    const now = performance.now();
    const next = perf.eventLoopUtilization();
    stall = Math.max(stall, now - last - SAMPLE_MS);
    busy = Math.max(busy, perf.eventLoopUtilization(next, elu).active);
    last = now;
    elu = next;
  };
  const sampler = setInterval(() => {
    tick();
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, SAMPLE_MS);
  const t0 = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - t0;
    tick();
    return {
      value,
      ms,
      stallMs: stall,
      busyMs: busy,
      heapMb: (heap - heap0) / MB,
      rssMb: (rss - rss0) / MB,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function inThread(bundled: CorpusArticle[], ndjson: string, pause?: () => Promise<void>) {
  const store = await openUserCorpus(new IDBFactory(), 'bench', { bundled, keyRange: IDBKeyRange });
  const run = await watch(() => store.importText(ndjson, { fileName: 'import.ndjson', pause }));
  return { store, run };
}

async function inWorker(bundled: CorpusArticle[], ndjson: string): Promise<Watched<ImportReport>> {
  const { port1, port2 } = new MessageChannel();
  // The thread loads its TypeScript through tsx's API, as this process does.
  const entry = JSON.stringify(new URL('./import-thread.ts', import.meta.url).href);
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${entry}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { port: port2 },
    transferList: [port2 as unknown as TransferListItem],
  });
  try {
    await new Promise((ready, fail) => {
      worker.once('message', ready);
      worker.once('error', fail);
    });
    const request = {
      source: new Blob([ndjson]), // like the page's File: a handle, the worker reads it
      fileName: 'import.ndjson',
      database: 'bench',
      bundled: bundled.map(({ id, text }) => ({ id, text })),
    };
    return await watch(() => importRemotely(port1, request));
  } finally {
    port1.close();
    await worker.terminate();
  }
}

const describe = (label: string, r: Watched<unknown>) =>
  `${label} ${(r.ms / 1000).toFixed(2)} s; main thread: longest busy stretch ${r.busyMs.toFixed(0)} ms, longest stall ${r.stallMs.toFixed(0)} ms; peak growth: main heap ${r.heapMb.toFixed(0)} MB, process RSS ${r.rssMb.toFixed(0)} MB`;

export default async function bench(): Promise<BenchReport> {
  const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
  const bundled = corpus.articles;
  const articles = generateArticles(bundled);
  const ndjson = toNdjson(articles);
  const lines: string[] = [`${N} articles, ${(ndjson.length / MB).toFixed(1)} MB of NDJSON`];

  let t0 = performance.now();
  const parsed = parseCorpusText(ndjson, 'import.ndjson');
  const validateMs = performance.now() - t0;
  if (parsed.problems.length) throw new Error(`generated corpus invalid: ${parsed.problems[0]?.message}`);

  const { store, run: oneGo } = await inThread(bundled, ndjson);
  const sliced = await inThread(bundled, ndjson, timeSlices(8));
  sliced.store.close();
  const worker = await inWorker(bundled, ndjson);
  // The same watch over an idle main thread for as long: the noise floor of this machine.
  const idle = await watch(() => new Promise((done) => setTimeout(done, worker.ms)));
  const fewer = (r: Watched<unknown>) => oneGo.busyMs / Math.max(1, r.busyMs);
  lines.push(
    describe('import in one go on the main thread (before):', oneGo),
    `  vs validating the file alone (${validateMs.toFixed(0)} ms): ${(oneGo.ms / validateMs).toFixed(1)}x`,
    describe('import on the main thread in 8 ms slices (page fallback):', sliced.run),
    describe('import in a worker thread (the design):', worker),
    describe('idle main thread for as long (noise floor):', idle),
    `  longest main-thread busy stretch vs one go: slices ${fewer(sliced.run).toFixed(0)}x shorter, worker ${fewer(worker).toFixed(0)}x shorter (counted from 1 ms)`,
  );

  const refresh = await watch(() => store.all());
  const user = refresh.value;
  lines.push(
    describe(`refresh (reading the ${user.length} articles back, as the page does to list them):`, refresh),
  );

  t0 = performance.now();
  const index = createIndex([...bundled, ...user]);
  const indexMs = performance.now() - t0;
  const serialized = JSON.stringify(serializeIndex(index));
  lines.push(
    `index of bundled + ${user.length} user articles: built in ${indexMs.toFixed(0)} ms, ${(serialized.length / MB).toFixed(2)} MB serialized (${Math.round(serialized.length / index.size)} B per article)`,
  );
  const m = matchLatency(createMatcher(index), articles, user);
  lines.push(m.line);
  const start = await workerStart(index, user, indexMs);
  lines.push(start.line);
  store.close();
  return {
    name: 'import: the reader’s corpus at 10,000 articles',
    lines,
    targets: [
      {
        label: `all ${N} articles imported by each of the three ways`,
        ok: [oneGo.value, sliced.run.value, worker.value].every((r: ImportReport) => r.added === N),
      },
      {
        label: `importing in a worker: the main thread is never busy ${LONG_TASK_MS} ms at a stretch`,
        ok: worker.busyMs < LONG_TASK_MS,
      },
      {
        label: 'importing in a worker: longest main-thread busy stretch >= 10x shorter than in one go',
        ok: fewer(worker) >= 10,
      },
      {
        label: `importing on the page in slices: the main thread is never busy ${2 * LONG_TASK_MS} ms at a stretch`,
        ok: sliced.run.busyMs < 2 * LONG_TASK_MS,
      },
      {
        label: 'serialized index under 2 KB per article',
        ok: serialized.length / index.size < 2048,
      },
      { label: 'match with 10,000 user articles >= 100x faster than a linear scan', ok: m.speedup >= 100 },
      {
        label: 'a restarted service worker gets its index from the cache >= 5x faster than building it',
        ok: start.speedup >= 5,
      },
    ],
  };
}

/**
 * What a restarted service worker pays before its first match: the fingerprint of the user
 * articles, the cache read and loadIndex (entrypoints/background/engine.ts), against building.
 */
async function workerStart(
  index: MatchIndex,
  user: UserArticle[],
  buildMs: number,
): Promise<{ line: string; speedup: number }> {
  const cache = await openIndexCache(new IDBFactory(), 'bench-cache');
  await cache.put(corpusFingerprint('bundled', user), serializeIndex(index));
  const t0 = performance.now();
  const kept = await cache.get(corpusFingerprint('bundled', user));
  const loaded = kept ? loadIndex(kept) : null;
  const ms = performance.now() - t0;
  cache.close();
  const speedup = loaded && loaded.size === index.size ? buildMs / ms : 0;
  return {
    line: `restarted service worker: index from the cache in ${ms.toFixed(0)} ms (fingerprint, read, load) vs built in ${buildMs.toFixed(0)} ms: ${speedup.toFixed(1)}x`,
    speedup,
  };
}

function matchLatency(
  matcher: ReturnType<typeof createMatcher>,
  articles: CorpusArticle[],
  user: UserCorpus extends { all(): Promise<infer A> } ? A : never,
): { line: string; speedup: number } {
  const queries = articles.filter((_, i) => i % 97 === 0).slice(0, 60);
  const latencies = queries.map((q) => {
    const s = performance.now();
    matcher.match({ title: q.title, text: q.text, date: q.date }, { excludeId: q.id });
    return performance.now() - s;
  });
  const m = stats(latencies);
  const scans = queries.slice(0, 2).map((q) => {
    const s = performance.now();
    for (const a of user) stringSimilarity.compareTwoStrings(q.text, a.text);
    return performance.now() - s;
  });
  const scan = stats(scans).median;
  return {
    line: `match with ${user.length} user articles: median ${m.median.toFixed(2)} ms, p95 ${m.p95.toFixed(2)} ms; linear compareTwoStrings scan ${scan.toFixed(0)} ms (${(scan / m.median).toFixed(0)}x slower)`,
    speedup: scan / m.median,
  };
}
