/**
 * How close another report is, in words a reader reads at a glance (the number stays
 * available on demand). Pure: a code the UI maps to its words in components/strings.ts.
 */
import type { Match } from './types';

export type Closeness = 'very-close' | 'close' | 'related' | 'different';

/** At or above this score, a same-story report reads as "very close" (a near copy or a close retelling). */
export const VERY_CLOSE = 0.8;

export function closeness(match: Pick<Match, 'score' | 'verdict'>): Closeness {
  if (match.verdict === 'same-story') return match.score >= VERY_CLOSE ? 'very-close' : 'close';
  return match.verdict;
}
