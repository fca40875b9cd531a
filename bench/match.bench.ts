/**
 * Story matching at corpus sizes 5, 1,000, 10,000 and 100,000: index build time, serialized
 * size per article, load time from the serialized form, match latency (median, p95), heap
 * growth, and, against the linear scan with compareTwoStrings over full texts measured in the
 * same run, the speed-up. Large corpora are generated from real text (the eval sets in
 * ../shared/eval when present, and the bundled seeds): stories of four reports built from the
 * reports of one real event, each story with its own invented names and figures, so that the
 * index holds many same-kind events with a realistic vocabulary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import stringSimilarity from 'string-similarity';
import { createIndex, createMatcher, loadIndex, serializeIndex, type SerializedIndex } from '../lib/match';
import type { CorpusArticle, CorpusFile, MatchQuery } from '../lib/types';
import { stats, type BenchReport } from './report';
import { isCommonKey } from '../lib/match/common-words';
import { fnv1a } from '../lib/match/words';
import { termKey } from '../lib/match/normalize';
import { mulberry32 } from '../scripts/prng';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [5, 1_000, 10_000, 100_000];
const QUERIES = 40;
/** Linear-scan queries per size (each is a full scan: a few are enough, and they are real). */
const BASELINE_QUERIES: Record<number, number> = { 5: 5, 1_000: 3, 10_000: 2 };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

export function readBases(notes: string[]): BaseCluster[] {
  const clusters = new Map<string, string[]>();
  const evalDir = resolve(root, '../shared/eval');
  if (existsSync(evalDir)) {
    for (const f of ['basil-dev.ndjson', 'ecbplus-dev.ndjson']) {
      for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const a = JSON.parse(line) as { cluster: string; title: string | null; text: string };
        clusters.set(a.cluster, [...(clusters.get(a.cluster) ?? []), `${a.title ?? ''}\n${a.text}`]);
      }
    }
  } else notes.push(`${evalDir} is absent: the generated corpora are built from the bundled seeds only`);
  const corpus = JSON.parse(readFileSync(join(root, 'assets/corpus.json'), 'utf8')) as CorpusFile;
  clusters.set(
    'seeds',
    corpus.articles.map((a) => `${a.title}\n${a.text}`),
  );
  return [...clusters.values()].map((texts) => ({ texts }));
}

/** The reports of one real event: the material of many generated stories. */
interface BaseCluster {
  texts: string[];
}

const REPORTS_PER_STORY = 4;
const SYLLABLES =
  'ba be bo ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi za zo dar len mir nov ros tan vel kor'.split(
    ' ',
  );
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2010, 0, 1);

