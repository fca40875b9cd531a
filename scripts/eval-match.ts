/**
 * `npm run eval:match`: measures story matching on ../shared/eval (BASIL and ECB+, read at run
 * time, never copied), on the bundled seeds and on the news week (demo/news, see
 * scripts/eval-news.ts). Every article is queried against all the other articles of its file.
 * Printed side by side: the engine (lib/match) and a baseline that scores a pair by
 * string-similarity's compareTwoStrings on the full texts, with its thresholds calibrated the
 * same way. Thresholds are calibrated on all events and, to check that they
 * generalize, cross-validated over events: K folds of events, thresholds fit on K-1 folds and
 * the figures reported on the held-out fold only, with the spread across folds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringSimilarity from 'string-similarity';
import {
  calibrate,
  rateAtOrAbove,
  rocAuc,
  sameStoryCounts,
  type CalibrationData,
  type LabelledPair,
} from '../lib/match/calibrate';
import { createIndex, createMatcher, DEFAULT_THRESHOLDS, verdictOf, type Thresholds } from '../lib/match';
import { analyse } from '../lib/match/features';
import { prepareQuery } from '../lib/match/query';
import { scoreCandidate } from '../lib/match/score';
import { weighting } from '../lib/match/weighting';
import type { CorpusArticle, CorpusFile } from '../lib/types';
import { printNewsWeek } from './eval-news';
import { printSemEval } from './eval-semeval';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL_DIR = resolve(root, '../shared/eval');
/** `--engine-only` skips the (slow) baseline while tuning; the full run prints both. */
const ENGINE_ONLY = process.argv.includes('--engine-only');
/** `--semeval` measures only the SemEval pairs (per language pair), for tuning languages. */
const SEMEVAL_ONLY = process.argv.includes('--semeval');
const SEMEVAL_FILE = join(EVAL_DIR, 'semeval2022-dev.ndjson');
/** `--no-verify` matches without the candidates' texts (no verification by shared statements). */
export const NO_VERIFY = process.argv.includes('--no-verify');

interface EvalArticle {
  id: string;
  cluster: string;
  topic?: string;
  title: string | null;
  text: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

/** A directed (query, candidate) pair with the query's fold and both methods' scores. */
interface Pair {
  fold: number;
  same: boolean;
  /** Another event whose reports share at least two names with the query's (hard negative). */
  sharedNames: boolean;
  sameTopic: boolean;
  engine: number;
  baseline: number;
  /** The engine's score with the query undated (what the CLI sees for plain text). */
  engineUndated: number;
  /** The engine's "related" score: content alone, as verdictOf is given it. */
  engineRel: number;
}

interface EvalSet {
  name: string;
  articles: EvalArticle[];
  pairs: Pair[];
  /** Per query: is the best-scored candidate of the same event? */
  top1: { engine: number; baseline: number };
  selfCopies: number;
}

function readSet(file: string): EvalArticle[] {
  return readFileSync(join(EVAL_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalArticle);
}

function toCorpus(a: EvalArticle): CorpusArticle {
  return { id: a.id, title: a.title ?? '', text: a.text, outlet: a.source, date: a.date, url: a.url };
}

/** Folds of the cross-validation: every event group lands in exactly one. */
const K = 5;

/** Folds by event group (ECB+ topic, else cluster), dealt in turn in sorted order. */
function folds(articles: EvalArticle[]): Map<string, number> {
  const groups = [...new Set(articles.map((a) => a.topic ?? a.cluster))].sort();
  return new Map(groups.map((g, i) => [g, i % K]));
}

interface EngineScores {
  /** Per query: candidate id -> score, -> score with the query undated, -> "related" score. */
  scores: Map<string, number>[];
  undated: Map<string, number>[];
  relatedness: Map<string, number>[];
  /** Per query: candidate id -> names the explanation says both share. */
  names: Map<string, number>[];
  selfCopies: number;
}

function engineScores(articles: EvalArticle[]): EngineScores {
  const corpus = articles.map(toCorpus);
  const index = createIndex(corpus);
  const byId = new Map(corpus.map((a) => [a.id, a]));
  // related: 0 lists every retrieved candidate with its raw score; verdicts are applied here.
  // The matcher is given the texts, as the background and the CLI give it theirs.
  const matcher = createMatcher(index, {
    thresholds: { sameStory: 2, related: 0 },
    texts: NO_VERIFY ? undefined : (id) => byId.get(id),
  });
  let selfCopies = 0;
  const run = (a: EvalArticle, date: string | null) => {
    const r = matcher.match({ title: a.title, text: a.text, date }, { excludeId: a.id, limit: Infinity });
    const m = new Map(r.matches.map((x) => [x.id, x.score]));
    const n = new Map(r.matches.map((x) => [x.id, x.explanation?.names.length ?? 0]));
    // A near-identical copy is recognized as the page itself: it is a report of the same event.
    if (r.selfId !== null && r.selfId !== a.id) m.set(r.selfId, 1);
    return { m, n, copy: r.selfId !== null && r.selfId !== a.id };
  };
  const names: Map<string, number>[] = [];
  const scores = articles.map((a) => {
    const { m, n, copy } = run(a, a.date);
    if (copy) selfCopies++;
    names.push(n);
    return m;
  });
  // The same page without its date: what the CLI sees for plain text.
  const undated = articles.map((a) => run(a, null).m);
  // The score the "related" verdict is judged on (scoreCandidate's relatedness: content alone).
  const store = index.store;
  const w = weighting(store);
  const relatedness = articles.map((a, i) => {
    const features = analyse(a.title, a.text).features;
    const out = new Map<string, number>();
    if (!features) return out;
    const prepared = prepareQuery(features, store, w);
    for (const [id] of undated[i] ?? []) {
      const slot = store.slotById.get(id);
      if (slot !== undefined) out.set(id, scoreCandidate(store, w, prepared, null, slot).relatedness);
    }
    return out;
  });
  return { scores, undated, relatedness, names, selfCopies };
}

function baselineScores(articles: EvalArticle[]): number[][] {
  const n = articles.length;
  const s = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = stringSimilarity.compareTwoStrings(articles[i]?.text ?? '', articles[j]?.text ?? '');
      (s[i] as number[])[j] = v;
      (s[j] as number[])[i] = v;
    }
  }
  return s;
}

