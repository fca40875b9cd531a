/**
 * Cost of the comparison engine, as ratios measured in the same run:
 *  - the five bundled articles: compareArticles (everything: alignment, quotes, entities,
 *    discrepancies, framing) <= 1/10 of a naive all-pairs `findBestMatch` of every sentence
 *    against every sentence of the other articles (the same sentence splitter for both);
 *  - growth: stories of 5, 10 and 20 real articles; the time per article of the 20-article
 *    story stays within 1.6x of the 5-article one (close to linear). Stories come from the
 *    BASIL events in ../shared/eval when present (3 outlets per event, events in file order),
 *    and always from the bundled articles repeated under new ids (a dense worst case: every
 *    sentence has many copies to align with).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringSimilarity from 'string-similarity';
import { compareArticles, type CompareInput } from '../lib/compare';
import { splitSentences } from '../lib/text/sentences';
import type { CorpusFile } from '../lib/types';
import { stats, time, type BenchReport } from './report';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASIL = resolve(root, '../shared/eval/basil-dev.ndjson');
const NAIVE_TARGET = 0.1;
const GROWTH_TARGET = 1.6;
const ROUNDS = 9;

function bundled(): CompareInput[] {
  const corpus = JSON.parse(readFileSync(resolve(root, 'assets/corpus.json'), 'utf8')) as CorpusFile;
  return corpus.articles.map((a) => ({
    id: a.id,
    outlet: a.outlet,
    headline: a.title,
    published: a.date,
    text: a.text,
  }));
}

function basil(): CompareInput[] {
  if (!existsSync(BASIL)) return [];
  return readFileSync(BASIL, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) =>
        JSON.parse(l) as {
          id: string;
          source: string | null;
          title: string | null;
          date: string | null;
          text: string;
        },
    )
    .map((a) => ({ id: a.id, outlet: a.source, headline: a.title, published: a.date, text: a.text }));
}

/** Every sentence against every sentence of the other articles, best match kept. */
function naive(inputs: CompareInput[]): number {
  const sentences = inputs.map((a) => splitSentences(a.text).map((s) => s.text));
  let found = 0;
  sentences.forEach((own, i) => {
    const others = sentences.filter((_, j) => j !== i).flat();
    for (const s of own) if (stringSimilarity.findBestMatch(s, others).bestMatch.rating > 0.5) found++;
  });
  return found;
}

const repeated = (base: CompareInput[], n: number) =>
  Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length] as CompareInput;
    return { ...a, id: `${a.id}~${Math.floor(i / base.length)}` };
  });

/**
 * Time per sentence at 20 articles over time per sentence at 5, in interleaved rounds (each
 * size timed three times per round, fastest kept: the least disturbed by other processes).
 */
function growth(name: string, pool: CompareInput[], lines: string[]): number {
  const sizes = [5, 10, 20];
  const stories = sizes.map((n) => pool.slice(0, n));
  const sentences = stories.map((story) => story.reduce((s, a) => s + splitSentences(a.text).length, 0));
  for (const story of stories) time(() => compareArticles(story), 1, 2);
  const rounds = Array.from({ length: ROUNDS }, () =>
    stories.map((story) => Math.min(...time(() => compareArticles(story), 3, 0))),
  );
  const perSentence = rounds.map((r) => r.map((ms, k) => ms / (sentences[k] ?? 1)));
  sizes.forEach((n, k) => {
    const ms = stats(rounds.map((r) => r[k] ?? 0)).median;
    lines.push(
      `${name}, ${n} articles (${sentences[k]} sentences): ${ms.toFixed(1)} ms, ${(ms / n).toFixed(2)} ms/article, ${((1000 * ms) / (sentences[k] ?? 1)).toFixed(0)} us/sentence`,
    );
  });
  const ratio = stats(perSentence.map((p) => (p[2] ?? 0) / (p[0] ?? 1))).median;
  const perArticle = stats(rounds.map((r) => (r[2] ?? 0) / 20 / ((r[0] ?? 1) / 5))).median;
  lines.push(
    `${name}: time per sentence at 20 articles / at 5 articles = ${ratio.toFixed(2)}, per article ${perArticle.toFixed(2)} (medians of ${ROUNDS} rounds)`,
  );
  return ratio;
}

export default async function (): Promise<BenchReport> {
  const lines: string[] = [];
  const targets: BenchReport['targets'] = [];
  const five = bundled();
  // Interleaved rounds, so that both see the same machine (a shared machine's speed drifts):
  // each round times the naive comparison once and the engine five times (median).
  time(() => compareArticles(five), 1, 10);
  const rounds = Array.from({ length: ROUNDS }, () => {
    const naiveRound = time(() => naive(five), 1, 0)[0] ?? 0;
    const engineRound = stats(time(() => compareArticles(five), 5, 0)).median;
    return { naiveRound, engineRound, ratio: engineRound / naiveRound };
  });
  const naiveMs = stats(rounds.map((r) => r.naiveRound)).median;
  const engineMs = stats(rounds.map((r) => r.engineRound)).median;
  const ratio = stats(rounds.map((r) => r.ratio)).median;
  lines.push(
    `bundled story (5 articles): compareArticles ${engineMs.toFixed(1)} ms, naive all-pairs findBestMatch ${naiveMs.toFixed(1)} ms (medians of ${ROUNDS} interleaved rounds); median ratio per round ${ratio.toFixed(3)}`,
  );
  targets.push({
    label: `compareArticles <= ${NAIVE_TARGET} x naive all-pairs findBestMatch (${ratio.toFixed(3)})`,
    ok: ratio <= NAIVE_TARGET,
  });

  const real = basil();
  if (real.length >= 20) {
    const g = growth('BASIL', real, lines);
    targets.push({
      label: `BASIL: time per sentence grows <= ${GROWTH_TARGET}x from 5 to 20 articles (${g.toFixed(2)})`,
      ok: g <= GROWTH_TARGET,
    });
  } else {
    lines.push('BASIL stories skipped: ../shared/eval/basil-dev.ndjson is absent.');
  }
  const dense = growth('bundled x4 (dense)', repeated(five, 20), lines);
  targets.push({
    label: `dense: time per sentence grows <= ${GROWTH_TARGET}x from 5 to 20 articles (${dense.toFixed(2)})`,
    ok: dense <= GROWTH_TARGET,
  });
  return { name: 'compare', lines, targets };
}
