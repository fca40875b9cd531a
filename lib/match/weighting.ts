/**
 * Term weights against the current state of an index: specificity from the index's document
 * frequencies, and article norms cached until the index changes.
 */
import { unpack } from './doc';
import type { IndexStore } from './index-build';
import type { TermType } from './tokens';
import { specificity, termWeight } from './weights';

export interface Weighting {
  idf(termId: number | undefined, key: string, type: TermType): number;
  /** Weight of the i-th signature term of the article in `slot`. */
  docWeight(slot: number, i: number): number;
  docNorm(slot: number): number;
}

export function weighting(store: IndexStore): Weighting {
  const norms = new Map<number, number>();
  let generation = store.generation;
  const fresh = () => {
    if (generation !== store.generation) {
      norms.clear();
      generation = store.generation;
    }
  };
  const idf = (termId: number | undefined, key: string, type: TermType) =>
    specificity(key, type, termId === undefined ? 0 : (store.df[termId] ?? 0), store.live);
  const docWeight = (slot: number, i: number) => {
    const doc = store.docs[slot];
    const t = doc?.terms[i];
    if (!doc || t === undefined) return 0;
    const { tf, type, head } = unpack(doc.packed[i] ?? 0);
    return termWeight(tf, type, head, idf(t, store.keys[t] ?? '', type));
  };
  return {
    idf,
    docWeight,
    docNorm(slot) {
      fresh();
      let n = norms.get(slot);
      if (n === undefined) {
        let sum = 0;
        const len = store.docs[slot]?.terms.length ?? 0;
        for (let i = 0; i < len; i++) sum += docWeight(slot, i) ** 2;
        n = Math.sqrt(sum);
        norms.set(slot, n);
      }
      return n;
    },
  };
}
