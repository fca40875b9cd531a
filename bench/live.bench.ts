/**
 * Live coverage at scale, in Node with the same lib code the background runs (fake-indexeddb
 * for the store, Node's fetch against a local server, jsdom for the extraction the extension
 * does in its offscreen document):
 *   refresh:   50 feeds of 50 items each, every item's page fetched and extracted (2,500 new
 *              articles): wall time against a baseline of plain fetches of the same 2,550 URLs
 *              at the same concurrency, CPU, bytes stored per article, and the match index
 *              updated per article as the refresh announces it (target: median under 2 ms).
 *   30 days:   2,500 articles a day for 30 simulated days with the default retention (14 days,
 *              200 MB): articles, storage and index size per day (they must level off), and
 *              match latency p95 at the end (target: under 5 ms).
 * Main-thread long tasks in an open tab or popup during a refresh need the browser:
 * bench/live-browser.bench.ts measures them.
 */
import { createServer, type Server } from 'node:http';
import { performance as perf } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM, VirtualConsole } from 'jsdom';
import corpusFile from '../assets/corpus.json';
import { extractPage } from '../lib/extract';
import { createFeedClient } from '../lib/feeds/client';
import { createRefresher, extractedArticle, type LiveChange } from '../lib/live/refresh';
import { openLiveStore, DEFAULT_RETENTION_BYTES, DEFAULT_RETENTION_DAYS } from '../lib/live/store';
import type { LiveArticleInput, Outlet } from '../lib/live/types';
import { createIndex, createMatcher } from '../lib/match';
import type { CorpusArticle, CorpusFile } from '../lib/types';
import { generateArticles } from './import-corpus';
import { makeGenerator, readBases } from './match.bench';
import { stats, type BenchReport } from './report';

const FEEDS = 50;
const ITEMS = 50;
const DAYS = 30;
const PER_DAY = 2_500;
const DAY_MS = 24 * 60 * 60_000;
const seeds = (corpusFile as CorpusFile).articles;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 2,500 distinct articles as pages, and 50 RSS feeds listing them, on 127.0.0.1. */
/** Feeds `0..feeds-1` of `items` items each (`/feeds/F.xml`) and their pages (`/a/F/J.html`). */
export async function startServer(
  articles: CorpusArticle[],
  items = ITEMS,
): Promise<{ origin: string; close(): Promise<void> }> {
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(path);
    if (feed) {
      const f = Number(feed[1]);
      const entries = Array.from({ length: items }, (_, j) => {
        const a = articles[f * items + j]!;
        return `<item><title>${escapeXml(a.title)}</title><link>${origin}/a/${f}/${j}.html</link><guid>${f}-${j}</guid><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>${escapeXml(a.text.slice(0, 200))}</description></item>`;
      }).join('');
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${f}</title><link>${origin}/</link><language>en</language>${entries}</channel></rss>`,
      );
      return;
    }
    const page = /^\/a\/(\d+)\/(\d+)\.html$/.exec(path);
    if (page) {
      const a = articles[Number(page[1]) * items + Number(page[2])]!;
      const body = a.text
        .split(/\n\n/)
        .map((p) => `<p>${escapeXml(p)}</p>`)
        .join('\n');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(a.title)}</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-12-01T08:00:00Z"></head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escapeXml(a.title)}</h1>${body}</article></main><footer>Outlet</footer></body></html>`,
      );
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise((ok) => server.close(() => ok())) };
}

function extract(html: string, url: string) {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractedArticle(extractPage(dom.window.document, url));
  } finally {
    dom.window.close();
  }
}

async function refreshBench(lines: string[], targets: BenchReport['targets']): Promise<void> {
  const articles = generateArticles(seeds, FEEDS * ITEMS);
  const server = await startServer(articles);
  const feedUrl = (f: number) => `${server.origin}/feeds/${f}.xml`;

  // Baseline: the same requests, bodies read, nothing parsed, extracted or stored.
  const t0 = perf.now();
  const urls = [
    ...Array.from({ length: FEEDS }, (_, f) => feedUrl(f)),
    ...Array.from(
      { length: FEEDS * ITEMS },
      (_, i) => `${server.origin}/a/${Math.floor(i / ITEMS)}/${i % ITEMS}.html`,
    ),
  ];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < urls.length) await (await fetch(urls[next++]!)).arrayBuffer();
    }),
  );
  const baselineMs = perf.now() - t0;

  const store = await openLiveStore(new IDBFactory());
  for (let f = 0; f < FEEDS; f++) {
    const outlet: Outlet = {
      id: `o${f}`,
      name: `Outlet ${f}`,
      nameEdited: false,
      siteUrl: `${server.origin}/`,
      feeds: [feedUrl(f)],
      lang: 'en',
      origins: [server.origin],
      addedAt: Date.now(),
    };
    await store.putOutlet(outlet);
  }
  const index = createIndex(seeds);
  const addMs: number[] = [];
  const onChange = (change: LiveChange) => {
    for (const a of change.added) {
      const s = perf.now();
      index.add(a);
      addMs.push(perf.now() - s);
    }
  };
  const refresher = createRefresher({ store, client: createFeedClient({ fetch }), extract, onChange });
  const cpu0 = process.cpuUsage();
  const t1 = perf.now();
  const result = await refresher.run('manual');
  const refreshMs = perf.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const usage = await store.usage();
  await server.close();
  store.close();

  const added = result.status === 'done' ? result.added.length : 0;
  const partial = result.status === 'done' ? result.feeds.reduce((n, f) => n + f.partial, 0) : 0;
  const add = stats(addMs);
  lines.push(
    `refresh of ${FEEDS} feeds x ${ITEMS} items: ${added} new articles (${partial} partial) in ${(refreshMs / 1000).toFixed(1)} s`,
    `  baseline, the same ${urls.length} requests only: ${(baselineMs / 1000).toFixed(1)} s; refresh / baseline = ${(refreshMs / baselineMs).toFixed(1)}x`,
    `  CPU (user + system) ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e3 / Math.max(1, added)).toFixed(1)} ms per article`,
    `  stored: ${(usage.bytes / 2 ** 20).toFixed(1)} MB, ${Math.round(usage.bytes / Math.max(1, usage.articles))} bytes per article`,
    `  index update per article: median ${add.median.toFixed(3)} ms, p95 ${add.p95.toFixed(3)} ms`,
  );
  targets.push({ label: `every item stored (${added} of ${FEEDS * ITEMS})`, ok: added === FEEDS * ITEMS });
  targets.push({
    label: `index update per article: median ${add.median.toFixed(3)} ms < 2 ms`,
    ok: add.median < 2,
  });
}

