/**
 * Term weights against the current state of an index: specificity from the index's document
 * frequencies, and specificities and article norms cached until the index changes.
 */
import { TYPE_CODES, inHeadline, tfOf, typeOf } from './doc';
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
  /** Norm by slot (NaN until computed). */
  let norms = new Float64Array(0);
  /** Specificity by term id and type (NaN until computed). */
  let idfs = new Float64Array(0);
  let generation = -1;
  const fresh = () => {
    if (generation !== store.generation) {
      norms = new Float64Array(store.docs.length).fill(NaN);
      idfs = new Float64Array(store.keys.length * TYPE_CODES.length).fill(NaN);
      generation = store.generation;
    }
  };
  const idf = (termId: number | undefined, key: string, type: TermType) => {
    if (termId === undefined) return specificity(key, type, 0, store.live);
    fresh();
    const at = termId * TYPE_CODES.length + TYPE_CODES.indexOf(type);
    let v = idfs[at] ?? NaN;
    if (Number.isNaN(v)) {
      v = specificity(key, type, store.df[termId] ?? 0, store.live);
      idfs[at] = v;
    }
    return v;
  };
  const docWeight = (slot: number, i: number) => {
    const doc = store.docs[slot];
    const t = doc?.terms[i];
    if (!doc || t === undefined) return 0;
    const byte = doc.packed[i] ?? 0;
    const type = typeOf(byte);
    return termWeight(tfOf(byte), type, inHeadline(byte), idf(t, store.keys[t] ?? '', type));
  };
  return {
    idf,
    docWeight,
    docNorm(slot) {
      fresh();
      let n = norms[slot] ?? NaN;
      if (Number.isNaN(n)) {
        let sum = 0;
        const len = store.docs[slot]?.terms.length ?? 0;
        for (let i = 0; i < len; i++) sum += docWeight(slot, i) ** 2;
        n = Math.sqrt(sum);
        norms[slot] = n;
      }
      return n;
    },
  };
}