/** An invented name, the same for the same story and original name. */
function inventName(story: number, original: string): string {
  const next = mulberry32(fnv1a(`${story}:${original}`));
  const n = 2 + (next() % 2);
  const word = Array.from({ length: n }, () => SYLLABLES[next() % SYLLABLES.length]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Names of the story being generated (stories are generated one after the other). */
const storyNames = { story: -1, names: new Map<string, string>() };

function inventedName(story: number, original: string): string {
  if (storyNames.story !== story) Object.assign(storyNames, { story, names: new Map() });
  let name = storyNames.names.get(original);
  if (name === undefined) {
    name = inventName(story, original);
    storyNames.names.set(original, name);
  }
  return name;
}

function inventedNumber(story: number, original: string): string {
  const digits = original.replace(/\D/g, '').length;
  const v = mulberry32(fnv1a(`${story}#${original}`))() % 10 ** Math.min(6, Math.max(1, digits));
  return String(v);
}

const REPLACEABLE = /\p{Lu}[\p{L}'’]+|\d+(?:[.,]\d+)*/gu;

/** A paragraph cut into literal text, names and figures (computed once per base text). */
type Part = string | { name: string } | { figure: string };

function segment(paragraph: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(REPLACEABLE)) {
    const w = m[0];
    const before = paragraph.slice(Math.max(0, m.index - 3), m.index);
    const initial = m.index === 0 || /[.!?]["”]?\s+$/.test(before);
    const isFigure = /^\d/.test(w);
    if (!isFigure && (initial || isCommonKey(termKey(w)))) continue;
    parts.push(paragraph.slice(last, m.index), isFigure ? { figure: w } : { name: w });
    last = m.index + w.length;
  }
  parts.push(paragraph.slice(last));
  return parts;
}

const segmented = new Map<string, Part[][]>();

/** The paragraphs of a base text with the story's own names and figures, some left out. */
function rewrite(text: string, story: number, variant: number): string[] {
  let paragraphs = segmented.get(text);
  if (!paragraphs) {
    paragraphs = text
      .split(/\n\s*\n|\n/)
      .filter((p) => p.trim())
      .map(segment);
    segmented.set(text, paragraphs);
  }
  const next = mulberry32(fnv1a(`${story}/${variant}`));
  const kept = paragraphs.filter((_, i) => i === 0 || next() % 4 !== 0);
  return kept.map((parts) =>
    parts
      .map((p) =>
        typeof p === 'string'
          ? p
          : 'name' in p
            ? inventedName(story, p.name)
            : inventedNumber(story, p.figure),
      )
      .join(''),
  );
}

export function makeGenerator(bases: BaseCluster[]) {
  const build = (story: number, variant: number, id: string): CorpusArticle => {
    const cluster = bases[story % bases.length] ?? { texts: [''] };
    const base = cluster.texts[variant % cluster.texts.length] ?? '';
    const [title = '', ...body] = rewrite(base, story, variant);
    const day = EPOCH / DAY_MS + ((story * 7) % 5000) + (variant % 3);
    return {
      id,
      title,
      text: body.join('\n\n'),
      outlet: `Outlet ${variant}`,
      date: new Date(day * DAY_MS).toISOString().slice(0, 10),
    };
  };
  return {
    article: (i: number) => {
      const story = Math.floor(i / REPORTS_PER_STORY);
      return build(story, i % REPORTS_PER_STORY, `gen-${story}-${i % REPORTS_PER_STORY}`);
    },
    /** Another report of a story, not in the corpus. */
    query: (story: number): MatchQuery => {
      const a = build(story, REPORTS_PER_STORY, `query-${story}`);
      return { title: a.title, text: a.text, date: a.date };
    },
    storiesIn: (size: number) => Math.ceil(size / REPORTS_PER_STORY),
    storyOf: (id: string) => Number(id.split('-')[1]),
  };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));

interface SizeResult {
  size: number;
  median: number;
  p95: number;
  baseline: number | null;
  bytesPerArticle: number;
  topIsSameStory: number;
}

const BATCH = 1_000;

function runSize(
  size: number,
  seeds: CorpusArticle[],
  gen: ReturnType<typeof makeGenerator>,
  lines: string[],
): SizeResult {
  const keepTexts = BASELINE_QUERIES[size] !== undefined;
  const texts: string[] = [];
  // Generating the text is not indexing: only index.add is timed.
  let buildMs = 0;
  const index = createIndex();
  for (let start = 0; start < size; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - start) }, (_, k) =>
      size === 5 ? (seeds[start + k] as CorpusArticle) : gen.article(start + k),
    );
    if (keepTexts) texts.push(...batch.map((a) => a.text));
    const t = performance.now();
    for (const a of batch) index.add(a);
    buildMs += performance.now() - t;
  }
  let json = JSON.stringify(serializeIndex(index));
  const bytesPerArticle = json.length / size;
  // Memory: what the loaded index holds, as the service worker has it after a restart.
  const before = heapMb();
  const t1 = performance.now();
  const loaded = loadIndex(JSON.parse(json) as SerializedIndex);
  const loadMs = performance.now() - t1;
  json = '';
  const matcher = createMatcher(loaded);
  matcher.match({ title: null, text: 'warm up' });
  const heap = heapMb() - before;

  const queries: { q: MatchQuery; story: number }[] =
    size === 5
      ? seeds.map((a) => ({ q: { title: a.title, text: a.text, date: a.date }, story: 0 }))
      : Array.from({ length: QUERIES }, (_, k) => {
          const story = Math.floor((k * gen.storiesIn(size)) / QUERIES);
          return { q: gen.query(story), story };
        });
  for (const { q } of queries) matcher.match(q); // warm-up
  const lat: number[] = [];
  let sameTop = 0;
  let copies = 0;
  const rounds = Math.ceil(QUERIES / queries.length);
  for (let round = 0; round < rounds; round++) {
    for (const { q, story } of queries) {
      const s = performance.now();
      const r = matcher.match(q);
      lat.push(performance.now() - s);
      const top = r.matches[0];
      // A query that is a cut copy of a sibling (its base text, some paragraphs left out) is
      // recognized as that article, the page itself: a report of its story, as eval:match counts it.
      const copy = r.selfId !== null && gen.storyOf(r.selfId) === story;
      if (round === 0 && copy && size !== 5) copies++;
      if (
        round === 0 &&
        (size === 5 || copy || (top && gen.storyOf(top.id) === story && top.verdict === 'same-story'))
      ) {
        sameTop++;
      }
    }
  }
  const { median, p95 } = stats(lat);

  let baseline: number | null = null;
  const nb = BASELINE_QUERIES[size];
  if (nb !== undefined) {
    const scan: number[] = [];
    for (const { q } of queries.slice(0, nb)) {
      const s = performance.now();
      let best = -1;
      for (const t of texts) best = Math.max(best, stringSimilarity.compareTwoStrings(q.text, t));
      scan.push(performance.now() - s);
    }
    baseline = stats(scan).median;
  }
  lines.push(
    `${String(size).padStart(7)} | build ${fmt(buildMs).padStart(6)} ms (${fmt(buildMs / size)} ms/article) | ` +
      `${bytesPerArticle.toFixed(0).padStart(4)} B/article | load ${fmt(loadMs).padStart(5)} ms | ` +
      `match median ${fmt(median)} ms, p95 ${fmt(p95)} ms | heap +${heap.toFixed(1)} MB | ` +
      `top is a same-story sibling ${((100 * sameTop) / queries.length).toFixed(0)}% (${copies} recognized as a sibling's copy) | ` +
      (baseline === null
        ? 'linear scan not run (too slow at this size)'
        : `linear scan ${fmt(baseline)} ms (${nb} queries): ${(baseline / median).toFixed(0)}x`),
  );
  return { size, median, p95, baseline, bytesPerArticle, topIsSameStory: sameTop / queries.length };
}

