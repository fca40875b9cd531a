/**
 * Candidate retrieval through the inverted index: the query's terms vote for the articles
 * holding them, weighted by specificity, rarest terms first. Once POSTINGS_BUDGET entries have
 * been walked and there are enough candidates, the longer lists of the commoner terms are
 * skipped: they say little about which event it is, and they still count in the exact score of
 * the candidates. This bounds the work per query whatever the corpus size. Only the
 * MAX_CANDIDATES best-voted articles are scored.
 */
import type { IndexStore } from './index-build';
import type { PreparedQuery } from './query';

export const MAX_CANDIDATES = 200;
export const POSTINGS_BUDGET = 20_000;

const scratch = new WeakMap<IndexStore, Float64Array>();

function votesFor(store: IndexStore): Float64Array {
  let v = scratch.get(store);
  if (!v || v.length < store.docs.length) {
    v = new Float64Array(Math.max(64, store.docs.length * 2));
    scratch.set(store, v);
  }
  return v;
}

/** True when candidate a ranks before b: more votes, then lower slot. */
const before = (votes: Float64Array, a: number, b: number) =>
  (votes[a] ?? 0) > (votes[b] ?? 0) || ((votes[a] ?? 0) === (votes[b] ?? 0) && a < b);

/** The `k` best of `slots` by votes, best first (a bounded heap whose root is the worst kept). */
function best(slots: number[], votes: Float64Array, k: number): number[] {
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && before(votes, heap[w] ?? 0, heap[l] ?? 0)) w = l;
      if (r < heap.length && before(votes, heap[w] ?? 0, heap[r] ?? 0)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w] ?? 0, heap[i] ?? 0];
      i = w;
    }
  };
  for (const s of slots) {
    if (heap.length < k) {
      heap.push(s);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!before(votes, heap[p] ?? 0, heap[i] ?? 0)) break;
        [heap[i], heap[p]] = [heap[p] ?? 0, heap[i] ?? 0];
        i = p;
      }
    } else if (before(votes, s, heap[0] ?? 0)) {
      heap[0] = s;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(votes, a, b) ? -1 : 1));
}

export function retrieve(store: IndexStore, query: PreparedQuery): number[] {
  const lists = query.terms
    .flatMap((t) => {
      const list = t.id === undefined ? undefined : store.postings[t.id];
      return list && list.length > 0 ? [{ list, vote: t.weight * t.idf }] : [];
    })
    .sort((a, b) => a.list.length - b.list.length);
  const votes = votesFor(store);
  const touched: number[] = [];
  let walked = 0;
  for (const { list, vote } of lists) {
    if (walked + list.length > POSTINGS_BUDGET && touched.length >= MAX_CANDIDATES) break;
    for (const slot of list) {
      if (votes[slot] === 0) touched.push(slot);
      votes[slot] = (votes[slot] ?? 0) + vote;
    }
    walked += list.length;
  }
  // Articles in a language not matched have no terms, so they are never in a list.
  const out = best(touched, votes, MAX_CANDIDATES);
  for (const slot of touched) votes[slot] = 0;
  return out;
}
