/** A query article turned into weighted terms against an index. */
import type { ArticleFeatures } from './features';
import type { IndexStore } from './index-build';
import { signature } from './signature';
import type { TermType } from './tokens';
import type { Weighting } from './weighting';
import { termWeight } from './weights';

export interface QueryTerm {
  key: string;
  /** Vocabulary id, or undefined when no indexed article has the term. */
  id: number | undefined;
  type: TermType;
  weight: number;
  idf: number;
  surface: string;
}

export interface PreparedQuery {
  terms: QueryTerm[];
  /** Weight by vocabulary id, for the terms the index knows. */
  byId: Map<number, QueryTerm>;
  norm: number;
  fingerprint: Uint32Array;
  /** The query text's shingle hashes (see minhash.ts). */
  shingles: Uint32Array;
  /** Words of the query's text. */
  words: number;
}

export function prepareQuery(features: ArticleFeatures, store: IndexStore, w: Weighting): PreparedQuery {
  const terms: QueryTerm[] = signature(features).map((t) => {
    const id = store.vocab.get(t.key);
    const idf = w.idf(id, t.key, t.type);
    const weight = termWeight(t.tf, t.type, t.head, idf);
    return {
      key: t.key,
      id,
      type: t.type,
      weight,
      idf,
      surface: features.terms.get(t.key)?.surface ?? t.key,
    };
  });
  terms.sort((a, b) => b.weight - a.weight);
  const byId = new Map<number, QueryTerm>();
  for (const t of terms) if (t.id !== undefined) byId.set(t.id, t);
  const norm = Math.sqrt(terms.reduce((s, t) => s + t.weight * t.weight, 0));
  return {
    terms,
    byId,
    norm,
    fingerprint: features.fingerprint,
    shingles: features.shingles,
    words: features.words,
  };
}
