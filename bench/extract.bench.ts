/**
 * Cost of detection and extraction, as ratios to Mozilla Readability measured in the same run
 * on the same jsdom documents (parsed once, outside the timings):
 *  - the probe on pages that are not articles: <= 5% of `Readability.parse()` on that page
 *    (parse timed alone on clones made beforehand, the probe in batches);
 *  - full detection + extraction on articles: <= 1.2x clone + `Readability.parse()`;
 *  - and, reported, the split the extension makes: the probe and the snapshot on the page's
 *    main thread, the rebuild and the extraction away from it (lib/extract/snapshot.ts).
 * Uses saved pages from ../shared/pages when present, and generated pages always.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractPage, extractSnapshot, probePage, takeSnapshot } from '../lib/extract/index';
import { stats, type BenchReport } from './report';

const URL = 'http://fakehost/test/page.html';
const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/pages');
const SAVED_ARTICLES = ['nytimes-1', 'bbc-1', 'theverge', 'wapo-2', 'medium-1', 'lemonde-1'];
const SAVED_OTHERS = ['mathjax', 'remove-aria-hidden', 'invalid-attributes'];
const PROBE_TARGET = 0.05;
const EXTRACT_TARGET = 1.2;

interface Page {
  name: string;
  doc: Document;
}

const load = (name: string, html: string): Page => ({
  name,
  doc: new JSDOM(html, { url: URL }).window.document,
});

function savedPages(names: string[]): Page[] {
  return names
    .filter((n) => existsSync(join(PAGES, n, 'source.html')))
    .map((n) => load(n, readFileSync(join(PAGES, n, 'source.html'), 'utf8')));
}

const LOREM =
  'The council voted on Tuesday to extend the program for another two years, after a long debate in which several members questioned its cost and the way its results had been measured so far.';

function generatedArticle(): string {
  const nav = `<nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const body = Array.from({ length: 30 }, (_, i) => `<p>${LOREM} Paragraph ${i}.</p>`).join('\n');
  const side = `<aside class="sidebar">${Array.from({ length: 20 }, (_, i) => `<div class="promo"><a href="/x/${i}">More news ${i}</a></div>`).join('')}</aside>`;
  return `<html lang="en"><head><title>Council extends program | Daily Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Daily Gazette"></head>
<body>${nav}<main><article><h1>Council extends program</h1><p class="byline">By A. Writer</p>${body}</article>${side}</main>
<footer>${Array.from({ length: 30 }, (_, i) => `<a href="/f/${i}">Footer link ${i}</a>`).join(' ')}</footer></body></html>`;
}

/** A home page as news sites build them: menus, teaser cards with images, most-read, footer. */
function generatedListing(): string {
  const links = (n: number, path: string) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/${path}/${i}">${path} ${i}</a></li>`).join('');
  const teasers = Array.from(
    { length: 40 },
    (_, i) => `<article class="card"><a href="/story/${i}"><figure><img src="/i/${i}.jpg" alt=""></figure></a>
<div class="card-body"><span class="kicker">News</span><h3><a href="/story/${i}">Headline number ${i} about the news</a></h3>
<p>${LOREM}</p><div class="meta"><span class="by">By A. Writer</span> <time datetime="2024-01-0${(i % 9) + 1}">Jan ${(i % 9) + 1}</time></div></div></article>`,
  ).join('\n');
  return `<html><head><title>Daily Gazette: news</title><meta property="og:type" content="website"></head><body>
<header><nav><ul>${links(60, 'section')}</ul></nav></header>
<main><section class="top">${teasers}</section><aside><h2>Most read</h2><ol>${links(10, 'popular')}</ol></aside></main>
<footer>${Array.from({ length: 4 }, (_, k) => `<ul>${links(15, `footer${k}`)}</ul>`).join('')}</footer></body></html>`;
}