function evaluateSet(name: string, file: string): EvalSet {
  const articles = readSet(file);
  const fold = folds(articles);
  const t0 = performance.now();
  const engine = engineScores(articles);
  const t1 = performance.now();
  const base = ENGINE_ONLY ? [] : baselineScores(articles);
  const t2 = performance.now();
  console.log(
    `${name}: ${articles.length} articles; engine ${((t1 - t0) / 1000).toFixed(1)} s, baseline ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  const pairs: Pair[] = [];
  const top1 = { engine: 0, baseline: 0 };
  articles.forEach((q, i) => {
    let best = { engine: [-1, -1], baseline: [-1, -1] };
    articles.forEach((c, j) => {
      if (i === j) return;
      const e = engine.scores[i]?.get(c.id) ?? 0;
      const b = base[i]?.[j] ?? 0;
      if (e > (best.engine[0] ?? 0)) best = { ...best, engine: [e, j] };
      if (b > (best.baseline[0] ?? 0)) best = { ...best, baseline: [b, j] };
      pairs.push({
        fold: fold.get(q.topic ?? q.cluster) ?? 0,
        same: q.cluster === c.cluster,
        sharedNames: q.cluster !== c.cluster && (engine.names[i]?.get(c.id) ?? 0) >= 2,
        sameTopic: q.topic !== undefined && q.topic === c.topic,
        engine: e,
        engineUndated: engine.undated[i]?.get(c.id) ?? 0,
        engineRel: engine.relatedness[i]?.get(c.id) ?? 0,
        baseline: b,
      });
    });
    if (articles[best.engine[1] ?? -1]?.cluster === q.cluster) top1.engine++;
    if (articles[best.baseline[1] ?? -1]?.cluster === q.cluster) top1.baseline++;
  });
  return { name, articles, pairs, top1, selfCopies: engine.selfCopies };
}

type Method = 'engine' | 'baseline';
const relOf = (p: Pair, m: Method) => (m === 'engine' ? p.engineRel : p.baseline);
const undatedOf = (p: Pair, m: Method) => (m === 'engine' ? p.engineUndated : p.baseline);
const labelled = (pairs: Pair[], m: Method): LabelledPair[] =>
  pairs.map((p) => ({ score: p[m], same: p.same, sameTopic: p.sameTopic, relatedness: relOf(p, m) }));

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);

interface Figures {
  recall: number;
  precision: number;
  f1: number;
  basilAuc: number;
  basilOtherRelated: number;
  otherEventSame: number;
  otherEventRelated: number;
  ecbRecall: number;
  ecbAuc: number;
  ecbHardAuc: number;
  basilUndatedRecall: number;
  ecbUndatedRecall: number;
  basilSharedNamesSame: number;
  basilSharedNamesPairs: number;
}

function figures(basil: Pair[], ecb: Pair[], m: Method, t: Thresholds): Figures {
  const b = sameStoryCounts(labelled(basil, m), t.sameStory);
  const hardPairs = ecb.filter((p) => !p.same && p.sameTopic);
  const hard = hardPairs.map((p) => p[m]);
  const pos = (ps: Pair[]) => ps.filter((p) => p.same).map((p) => p[m]);
  const neg = (ps: Pair[]) => ps.filter((p) => !p.same).map((p) => p[m]);
  const relatedShare = (ps: Pair[]) =>
    ps.filter((p) => verdictOf(p[m], t, relOf(p, m)) === 'related').length / Math.max(1, ps.length);
  return {
    recall: b.recall,
    precision: b.precision,
    f1: b.f1,
    basilAuc: rocAuc(pos(basil), neg(basil)),
    basilOtherRelated: relatedShare(basil.filter((p) => !p.same)),
    otherEventSame: rateAtOrAbove(hard, t.sameStory),
    otherEventRelated: relatedShare(hardPairs),
    ecbRecall: rateAtOrAbove(pos(ecb), t.sameStory),
    ecbAuc: rocAuc(pos(ecb), neg(ecb)),
    ecbHardAuc: rocAuc(pos(ecb), hard),
    // Undated page: the same query without its date (engineUndated), against the same threshold.
    basilUndatedRecall: rateAtOrAbove(
      basil.filter((p) => p.same).map((p) => undatedOf(p, m)),
      t.sameStory,
    ),
    ecbUndatedRecall: rateAtOrAbove(
      ecb.filter((p) => p.same).map((p) => undatedOf(p, m)),
      t.sameStory,
    ),
    basilSharedNamesSame: rateAtOrAbove(
      basil.filter((p) => p.sharedNames).map((p) => p[m]),
      t.sameStory,
    ),
    basilSharedNamesPairs: basil.filter((p) => p.sharedNames).length,
  };
}

function printTable(
  title: string,
  rows: [string, (f: Figures) => string][],
  engine: Figures,
  baseline: Figures,
): void {
  console.log(`\n${title}`);
  console.log(`  ${'measure'.padEnd(52)} ${'engine'.padStart(9)} ${'baseline'.padStart(9)}`);
  for (const [label, f] of rows)
    console.log(`  ${label.padEnd(52)} ${f(engine).padStart(9)} ${f(baseline).padStart(9)}`);
}

const ROWS: [string, (f: Figures) => string][] = [
  ['BASIL: siblings called same-story (recall)', (f) => pct(f.recall)],
  ['BASIL: same-story verdicts that are right (precision)', (f) => pct(f.precision)],
  ['BASIL: same-story F1 (target >= 0.95)', (f) => num(f.f1)],
  ['BASIL: undated page, siblings called same-story', (f) => pct(f.basilUndatedRecall)],
  ['BASIL: other event sharing >= 2 names -> same-story', (f) => pct(f.basilSharedNamesSame)],
  ['BASIL: ROC AUC of the raw score', (f) => num(f.basilAuc)],
  ['BASIL: other events called related', (f) => pct(f.basilOtherRelated)],
  ['ECB+: other event, same topic -> same-story (<= 2%)', (f) => pct(f.otherEventSame)],
  ['ECB+: other event, same topic -> related', (f) => pct(f.otherEventRelated)],
  ['ECB+: same event -> same-story (recall)', (f) => pct(f.ecbRecall)],
  ['ECB+: undated page, same event -> same-story', (f) => pct(f.ecbUndatedRecall)],
  ['ECB+: ROC AUC, same event vs all others', (f) => num(f.ecbAuc)],
  ['ECB+: ROC AUC, same event vs same-topic other event', (f) => num(f.ecbHardAuc)],
];

function calibrationData(basil: Pair[], ecb: Pair[], m: Method): CalibrationData {
  return { reports: labelled(basil, m), topics: labelled(ecb, m) };
}

const fmtT = (t: Thresholds) => `sameStory ${num(t.sameStory)}, related ${num(t.related)}`;

function loadSeeds(): CorpusArticle[] {
  const corpusPath = join(root, 'assets/corpus.json');
  if (existsSync(corpusPath)) return (JSON.parse(readFileSync(corpusPath, 'utf8')) as CorpusFile).articles;
  const dir = resolve(root, '../shared/seeds');
  console.log('assets/corpus.json is absent: reading the raw seeds in ../shared/seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, title: '', text: readFileSync(join(dir, f), 'utf8'), outlet: null, date: null }));
}

function seedCheck(): boolean {
  const seeds = loadSeeds();
  const byId = new Map(seeds.map((a) => [a.id, a]));
  const matcher = createMatcher(createIndex(seeds), { texts: (id) => byId.get(id) });
  console.log(`\nBundled seeds (${seeds.length}): each page against the corpus it is part of`);
  let ok = true;
  for (const s of seeds) {
    const r = matcher.match({ title: s.title, text: s.text, date: s.date, url: s.url ?? null });
    const others = seeds.filter((o) => o.id !== s.id).map((o) => r.matches.find((m) => m.id === o.id));
    const all = others.every((m) => m?.verdict === 'same-story') && r.selfId === s.id;
    ok &&= all;
    const cells = others.map((m) => `${m?.id ?? '?'} ${m ? num(m.score) : '-'} ${m?.verdict ?? 'missing'}`);
    console.log(`  ${all ? 'ok  ' : 'MISS'} ${s.id} (self: ${r.selfId ?? 'none'}): ${cells.join('; ')}`);
  }
  return ok;
}

/**
 * K-fold cross-validation over events: for each fold, thresholds calibrated on the other K-1
 * folds' events, figures measured on the held-out fold only. Prints every fold, the mean and
 * the spread (min-max); returns the engine's held-out figures per fold.
 */
function crossValidate(basil: Pair[], ecb: Pair[]): Figures[] {
  const engine: Figures[] = [];
  const baseline: Figures[] = [];
  const fitted: Thresholds[] = [];
  for (let held = 0; held < K; held++) {
    const on = (ps: Pair[]) => ps.filter((p) => p.fold !== held);
    const off = (ps: Pair[]) => ps.filter((p) => p.fold === held);
    const te = calibrate(calibrationData(on(basil), on(ecb), 'engine'));
    fitted.push(te);
    engine.push(figures(off(basil), off(ecb), 'engine', te));
    if (!ENGINE_ONLY) {
      const tb = calibrate(calibrationData(on(basil), on(ecb), 'baseline'));
      baseline.push(figures(off(basil), off(ecb), 'baseline', tb));
    }
  }
  console.log(
    `\nCross-validation over events, ${K} folds: thresholds fit on ${K - 1} folds, figures on the held-out fold`,
  );
  console.log(`  engine sameStory per fold: ${fitted.map((t) => num(t.sameStory)).join(' ')}`);
  const head = [...Array.from({ length: K }, (_, i) => `fold ${i}`), 'mean', 'min-max', 'baseline'];
  console.log(`  ${'measure (engine, held-out)'.padEnd(52)} ${head.map((h) => h.padStart(13)).join('')}`);
  for (const [label, f] of ROWS.filter(([l]) => !l.includes('AUC'))) {
    const values = engine.map((x) => f(x));
    const raw = engine.map((x) => Number.parseFloat(f(x)));
    const avg = raw.reduce((a, b) => a + b, 0) / raw.length;
    const unit = values[0]?.endsWith('%') ? '%' : '';
    const fmt = (x: number) => (unit ? `${x.toFixed(1)}%` : x.toFixed(3));
    const baseAvg = baseline.length
      ? fmt(baseline.map((x) => Number.parseFloat(f(x))).reduce((a, b) => a + b, 0) / baseline.length)
      : '-';
    const cells = [...values, fmt(avg), `${fmt(Math.min(...raw))}-${fmt(Math.max(...raw))}`, baseAvg];
    console.log(`  ${label.padEnd(52)} ${cells.map((c) => c.padStart(13)).join('')}`);
  }
  console.log(
    `  (BASIL pairs of other events sharing >= 2 names, per fold: ${engine.map((x) => x.basilSharedNamesPairs).join(' ')})`,
  );
  return engine;
}

function main(): void {
  if (!existsSync(EVAL_DIR)) {
    console.log(`eval:match: ${EVAL_DIR} is absent (the eval sets are not part of the project).`);
    console.log('Only the bundled seeds and the news week are checked.');
    const seedsOk = seedCheck();
    printNewsWeek();
    process.exitCode = seedsOk ? 0 : 1;
    return;
  }
  if (SEMEVAL_ONLY) {
    printSemEval(SEMEVAL_FILE);
    return;
  }
  const basil = evaluateSet('BASIL dev', 'basil-dev.ndjson');
  const ecb = evaluateSet('ECB+ dev', 'ecbplus-dev.ndjson');
  const baseT = calibrate(calibrationData(basil.pairs, ecb.pairs, 'baseline'));
  const engineAll = calibrate(calibrationData(basil.pairs, ecb.pairs, 'engine'));
  console.log(`\nEngine thresholds in use (DEFAULT_THRESHOLDS): ${fmtT(DEFAULT_THRESHOLDS)}`);
  console.log(`Engine thresholds calibrated on all events now: ${fmtT(engineAll)}`);
  console.log(`Baseline thresholds calibrated on all events:   ${fmtT(baseT)}`);
  console.log(
    `Near-identical copies recognized as the page itself: BASIL ${basil.selfCopies}, ECB+ ${ecb.selfCopies}`,
  );
  printTable(
    'All events (engine at DEFAULT_THRESHOLDS; baseline at its calibrated thresholds)',
    ROWS,
    figures(basil.pairs, ecb.pairs, 'engine', DEFAULT_THRESHOLDS),
    figures(basil.pairs, ecb.pairs, 'baseline', baseT),
  );
  console.log(
    `  ${'best match is a report of the same event (BASIL)'.padEnd(52)} ${pct(basil.top1.engine / basil.articles.length).padStart(9)} ${pct(basil.top1.baseline / basil.articles.length).padStart(9)}`,
  );
  console.log(
    `  ${'best match is a report of the same event (ECB+)'.padEnd(52)} ${pct(ecb.top1.engine / ecb.articles.length).padStart(9)} ${pct(ecb.top1.baseline / ecb.articles.length).padStart(9)}`,
  );
  const cv = crossValidate(basil.pairs, ecb.pairs);
  const seedsOk = seedCheck();
  const news = printNewsWeek();
  const semeval = printSemEval(SEMEVAL_FILE);
  const pearsonOf = (pair: string) => semeval?.find((r) => r.pair === pair)?.engine ?? NaN;
  const f = figures(basil.pairs, ecb.pairs, 'engine', DEFAULT_THRESHOLDS);
  const mean = (g: (x: Figures) => number) => cv.reduce((acc, x) => acc + g(x), 0) / cv.length;
  const targets: [string, boolean][] = [
    ['BASIL same-story F1 >= 0.95 (all events, defaults)', f.f1 >= 0.95],
    ['ECB+ same-topic other event called same-story <= 2% (all events, defaults)', f.otherEventSame <= 0.02],
    ['the bundled seeds all match each other as same-story', seedsOk],
    ['issue 13, held-out folds: BASIL same-story F1 >= 0.97', mean((x) => x.f1) >= 0.97],
    ['issue 13, held-out folds: BASIL same-story precision >= 0.97', mean((x) => x.precision) >= 0.97],
    [
      'issue 13, held-out folds: ECB+ other event same topic -> same-story <= 2%',
      mean((x) => x.otherEventSame) <= 0.02,
    ],
    ['issue 13, held-out folds: ECB+ same-event recall >= 0.75', mean((x) => x.ecbRecall) >= 0.75],
    [
      'issue 13, held-out folds: undated pages lose <= 5 points of BASIL recall',
      mean((x) => x.recall - x.basilUndatedRecall) <= 0.05,
    ],
    [
      'issue 13, held-out folds: other event sharing names -> same-story <= 10%',
      mean((x) => x.basilSharedNamesSame) <= 0.1,
    ],
    [
      'issue 13, news week: other event about the same people -> same-story <= 10%',
      news.samePeopleSame <= 0.1,
    ],
    ['issue 17, SemEval dev: Pearson >= 0.72 on en-en', pearsonOf('en-en') >= 0.72],
    ...['de-de', 'es-es', 'pl-pl', 'tr-tr', 'de-en'].map((p): [string, boolean] => [
      `issue 17, SemEval dev: Pearson >= 0.60 on ${p}`,
      pearsonOf(p) >= 0.6,
    ]),
    ['issue 17, SemEval dev: Pearson >= 0.70 over all pairs', pearsonOf('all') >= 0.7],
  ];
  console.log('');
  for (const [label, ok] of targets) console.log(`${ok ? 'PASS' : 'MISS'}  ${label}`);
}

main();
