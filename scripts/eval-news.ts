/**
 * The news week (demo/news) as a dense dev set for story matching, a section of
 * `npm run eval:match`: 31 articles of nine events in seven days, four pairs of them
 * different events about the same people on adjacent days. Every article is the query against
 * all the others, at the engine's thresholds in use (nothing is fitted here), dated and undated.
 * The labels come from demo/news/gold.json; the engine never sees them.
 */
import { createIndex, createMatcher, DEFAULT_THRESHOLDS } from '../lib/match';
import { newsCorpus } from '../demo/news/corpus.ts';
import { articleId, NEWS_ARTICLES, newsGold } from '../demo/news/week.ts';

export interface NewsWeekFigures {
  articles: number;
  events: number;
  /** Distinct publication days. */
  days: number;
  /** Directed same-event pairs called same-story / all same-event pairs. */
  recall: number;
  /** Same-story verdicts that are the same event. */
  precision: number;
  f1: number;
  undatedRecall: number;
  undatedPrecision: number;
  /** Different event about the same people (gold.samePeople), called same-story. */
  samePeopleSame: number;
  samePeoplePairs: number;
  /** Any other event called same-story. */
  otherEventSame: number;
  /** The best candidate is a report of the same event. */
  top1: number;
  /** Wire copies found as same-story and marked identical (or recognized as the page itself). */
  wireFound: number;
  wirePairs: number;
  perEvent: { event: string; recall: number; falseSame: number; reports: number }[];
}

interface Outcome {
  /** Candidate id -> verdict is same-story. */
  same: Set<string>;
  best: string | null;
  identical: Set<string>;
}

function run(dated: boolean): Map<string, Outcome> {
  const docs = newsCorpus();
  const byId = new Map(docs.map((a) => [a.id, a]));
  const verify = !process.argv.includes('--no-verify');
  const matcher = createMatcher(createIndex(docs), { texts: verify ? (id) => byId.get(id) : undefined });
  const out = new Map<string, Outcome>();
  for (const d of docs) {
    const r = matcher.match(
      { title: d.title, text: d.text, outlet: d.outlet, date: dated ? d.date : null, lang: 'en' },
      { excludeId: d.id, limit: Infinity },
    );
    const same = new Set(r.matches.filter((m) => m.verdict === 'same-story').map((m) => m.id));
    const identical = new Set(r.matches.filter((m) => m.identical).map((m) => m.id));
    // A copy recognized as the page itself is a report of the same event.
    if (r.selfId !== null && r.selfId !== d.id) {
      same.add(r.selfId);
      identical.add(r.selfId);
    }
    out.set(d.id, { same, best: r.matches[0]?.id ?? r.selfId ?? null, identical });
  }
  return out;
}

export function newsWeekFigures(): NewsWeekFigures {
  const gold = newsGold();
  const ids = NEWS_ARTICLES.map(articleId);
  const ev = (id: string) => gold.articles[id] ?? '?';
  const samePeople = (a: string, b: string) =>
    gold.samePeople.some(([x, y]) => (x === ev(a) && y === ev(b)) || (x === ev(b) && y === ev(a)));
  const score = (outcomes: Map<string, Outcome>) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const q of ids) {
      const o = outcomes.get(q)!;
      for (const c of ids) {
        if (c === q) continue;
        const called = o.same.has(c);
        if (ev(c) === ev(q)) {
          if (called) tp++;
          else fn++;
        } else if (called) fp++;
      }
    }
    return { recall: tp / Math.max(1, tp + fn), precision: tp / Math.max(1, tp + fp) };
  };
  const dated = run(true);
  const undated = run(false);
  const d = score(dated);
  const u = score(undated);
  let spPairs = 0;
  let spSame = 0;
  let otherPairs = 0;
  let otherSame = 0;
  let top1 = 0;
  for (const q of ids) {
    const o = dated.get(q)!;
    if (o.best !== null && ev(o.best) === ev(q)) top1++;
    for (const c of ids) {
      if (c === q || ev(c) === ev(q)) continue;
      otherPairs++;
      if (o.same.has(c)) otherSame++;
      if (samePeople(q, c)) {
        spPairs++;
        if (o.same.has(c)) spSame++;
      }
    }
  }
  let wirePairs = 0;
  let wireFound = 0;
  for (const group of gold.syndicated)
    for (const q of group)
      for (const c of group) {
        if (q === c) continue;
        wirePairs++;
        const o = dated.get(q)!;
        if (o.same.has(c) && o.identical.has(c)) wireFound++;
      }
  const perEvent = Object.keys(gold.events).map((event) => {
    const reports = ids.filter((id) => ev(id) === event);
    let found = 0;
    let pairs = 0;
    let falseSame = 0;
    for (const q of reports) {
      const o = dated.get(q)!;
      for (const c of ids) {
        if (c === q) continue;
        if (ev(c) === event) {
          pairs++;
          if (o.same.has(c)) found++;
        } else if (o.same.has(c)) falseSame++;
      }
    }
    return { event, recall: found / Math.max(1, pairs), falseSame, reports: reports.length };
  });
  const f1 = (2 * d.precision * d.recall) / Math.max(1e-9, d.precision + d.recall);
  return {
    articles: ids.length,
    days: new Set(NEWS_ARTICLES.map((a) => a.published.slice(0, 10))).size,
    events: Object.keys(gold.events).length,
    recall: d.recall,
    precision: d.precision,
    f1,
    undatedRecall: u.recall,
    undatedPrecision: u.precision,
    samePeopleSame: spSame / Math.max(1, spPairs),
    samePeoplePairs: spPairs,
    otherEventSame: otherSame / Math.max(1, otherPairs),
    top1: top1 / ids.length,
    wireFound,
    wirePairs,
    perEvent,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Prints the section; returns the figures for the targets. */
export function printNewsWeek(): NewsWeekFigures {
  const f = newsWeekFigures();
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(72)} ${value.padStart(9)}`);
  console.log(
    `\nNews week (demo/news, ${f.articles} articles, ${f.events} events, ${f.days} days): each article against all the others, engine at DEFAULT_THRESHOLDS`,
  );
  row('same event -> same-story (recall)', pct(f.recall));
  row('same-story verdicts that are the same event (precision)', pct(f.precision));
  row('same-story F1', f.f1.toFixed(3));
  row('undated query: same event -> same-story (recall)', pct(f.undatedRecall));
  row('undated query: precision', pct(f.undatedPrecision));
  row(
    `different event, same people, adjacent days -> same-story (${f.samePeoplePairs} pairs, <= 10%)`,
    pct(f.samePeopleSame),
  );
  row('any other event -> same-story', pct(f.otherEventSame));
  row('best match is a report of the same event', pct(f.top1));
  row('wire copy found as same-story and marked identical', `${f.wireFound}/${f.wirePairs}`);
  console.log('  per event: recall of its reports, other-event same-story verdicts from its queries');
  for (const e of f.perEvent)
    console.log(
      `    ${e.event.padEnd(24)} ${String(e.reports).padStart(2)} reports  recall ${pct(e.recall).padStart(6)}  false same-story ${e.falseSame}`,
    );
  return f;
}

export { DEFAULT_THRESHOLDS };
