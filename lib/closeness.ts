/**
 * How close another report is, in words a reader reads at a glance (the number stays
 * available on demand). Pure: a code the UI maps to its words in components/strings.ts.
 *
 * The words rest on how much telling content the two texts share (Match.similarity), not on
 * the match score: the score says how surely two reports tell one story, and nears 1 for any
 * two full reports of an event however differently they are written.
 */
import type { Match } from './types';

export type Closeness = 'very-close' | 'close' | 'related' | 'different';

/**
 * At or above this similarity a same-story report reads as "very close": a copy or a light
 * edit of the same text (identical text is 1). Four outlets' own retellings of the demo story
 * share 0.71-0.78 of the Moscow Times' content: "close".
 */
export const VERY_CLOSE = 0.85;

export function closeness(match: Pick<Match, 'score' | 'verdict' | 'similarity'>): Closeness {
  if (match.verdict === 'same-story') {
    // Results stored before similarity was kept: the score, which overstates closeness, reads "close".
    return match.similarity !== undefined && match.similarity >= VERY_CLOSE ? 'very-close' : 'close';
  }
  return match.verdict;
}
