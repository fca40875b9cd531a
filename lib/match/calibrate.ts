/**
 * Measuring and calibrating the matcher on labelled pairs (used by `npm run eval:match`):
 * area under the ROC curve, same-story precision / recall, and the choice of thresholds.
 */
import type { Thresholds } from './verdict';

/** One scored (query, candidate) pair of an eval set. */
export interface LabelledPair {
  score: number;
  /** Same event (same cluster). */
  same: boolean;
  /** Another event of the same kind (ECB+ topic); false when unknown. */
  sameTopic: boolean;
  /** The score without the publication dates (defaults to `score`). */
  relatedness?: number;
}

/** Probability that a random positive outscores a random negative (ties count half). */
export function rocAuc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN;
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]?.[0] === all[i]?.[0]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]?.[1] === 1) rankSum += rank;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

export interface SameStoryCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function sameStoryCounts(pairs: readonly LabelledPair[], threshold: number): SameStoryCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    const called = p.score >= threshold;
    if (called && p.same) tp++;
    else if (called) fp++;
    else if (p.same) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Share of pairs at or above `threshold`. */
export function rateAtOrAbove(scores: readonly number[], threshold: number): number {
  return scores.length === 0 ? 0 : scores.filter((s) => s >= threshold).length / scores.length;
}

export interface CalibrationData {
  /** Pairs of a set where every event has a few reports (BASIL): drives same-story F1. */
  reports: readonly LabelledPair[];
  /** Pairs of a set with two events per topic (ECB+): bounds the false same-story rate. */
  topics: readonly LabelledPair[];
}

const candidates = (scores: readonly number[]) =>
  [...new Set(scores.map((s) => Math.round(s * 1000) / 1000))].sort((a, b) => a - b);

/**
 * `sameStory`: among scores at which the same-topic other-event pairs are called same-story at
 * most `maxOtherEvent` of the time, the one with the best same-story F1 on `reports` (the middle
 * of the best plateau). `related`: the lowest score (without dates) at which at least
 * `relatedPrecision` of the pairs called "related" are indeed of the same topic or event
 * (negatives: pairs of different topics, and other events of `reports`, mostly other subjects).
 */
export function calibrate(data: CalibrationData, maxOtherEvent = 0.015, relatedPrecision = 0.9): Thresholds {
  const hard = data.topics.filter((p) => !p.same && p.sameTopic).map((p) => p.score);
  const grid = candidates([...data.reports, ...data.topics].map((p) => p.score));
  const feasible = grid.filter((t) => rateAtOrAbove(hard, t) <= maxOtherEvent);
  const f1s = feasible.map((t) => sameStoryCounts(data.reports, t).f1);
  const best = Math.max(...f1s);
  const plateau = feasible.filter((_, i) => (f1s[i] ?? 0) >= best - 1e-9);
  const sameStory = plateau[Math.floor((plateau.length - 1) / 2)] ?? 1;
  // "related" is judged on the score without dates, among pairs not called same-story.
  const below = (ps: readonly LabelledPair[]) =>
    ps.filter((p) => p.score < sameStory).map((p) => p.relatedness ?? p.score);
  const topical = below(data.topics.filter((p) => p.same || p.sameTopic));
  const unrelated = below([
    ...data.topics.filter((p) => !p.same && !p.sameTopic),
    ...data.reports.filter((p) => !p.same),
  ]);
  const precise = grid.filter((t) => {
    const right = rateAtOrAbove(topical, t) * topical.length;
    const wrong = rateAtOrAbove(unrelated, t) * unrelated.length;
    return t < sameStory && right + wrong > 0 && right / (right + wrong) >= relatedPrecision;
  });
  const related = precise[0] ?? sameStory;
  return { sameStory, related };
}
