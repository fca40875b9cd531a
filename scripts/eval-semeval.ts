/**
 * SemEval-2022 Task 8 (multilingual news article similarity) on ../shared/eval/semeval2022-dev.ndjson,
 * read at run time: Pearson's correlation between a pair's score and the annotators' overall
 * similarity, per language pair, for the engine (lib/match/pair.ts, what `parallax score`
 * prints) beside string-similarity's compareTwoStrings on the same texts. Annotators judge
 * 1 (very similar) to 4 (very dissimilar), so the score is correlated with the negated judgement.
 * A pair the engine cannot compare (a language it does not support) scores 0, as it would
 * rank for a user.
 */
import { existsSync, readFileSync } from 'node:fs';
import stringSimilarity from 'string-similarity';
import { scorePair } from '../lib/match/pair';

interface SemEvalPair {
  pair_id: string;
  lang1: string;
  lang2: string;
  text1: string;
  text2: string;
  overall: number;
}

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return NaN;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export interface SemEvalRow {
  pair: string;
  n: number;
  engine: number;
  baseline: number;
  /** Pairs the engine could not compare. */
  unsupported: number;
}

/** Per language pair (and "all"), or null when the file is absent. */
export function semevalFigures(file: string): SemEvalRow[] | null {
  if (!existsSync(file)) return null;
  const pairs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SemEvalPair);
  const scored = pairs.map((p) => {
    // The language is told by the engine, as for a user's text: the tags are the annotators'.
    const r = scorePair({ title: null, text: p.text1 }, { title: null, text: p.text2 });
    return {
      pair: `${p.lang1}-${p.lang2}`,
      engine: r.ok ? r.score : 0,
      unsupported: !r.ok,
      baseline: stringSimilarity.compareTwoStrings(p.text1, p.text2),
      similarity: -p.overall,
    };
  });
  const groups = [...new Set(scored.map((s) => s.pair))].sort(
    (a, b) => scored.filter((s) => s.pair === b).length - scored.filter((s) => s.pair === a).length,
  );
  return [...groups, 'all'].map((g) => {
    const ps = g === 'all' ? scored : scored.filter((s) => s.pair === g);
    const sim = ps.map((s) => s.similarity);
    return {
      pair: g,
      n: ps.length,
      engine: pearson(
        ps.map((s) => s.engine),
        sim,
      ),
      baseline: pearson(
        ps.map((s) => s.baseline),
        sim,
      ),
      unsupported: ps.filter((s) => s.unsupported).length,
    };
  });
}

export function printSemEval(file: string): SemEvalRow[] | null {
  const rows = semevalFigures(file);
  if (rows === null) {
    console.log(`\nSemEval-2022 Task 8: ${file} is absent, not measured`);
    return null;
  }
  console.log(
    "\nSemEval-2022 Task 8 dev: Pearson of the pair score with the annotators' overall similarity (negated: 1 = very similar)",
  );
  console.log(
    `  ${'pair'.padEnd(8)} ${'pairs'.padStart(6)} ${'engine'.padStart(8)} ${'baseline'.padStart(9)} ${'not compared'.padStart(13)}`,
  );
  for (const r of rows)
    console.log(
      `  ${r.pair.padEnd(8)} ${String(r.n).padStart(6)} ${r.engine.toFixed(3).padStart(8)} ${r.baseline.toFixed(3).padStart(9)} ${String(r.unsupported).padStart(13)}`,
    );
  return rows;
}
