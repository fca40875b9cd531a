/**
 * Why a candidate matched: the shared names, numbers and terms that contributed most to its
 * score, as the reader's article writes them, so that the reader can check them in both texts.
 * Frequent words and small numbers are left out: they are shared by any two news texts.
 */
import type { MatchExplanation } from '../types';
import type { IndexStore } from './index-build';
import type { PreparedQuery } from './query';
import type { Weighting } from './weighting';
import { priorShare } from './weights';

/** Terms at least this common in the background are not worth showing. */
const MAX_SHOWN_SHARE = 0.05;

const PER_KIND = { name: 6, number: 4, word: 6 } as const;

export function explain(
  store: IndexStore,
  w: Weighting,
  query: PreparedQuery,
  slot: number,
): MatchExplanation {
  const doc = store.docs[slot];
  const shared: { surface: string; kind: keyof typeof PER_KIND; share: number }[] = [];
  for (let i = 0; i < (doc?.terms.length ?? 0); i++) {
    const q = query.byId.get(doc?.terms[i] ?? -1);
    if (q && priorShare(q.key, q.type) < MAX_SHOWN_SHARE)
      shared.push({ surface: q.surface, kind: q.type, share: q.weight * w.docWeight(slot, i) });
  }
  shared.sort((a, b) => b.share - a.share || (a.surface < b.surface ? -1 : 1));
  const pick = (kind: keyof typeof PER_KIND) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const s of shared) {
      const label = s.surface.replace(/['’]s$/u, '');
      if (s.kind !== kind || seen.has(label.toLowerCase()) || out.length >= PER_KIND[kind]) continue;
      seen.add(label.toLowerCase());
      out.push(label);
    }
    return out;
  };
  return { names: pick('name'), numbers: pick('number'), terms: pick('word') };
}
