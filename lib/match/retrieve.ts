/**
 * Candidate retrieval through the inverted index: the query's terms vote for the articles
 * holding them, weighted by specificity. Terms held by a large share of a big corpus are not
 * walked (their lists are long and they say little); they still count in the exact score of
 * the candidates found through rarer terms. Only the best-voted candidates are scored.
 */
import type { IndexStore } from './index-build';
import type { PreparedQuery } from './query';

/** Candidates scored exactly per query. */
export const MAX_CANDIDATES = 200;
/** A term is walked only when at most this share of the corpus holds it (or few articles). */
const MAX_TERM_SHARE = 0.02;
const ALWAYS_WALKED_DF = 500;

export function retrieve(store: IndexStore, query: PreparedQuery): number[] {
  const cap = Math.max(ALWAYS_WALKED_DF, store.live * MAX_TERM_SHARE);
  const votes = new Map<number, number>();
  for (const t of query.terms) {
    if (t.id === undefined) continue;
    const list = store.postings[t.id];
    if (!list || list.length > cap) continue;
    const v = t.weight * t.idf;
    for (const slot of list) votes.set(slot, (votes.get(slot) ?? 0) + v);
  }
  const ranked = [...votes].filter(([slot]) => store.docs[slot]?.supported === true);
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked.slice(0, MAX_CANDIDATES).map(([slot]) => slot);
}
