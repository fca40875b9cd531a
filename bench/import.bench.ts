/**
 * The reader's corpus at scale: importing 10,000 articles into IndexedDB (fake-indexeddb in
 * Node, the same code the options page runs), the peak heap during it, how long the event loop
 * was blocked at worst (what a page doing the import would feel), the size of the match index
 * afterwards, and match latency with the 10,000 articles in the index. Ratios are against
 * baselines measured in the same run: validating the file alone, and a linear scan with
 * compareTwoStrings.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import stringSimilarity from 'string-similarity';
import { parseCorpusText } from '../lib/corpus/validate';
import { createIndex, createMatcher, serializeIndex } from '../lib/match';
import type { CorpusArticle, CorpusFile } from '../lib/types';
import { openUserCorpus } from '../lib/user-corpus';
import { stats, type BenchReport } from './report';

const N = 10_000;
const PLACES = ['Avelo', 'Brisk Harbor', 'Caldera', 'Dunmore', 'Eastvale', 'Fenwick', 'Glenrock', 'Holloway'];
const NAMES = [
  'Ana Ruiz',
  'Bo Lindqvist',
  'Chidi Obi',
  'Dana Kroll',
  'Emre Kaya',
  'Farah Said',
  'Gus Moreno',
];

/** 10,000 distinct articles from the bundled texts, each with its own names, places and figures. */
function generate(seeds: CorpusArticle[]): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (let i = 0; i < N; i++) {
    const base = seeds[i % seeds.length]!;
    const place = PLACES[i % PLACES.length]!;
    const name = NAMES[(i * 7) % NAMES.length]!;
    const sentences = base.text.split(/(?<=[.!?”])\s+/);
    const start = i % Math.max(1, sentences.length - 6);
    const text = [
      `${name} said on day ${i} that ${1000 + i} people in ${place} were affected.`,
      ...sentences.slice(start, start + 6),
    ].join(' ');
    out.push({
      id: `gen-${i}`,
      title: `${place}: ${name} on event ${i}`,
      text,
      outlet: `Outlet ${i % 40}`,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    });
  }
  return out;
}

export default async function bench(): Promise<BenchReport> {
  const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
  const articles = generate(corpus.articles);
  const ndjson = articles.map((a) => JSON.stringify(a)).join('\n');
  const lines: string[] = [`${N} articles, ${(ndjson.length / 2 ** 20).toFixed(1)} MB of NDJSON`];

  let t0 = performance.now();
  const parsed = parseCorpusText(ndjson, 'import.ndjson');
  const validateMs = performance.now() - t0;
  if (parsed.problems.length) throw new Error(`generated corpus invalid: ${parsed.problems[0]?.message}`);

  const store = await openUserCorpus(new IDBFactory(), 'bench', { bundled: corpus.articles });
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  let maxLag = 0;
  let last = performance.now();
  const sampler = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 10);
    last = now;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 10);
  let progressCalls = 0;
  t0 = performance.now();
  const report = await store.importText(ndjson, {
    fileName: 'import.ndjson',
    onProgress: () => progressCalls++,
  });
  const importMs = performance.now() - t0;
  clearInterval(sampler);
  lines.push(
    `import: ${(importMs / 1000).toFixed(2)} s for ${report.added} articles (${(importMs / N).toFixed(3)} ms each), ${progressCalls} progress reports`,
    `  vs validating the file alone (${validateMs.toFixed(0)} ms): ${(importMs / validateMs).toFixed(1)}x`,
    `  peak heap growth during import: ${((peak - heap0) / 2 ** 20).toFixed(0)} MB; longest event-loop stall: ${maxLag.toFixed(0)} ms`,
  );

  t0 = performance.now();
  const user = await store.all();
  const index = createIndex([...corpus.articles, ...user]);
  const indexMs = performance.now() - t0;
  const serialized = JSON.stringify(serializeIndex(index));
  lines.push(
    `index of bundled + ${user.length} user articles: built in ${indexMs.toFixed(0)} ms, ${(serialized.length / 2 ** 20).toFixed(2)} MB serialized (${Math.round(serialized.length / index.size)} B per article)`,
  );

  const matcher = createMatcher(index);
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
  lines.push(
    `match with ${user.length} user articles: median ${m.median.toFixed(2)} ms, p95 ${m.p95.toFixed(2)} ms; linear compareTwoStrings scan ${scan.toFixed(0)} ms (${(scan / m.median).toFixed(0)}x slower)`,
  );
  store.close();
  return {
    name: 'import: the reader’s corpus at 10,000 articles',
    lines,
    targets: [
      { label: `all ${N} articles imported`, ok: report.added === N },
      { label: 'serialized index under 2 KB per article', ok: serialized.length / index.size < 2048 },
      {
        label: 'match with 10,000 user articles >= 100x faster than a linear scan',
        ok: scan / m.median >= 100,
      },
    ],
  };
}