function generatedPortal(): string {
  const blocks = Array.from(
    { length: 120 },
    (_, i) =>
      `<div class="box"><span>Item ${i}</span><ul>${Array.from({ length: 5 }, (_, j) => `<li><a href="/${i}/${j}">Link ${j}</a></li>`).join('')}</ul></div>`,
  ).join('');
  return `<html><head><title>Portal</title></head><body>${blocks}</body></html>`;
}

/**
 * CPU milliseconds `fn` takes (user + system, all threads of this process, so GC included).
 * Not wall time: the ratios are about work, and on a shared machine wall time mostly measures
 * the other processes.
 */
function cpuTime(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * Median over `batches` of the mean CPU ms of `fn` run `size` times in a row. For a function
 * as short as the probe, a single run's CPU time mostly measures the collector finishing the
 * previous work; a batch measures the function.
 */
function timeBatched(fn: () => unknown, size: number, batches: number): number {
  for (let i = 0; i < 5; i++) fn();
  const means: number[] = [];
  for (let b = 0; b < batches; b++)
    means.push(
      cpuTime(() => {
        for (let i = 0; i < size; i++) fn();
      }) / size,
    );
  return stats(means).median;
}

/** Median CPU ms of `Readability.parse()` alone, on clones made before any timing. */
function timeParse(doc: Document, runs: number): number {
  const clones = Array.from({ length: runs + 2 }, () => doc.cloneNode(true) as Document);
  return stats(clones.map((c) => cpuTime(() => new Readability(c).parse())).slice(2)).median;
}

/**
 * Median CPU ms of `a` and of `b`, run alternately (a b, b a, ...) so that neither always
 * pays for the garbage the other left. `prepare` runs before each pair, outside the timings.
 */
function timePair<T>(
  prepare: () => T,
  a: (x: T) => unknown,
  b: (x: T) => unknown,
  runs: number,
): [number, number] {
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const x = prepare();
    const first = i % 2 === 0;
    const ta = first ? cpuTime(() => a(x)) : 0;
    const tb = cpuTime(() => b(x));
    const ta2 = first ? ta : cpuTime(() => a(x));
    if (i >= 2) {
      sa.push(ta2);
      sb.push(tb);
    }
  }
  return [stats(sa).median, stats(sb).median];
}

/** CPU ms of an async `fn` that never waits on I/O (the snapshot's pauses resolve at once). */
async function cpuTimeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * How the extension splits the work: on the page's main thread the probe, the snapshot and
 * its serialization into a message; in the extension's own process, the rest.
 */
