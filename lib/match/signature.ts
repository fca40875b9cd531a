/**
 * The signature of an article: its TERMS_PER_ARTICLE most telling terms, chosen by their weight
 * against the background alone, so that the choice never depends on what else is in the corpus
 * (adding an article does not change the signature of another).
 */
import type { ArticleFeatures } from './features';
import type { TermType } from './tokens';
import { TERMS_PER_ARTICLE, priorSpecificity, termWeight } from './weights';

export interface SignatureTerm {
  key: string;
  tf: number;
  type: TermType;
  head: boolean;
}

export function signature(features: ArticleFeatures): SignatureTerm[] {
  const scored: [SignatureTerm, number][] = [];
  for (const [key, s] of features.terms) {
    const w = termWeight(s.tf, s.type, s.head, priorSpecificity(key, s.type));
    scored.push([{ key, tf: s.tf, type: s.type, head: s.head }, w]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0].key < b[0].key ? -1 : 1));
  return scored.slice(0, TERMS_PER_ARTICLE).map(([t]) => t);
}
