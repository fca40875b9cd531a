/**
 * The score of a candidate: how much of the two articles' specific content they share (a
 * weighted cosine of their signatures), how much text that sharing rests on, and what their
 * publication dates say, mapped to [0, 1].
 *
 * Content carries the verdict. A missing date is never evidence against: being published the
 * same day only breaks a tie (a shared day alone never makes two articles one story), and only
 * dates known to be weeks apart count against (follow-ups, other events of the same kind).
 * Before, a same-day bonus of 0.2 did most of the work, and an undated page (any plain text
 * given to the CLI) lost about 30 points of recall on ../shared/eval.
 *
 * The same share of telling terms says more when both texts are long: two 1,000-word reports
 * sharing a third of their signatures are one event more surely than two 50-word summaries.
 * The shorter text's length moves the evidence by LENGTH_WEIGHT per e-fold around
 * REFERENCE_WORDS, at most LENGTH_CAP up (length alone never makes a story either), without
 * limit down (a short text is matched on what it has, and must share more of it).
 */
import type { Confidence } from '../types';
import type { IndexStore } from './index-build';
import type { PreparedQuery } from './query';
import { claimEvidence, type SharedClaims } from './verify';
import type { Weighting } from './weighting';

/** Published this close (days), the dates break a tie in favour of the same event... */
export const DATE_CLOSE_DAYS = 3;
/** ...then less and less until this gap, beyond which they count against it... */
export const DATE_NEUTRAL_DAYS = 7;
/** ...fully at this gap and beyond. */
export const DATE_FAR_DAYS = 30;
/** A tie-breaker only: a tenth of a typical same-story content score. */
const DATE_BONUS = 0.02;
const DATE_PENALTY = 0.2;
/** Evidence per e-fold of the shorter text's length (in words) around REFERENCE_WORDS. */
const LENGTH_WEIGHT = 0.08;
/** About 1,000 characters: a short news report. */
const REFERENCE_WORDS = 170;
const LENGTH_CAP = 0.1;
/**
 * Below this many words the shorter text is short (a two-paragraph lead, a 50-word feed
 * summary, about 600 characters): it is matched on what it has, and its verdict is 'low'
 * confidence, whatever the score.
 */
export const SHORT_TEXT_WORDS = 100;
/** Centre and spread of the logistic that maps evidence to [0, 1]. */
const PIVOT = 0.5;
const SPREAD = 0.1;

export interface ScoreParts {
  /** Weighted cosine of the signatures, in [0, 1]. */
  content: number;
  /** Days between the publication dates, or null when one is unknown. */
  gapDays: number | null;
  score: number;
  /** The statements both share, when the candidate was verified (verify.ts). */
  claims: SharedClaims | null;
  /** The score the content alone gives, whatever the dates and lengths (for the "related" verdict). */
  relatedness: number;
}

/** What the gap between two publication dates adds to (or takes from) the evidence. */
export function dateEvidence(gapDays: number | null): number {
  if (gapDays === null) return 0;
  if (gapDays <= DATE_CLOSE_DAYS) return DATE_BONUS;
  if (gapDays <= DATE_NEUTRAL_DAYS)
    return (DATE_BONUS * (DATE_NEUTRAL_DAYS - gapDays)) / (DATE_NEUTRAL_DAYS - DATE_CLOSE_DAYS);
  const far = Math.min(1, (gapDays - DATE_NEUTRAL_DAYS) / (DATE_FAR_DAYS - DATE_NEUTRAL_DAYS));
  return -DATE_PENALTY * far;
}

/** What the length (words) of the shorter text adds to or takes from the evidence; null: nothing. */
export function lengthEvidence(words: number | null): number {
  if (words === null || words <= 0) return 0;
  return Math.min(LENGTH_CAP, LENGTH_WEIGHT * Math.log(words / REFERENCE_WORDS));
}

/** How sure a verdict resting on a shorter text of `words` words is. */
export function confidenceOf(words: number): Confidence {
  return words < SHORT_TEXT_WORDS ? 'low' : 'high';
}

export function combine(
  content: number,
  gapDays: number | null,
  words: number | null = null,
  claims: SharedClaims | null = null,
): number {
  const evidence = content + lengthEvidence(words) + dateEvidence(gapDays) + claimEvidence(claims);
  return 1 / (1 + Math.exp(-(evidence - PIVOT) / SPREAD));
}

/** Weighted cosine between the query and the article in `slot`. */
export function contentSimilarity(
  store: IndexStore,
  w: Weighting,
  query: PreparedQuery,
  slot: number,
): number {
  const doc = store.docs[slot];
  if (!doc || query.norm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < doc.terms.length; i++) {
    const q = query.byId.get(doc.terms[i] ?? -1);
    if (q) dot += q.weight * w.docWeight(slot, i);
  }
  const norm = w.docNorm(slot);
  return norm === 0 ? 0 : Math.min(1, dot / (query.norm * norm));
}

export function scoreCandidate(
  store: IndexStore,
  w: Weighting,
  query: PreparedQuery,
  queryDay: number | null,
  slot: number,
  claims: SharedClaims | null = null,
): ScoreParts {
  const content = contentSimilarity(store, w, query, slot);
  const day = store.docs[slot]?.day ?? null;
  const gapDays = queryDay === null || day === null ? null : Math.abs(queryDay - day);
  const docWords = store.docs[slot]?.words ?? null;
  const words = docWords === null ? null : Math.min(query.words, docWords);
  return {
    content,
    gapDays,
    claims,
    score: combine(content, gapDays, words, claims),
    // "Related" (same subject, another development) is judged on the content alone.
    relatedness: combine(content, null),
  };
}
