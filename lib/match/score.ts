/**
 * The score of a candidate: how much of the two articles' specific content they share (a
 * weighted cosine of their signatures), moved by what their publication dates say, then mapped
 * to [0, 1]. Reports of one event are published within days of each other; articles weeks apart
 * that share a subject are follow-ups or other events of the same kind.
 */
import type { IndexStore } from './index-build';
import type { PreparedQuery } from './query';
import type { Weighting } from './weighting';

/** Published this close (days), the dates support the same event fully... */
export const DATE_CLOSE_DAYS = 3;
/** ...then less and less until this gap, beyond which they count against it... */
export const DATE_NEUTRAL_DAYS = 7;
/** ...fully at this gap and beyond. */
export const DATE_FAR_DAYS = 30;
const DATE_BONUS = 0.2;
const DATE_PENALTY = 0.2;
/** Centre and spread of the logistic that maps evidence to [0, 1]. */
const PIVOT = 0.5;
const SPREAD = 0.1;

export interface ScoreParts {
  /** Weighted cosine of the signatures, in [0, 1]. */
  content: number;
  /** Days between the publication dates, or null when one is unknown. */
  gapDays: number | null;
  score: number;
  /** The score the content alone gives, whatever the dates (for the "related" verdict). */
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

export function combine(content: number, gapDays: number | null): number {
  const evidence = content + dateEvidence(gapDays);
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
): ScoreParts {
  const content = contentSimilarity(store, w, query, slot);
  const day = store.docs[slot]?.day ?? null;
  const gapDays = queryDay === null || day === null ? null : Math.abs(queryDay - day);
  return { content, gapDays, score: combine(content, gapDays), relatedness: combine(content, null) };
}