export default async function matchBench(): Promise<BenchReport> {
  const notes: string[] = [];
  const bases = readBases(notes);
  const corpus = JSON.parse(readFileSync(join(root, 'assets/corpus.json'), 'utf8')) as CorpusFile;
  const gen = makeGenerator(bases);
  const lines = [
    ...notes,
    `base texts: ${bases.reduce((s, b) => s + b.texts.length, 0)} in ${bases.length} real events; ` +
      `${QUERIES} queries per size (reports of corpus stories, not in the corpus); size 5 = the bundled seeds`,
  ];
  const results = SIZES.map((size) => runSize(size, corpus.articles, gen, lines));
  const at = (n: number) => results.find((r) => r.size === n);
  const r1k = at(1_000);
  const r10k = at(10_000);
  const r100k = at(100_000);
  const speedup = r10k?.baseline ? r10k.baseline / r10k.median : 0;
  return {
    name: 'match: index and matcher at corpus sizes 5 to 100,000',
    lines,
    targets: [
      {
        label: `at 10,000 articles a match is >= 100x faster than the linear scan (${speedup.toFixed(0)}x)`,
        ok: speedup >= 100,
      },
      {
        label: `latency grows sub-linearly: 1,000 -> 100,000 articles (x100), median x${((r100k?.median ?? 0) / (r1k?.median ?? 1)).toFixed(1)}`,
        ok: (r100k?.median ?? Infinity) / (r1k?.median ?? 1) < 100 / 2,
      },
      {
        label: `serialized index under 2 KB per article at every size (max ${Math.max(...results.map((r) => r.bytesPerArticle)).toFixed(0)} B)`,
        ok: results.every((r) => r.bytesPerArticle < 2048),
      },
    ],
  };
}
