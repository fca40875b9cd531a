/**
 * `npm run eval:compare`: runs the comparison engine on the BASIL events of ../shared/eval
 * (read at run time, never copied): per event, the number of claims (and how many form the
 * shared core), unique details, quotes (and how many are carried by two outlets or more) and
 * discrepancies by kind. Columns: claims (carried by 2+ outlets), core (by most), all (by
 * every outlet), unique details, quotes (groups), quotes2+ (quoted by 2+ outlets), speaker
 * (quote groups with a speaker), then discrepancies by kind. Then a sanity check: every article compared with a copy of itself
 * must give no discrepancy and no unique detail; violations are listed. Last, the score against the
 * hand annotation of eval/compare-gold.json, per category (how items are matched: scripts/compare-gold.ts).
 *
 *   npm run eval:compare                 summary table, self-check and gold score
 *   npm run eval:compare -- --show 3     also print the readable report of event 3
 *   npm run eval:compare -- --errors     also list what the gold score counts wrong
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareArticles, formatComparisonText, type CompareInput, type Comparison } from '../lib/compare';
import { emptyScore, formatScore, scoreEvent, type GoldEvent } from './compare-gold';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASIL = resolve(root, '../shared/eval/basil-dev.ndjson');
const GOLD = resolve(root, 'eval/compare-gold.json');

interface EvalArticle {
  id: string;
  cluster: string;
  title: string | null;
  text: string;
  date: string | null;
  source: string | null;
}

function loadEvents(): Map<string, CompareInput[]> {
  const events = new Map<string, CompareInput[]>();
  for (const line of readFileSync(BASIL, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as EvalArticle;
    const input = { id: a.id, outlet: a.source, headline: a.title, published: a.date, text: a.text };
    events.set(a.cluster, [...(events.get(a.cluster) ?? []), input]);
  }
  return events;
}

function row(c: Comparison): number[] {
  const kinds = ['count', 'day', 'place', 'title'].map(
    (k) => c.discrepancies.filter((d) => d.kind === k).length,
  );
  return [
    c.claims.length,
    c.claims.filter((k) => k.core).length,
    c.claims.filter((k) => k.outlets.length === c.outlets.length).length,
    Object.values(c.unique).flat().length,
    c.quotes.length,
    c.quotes.filter((q) => q.outlets.length >= 2).length,
    c.quotes.filter((q) => q.speaker !== null).length,
    ...kinds,
  ];
}

function main(): void {
  if (!existsSync(BASIL)) {
    console.log(`eval:compare: ${BASIL} is absent (it is not part of the repository); nothing to measure.`);
    return;
  }
  const showAt = process.argv.indexOf('--show');
  const show = showAt >= 0 ? Number(process.argv[showAt + 1]) : null;
  const events = [...loadEvents()];
  const header = [
    'claims',
    'core',
    'all',
    'unique',
    'quotes',
    'quotes2+',
    'speaker',
    'd.count',
    'd.day',
    'd.place',
    'd.title',
  ];
  console.log(`BASIL: ${events.length} events, ${events.reduce((n, [, a]) => n + a.length, 0)} articles\n`);
  console.log(['event', 'sent.', ...header, 'ms'].map((h) => h.padStart(9)).join(''));
  const totals = header.map(() => 0);
  let sentences = 0;
  let ms = 0;
  events.forEach(([, inputs], i) => {
    const t0 = performance.now();
    const c = compareArticles(inputs);
    const dt = performance.now() - t0;
    ms += dt;
    const r = row(c);
    r.forEach((v, k) => (totals[k] = (totals[k] ?? 0) + v));
    const n = c.claims.reduce((s, k) => s + k.sentences.length, 0) + Object.values(c.unique).flat().length;
    sentences += n;
    console.log([String(i), String(n), ...r.map(String), dt.toFixed(0)].map((v) => v.padStart(9)).join(''));
    if (show === i) console.log(`\n${formatComparisonText(c)}`);
  });
  console.log(
    ['mean', '', ...totals.map((t) => (t / events.length).toFixed(1)), (ms / events.length).toFixed(0)]
      .map((v) => v.padStart(9))
      .join(''),
  );
  console.log(
    ['total', '', ...totals.map((t) => String(t)), ms.toFixed(0)].map((v) => v.padStart(9)).join(''),
  );

  const violations: string[] = [];
  for (const [, inputs] of events) {
    for (const a of inputs) {
      const c = compareArticles([a, { ...a, id: `${a.id}#copy` }]);
      const unique = Object.values(c.unique).flat();
      if (c.discrepancies.length > 0)
        violations.push(
          `${a.id}: ${c.discrepancies.length} discrepancies (${c.discrepancies.map((d) => d.about).join('; ')})`,
        );
      if (unique.length > 0)
        violations.push(`${a.id}: ${unique.length} unique details (${unique[0]?.text.slice(0, 60)}…)`);
    }
  }
  const articles = events.reduce((n, [, a]) => n + a.length, 0);
  console.log(`\nSelf-comparison: ${articles} articles, ${violations.length} violations`);
  for (const v of violations) console.log(`  ${v}`);
  void sentences;

  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { events: GoldEvent[] }).events;
  const byCluster = new Map(events);
  const score = emptyScore();
  for (const g of gold) {
    const inputs = byCluster.get(g.cluster);
    if (!inputs) throw new Error(`gold event ${g.cluster} is not in ${BASIL}`);
    scoreEvent(compareArticles(inputs), g, score);
  }
  console.log(`\nAgainst the hand annotation (${gold.length} events, eval/compare-gold.json):`);
  for (const line of formatScore(score)) console.log(`  ${line}`);
  if (process.argv.includes('--errors')) {
    const list = (title: string, lines: string[]) => {
      if (lines.length === 0) return;
      console.log(`\n${title}:`);
      for (const l of lines) console.log(`  ${l}`);
    };
    list('Claims counted wrong', score.claims.notes);
    list('Unique details counted wrong', score.unique.notes);
    list('Differences extra or missed', score.differences.notes);
    list('Speakers wrong', score.speaker.notes);
    list('Entity kinds wrong', score.entityKind.notes);
    list('Entity rows not in the gold', score.entityKind.unknown);
    list('Entity aliases not merged', score.entityKind.unmerged);
  }
}

main();