async function retentionBench(lines: string[], targets: BenchReport['targets']): Promise<void> {
  const clock = { t: Date.parse('2026-11-01T06:00:00Z') };
  const store = await openLiveStore(new IDBFactory(), 'bench-live', { now: () => clock.t });
  const index = createIndex(seeds);
  const byId = new Map<string, CorpusArticle>();
  // Stories of four reports each, from real events' text with invented names and figures (the
  // match bench's corpus): a realistic vocabulary, unlike copies of one story.
  const notes: string[] = [];
  const gen = makeGenerator(readBases(notes));
  const curve: string[] = [];
  let peakArticles = 0;
  for (let day = 0; day < DAYS; day++) {
    clock.t += DAY_MS;
    for (let i = 0; i < PER_DAY; i++) {
      const base = gen.article(day * PER_DAY + i);
      const input: LiveArticleInput = {
        origin: 'live',
        title: base.title,
        text: base.text,
        outlet: `Outlet ${i % 50}`,
        outletId: `o${i % 50}`,
        url: `https://outlet${i % 50}.example/${day}/${i}`,
        date: new Date(clock.t).toISOString(),
        feed: `https://outlet${i % 50}.example/feed`,
        guid: null,
        partial: false,
      };
      const put = await store.putArticle(input);
      if (put.added) {
        index.add(put.article);
        byId.set(put.article.id, put.article);
      }
    }
    const removed = await store.prune({ days: DEFAULT_RETENTION_DAYS, maxBytes: DEFAULT_RETENTION_BYTES });
    if (removed.length > 0) {
      index.removeMany(removed);
      for (const id of removed) byId.delete(id);
    }
    const usage = await store.usage();
    peakArticles = Math.max(peakArticles, usage.articles);
    if (day % 3 === 2 || day === DAYS - 1) {
      curve.push(
        `  day ${String(day + 1).padStart(2)}: ${String(usage.articles).padStart(6)} articles, ${(usage.bytes / 2 ** 20).toFixed(1).padStart(6)} MB stored, index ${String(index.size).padStart(6)} documents`,
      );
    }
  }
  const matcher = createMatcher(index);
  const queries = [...byId.values()].filter((_, i) => i % 97 === 0).slice(0, 200);
  const ms: number[] = [];
  for (const q of queries) {
    const s = perf.now();
    matcher.match({ title: q.title, text: q.text, date: q.date }, { excludeId: q.id });
    ms.push(perf.now() - s);
  }
  const lat = stats(ms);
  // Baseline: the same articles indexed in one build, the same queries.
  const fresh = createMatcher(createIndex([...seeds, ...byId.values()]));
  const freshMs: number[] = [];
  for (const q of queries) {
    const s = perf.now();
    fresh.match({ title: q.title, text: q.text, date: q.date }, { excludeId: q.id });
    freshMs.push(perf.now() - s);
  }
  const freshLat = stats(freshMs);
  const final = await store.usage();
  store.close();
  lines.push(...notes);
  lines.push(
    `${DAYS} days at ${PER_DAY} articles a day, retention ${DEFAULT_RETENTION_DAYS} days / ${DEFAULT_RETENTION_BYTES / 2 ** 20} MB:`,
    ...curve,
  );
  lines.push(
    `  match latency over ${final.articles} live + ${seeds.length} bundled: median ${lat.median.toFixed(2)} ms, p95 ${lat.p95.toFixed(2)} ms`,
    `  baseline, the same articles indexed in one build: median ${freshLat.median.toFixed(2)} ms, p95 ${freshLat.p95.toFixed(2)} ms (updated in place / fresh p95 = ${(lat.p95 / Math.max(0.001, freshLat.p95)).toFixed(2)}x)`,
  );
  const bound = (DEFAULT_RETENTION_DAYS + 1) * PER_DAY;
  targets.push({
    label: `storage bounded: at most ${peakArticles} articles kept (<= ${bound})`,
    ok: peakArticles <= bound,
  });
  targets.push({
    label: `index bounded: ${index.size} documents at day ${DAYS} (<= ${bound + seeds.length})`,
    ok: index.size <= bound + seeds.length,
  });
  targets.push({ label: `match latency p95 ${lat.p95.toFixed(2)} ms < 5 ms`, ok: lat.p95 < 5 });
}

export default async function liveBench(): Promise<BenchReport> {
  const lines: string[] = [];
  const targets: BenchReport['targets'] = [];
  if (process.env.LIVE_BENCH !== 'retention') await refreshBench(lines, targets);
  await retentionBench(lines, targets);
  return {
    name: 'live coverage: refresh and retention (Node, fake-indexeddb, local server)',
    lines,
    targets,
  };
}
