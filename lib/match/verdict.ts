/**
 * From score to verdict. The thresholds are calibrated by `npm run eval:match` (see
 * scripts/eval-match.ts) and kept injectable so that a sensitivity setting can shift them.
 */
import type { Verdict } from '../types';

export interface Thresholds {
  /** At or above: the candidate reports the same event. */
  sameStory: number;
  /**
   * At or above (and below `sameStory`): same subject, another development or event. Compared
   * with the score left unmoved by the publication dates.
   */
  related: number;
}

/**
 * Calibrated with `npm run eval:match` on ../shared/eval (BASIL dev: 150 articles, 50 events,
 * three outlets each; ECB+ dev: 461 articles, 40 events, two of the same kind per topic), the
 * matcher given the texts (its best candidates verified by the statements they share, verify.ts).
 * `sameStory`: the lowest score at which ECB+ articles of the other event of the same topic are
 * called "same-story" at most 1.5% of the time, at the middle of the range where BASIL
 * same-story F1 is best (0.384 on all events; 0.381-0.389 fit on four folds of five, see the
 * cross-validation the command prints). Lower than before (0.537) because a background of
 * 1,000 texts (weights.ts) leaves names shared by many corpus articles less specific: every
 * score moved, not the verdicts' balance. Dates only break ties and lengths move the evidence
 * (score.ts), so an undated page needs about the evidence a dated one does.
 * `related`: the lowest content-only score at which 90% of the "related" verdicts fall on pairs
 * of the same topic.
 */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = { sameStory: 0.384, related: 0.061 };

export function resolveThresholds(partial?: Partial<Thresholds>): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...partial };
}

/**
 * The verdict of a candidate. `relatedness` is its score without the publication dates: being
 * published the same day makes two reports of one event more likely, but does not make two
 * articles on different subjects related, and a subject months apart is still the same subject.
 */
export function verdictOf(score: number, t: Thresholds, relatedness = score): Verdict {
  if (score >= t.sameStory) return 'same-story';
  if (relatedness >= t.related) return 'related';
  return 'different';
}