async function extensionSplit(articles: Page[], meanParse: number): Promise<string[]> {
  const elsewhere = new JSDOM('').window.document.implementation;
  const onPage: number[] = [];
  const away: number[] = [];
  for (const p of articles) {
    const pageRuns: number[] = [];
    const awayRuns: number[] = [];
    for (let i = 0; i < 12; i++) {
      let message = '';
      pageRuns.push(
        await cpuTimeAsync(async () => {
          probePage(p.doc, URL);
          const snap = await takeSnapshot(p.doc, { pause: () => Promise.resolve() });
          message = JSON.stringify(snap);
        }),
      );
      awayRuns.push(cpuTime(() => extractSnapshot(JSON.parse(message), URL, elsewhere)));
    }
    onPage.push(stats(pageRuns.slice(2)).median);
    away.push(stats(awayRuns.slice(2)).median);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return [
    'As the extension runs it (mean CPU ms over the articles; ratio to clone + Readability.parse()):',
    `  on the page's main thread, probe + snapshot + message: ${mean(onPage).toFixed(1)} (${(mean(onPage) / meanParse).toFixed(3)}x), in slices of <= 8 ms`,
    `  away from the page, rebuild + extraction: ${mean(away).toFixed(1)} (${(mean(away) / meanParse).toFixed(3)}x)`,
    `  both: ${((mean(onPage) + mean(away)) / meanParse).toFixed(3)}x`,
  ];
}

export default async function (): Promise<BenchReport> {
  const lines: string[] = [];
  const saved = existsSync(PAGES);
  if (!saved) lines.push(`No saved pages at ${PAGES}: generated pages only.`);
  const others = [
    ...savedPages(SAVED_OTHERS),
    load('generated-listing', generatedListing()),
    load('generated-portal', generatedPortal()),
  ];
  const articles = [...savedPages(SAVED_ARTICLES), load('generated-article', generatedArticle())];

  lines.push('Probe on pages that are not articles (median CPU ms; ratio to Readability.parse()):');
  let probeSum = 0;
  let parseSum = 0;
  let worstProbe = 0;
  for (const p of others) {
    const verdict = probePage(p.doc, URL);
    const why = verdict.signals.includes('listing') ? 'listing' : 'little text';
    const probe = timeBatched(() => probePage(p.doc, URL), 20, 7);
    const parse = timeParse(p.doc, 12);
    probeSum += probe;
    parseSum += parse;
    worstProbe = Math.max(worstProbe, probe / parse);
    lines.push(
      `  ${p.name.padEnd(22)} probe ${probe.toFixed(3)}  parse ${parse.toFixed(2)}  ratio ${(probe / parse).toFixed(3)}  likely=${verdict.likely} (${why})`,
    );
  }
  const probeRatio = probeSum / parseSum;
  lines.push(`  total: ratio ${probeRatio.toFixed(3)}, worst page ${worstProbe.toFixed(3)}`);

  lines.push('Detection + extraction on articles (median CPU ms; ratio to clone + Readability.parse()):');
  let oursSum = 0;
  let baseSum = 0;
  let worstExtract = 0;
  for (const p of articles) {
    // Small pages take a few ms: more runs, so that noise does not decide their ratio.
    const runs = cpuTime(() => extractPage(p.doc, URL)) < 40 ? 40 : 12;
    const [ours, base] = timePair(
      () => null,
      () => extractPage(p.doc, URL),
      () => new Readability(p.doc.cloneNode(true) as Document).parse(),
      runs,
    );
    oursSum += ours;
    baseSum += base;
    worstExtract = Math.max(worstExtract, ours / base);
    const words = extractPage(p.doc, URL).page.wordCount;
    lines.push(
      `  ${p.name.padEnd(22)} ours ${ours.toFixed(1)}  readability ${base.toFixed(1)}  ratio ${(ours / base).toFixed(3)}  words=${words}`,
    );
  }
  const extractRatio = oursSum / baseSum;
  lines.push(`  total: ratio ${extractRatio.toFixed(3)}, worst page ${worstExtract.toFixed(3)}`);

  lines.push(...(await extensionSplit(articles, baseSum / articles.length)));

  // Bounded work on a 10 MB page (measured once; no target: the point is that it returns).
  const big = load(
    'generated-10MB',
    `<html><body><article>${`<p>${LOREM}</p>`.repeat(50_000)}</article></body></html>`,
  );
  let verdict = '';
  const bigMs = cpuTime(() => {
    const r = extractPage(big.doc, URL);
    verdict = `isArticle=${r.page.isArticle} (${r.page.signals.filter((s) => s.startsWith('too')).join(' ')})`;
  });
  lines.push(`10 MB page: extractPage ${bigMs.toFixed(0)} CPU ms, ${verdict}`);

  return {
    name: 'extract',
    lines,
    targets: [
      {
        label: `probe on each non-article page <= ${PROBE_TARGET} x Readability.parse() (worst ${worstProbe.toFixed(3)}, total ${probeRatio.toFixed(3)})`,
        ok: worstProbe <= PROBE_TARGET,
      },
      {
        label: `detection + extraction on the articles <= ${EXTRACT_TARGET} x clone + parse (total ${extractRatio.toFixed(3)}, worst page ${worstExtract.toFixed(3)})`,
        ok: extractRatio <= EXTRACT_TARGET,
      },
    ],
  };
}
