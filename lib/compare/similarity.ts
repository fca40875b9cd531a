/**
 * How alike two sentences are. A cheap term-overlap score (idf-weighted cosine, found through
 * the inverted index) prunes the candidates; the fine score adds character bigram similarity
 * (string-similarity) and containment, so paraphrases and trimmed versions still meet.
 */
import { compareTwoStrings } from 'string-similarity';
import type { Story, StorySentence } from './story';

/** Shared-term weight of two sentences: the dot product of their idf vectors. */
export function sharedWeight(story: Story, a: StorySentence, b: StorySentence): number {
  const set = a.terms.length <= b.terms.length ? new Set(a.terms) : new Set(b.terms);
  const other = a.terms.length <= b.terms.length ? b.terms : a.terms;
  let dot = 0;
  for (const t of other) if (set.has(t)) dot += (story.idf.get(t) ?? 0) ** 2;
  return dot;
}

export function cosineOf(dot: number, a: StorySentence, b: StorySentence): number {
  return a.norm2 > 0 && b.norm2 > 0 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0;
}

/** The fine similarity of two sentences in [0, 1], given their shared-term weight. */
export function fineScore(dot: number, a: StorySentence, b: StorySentence): number {
  const cos = cosineOf(dot, a, b);
  const containment = dot / Math.max(1e-9, Math.min(a.norm2, b.norm2));
  const chars = compareTwoStrings(a.folded, b.folded);
  return 0.5 * cos + 0.2 * Math.min(1, containment) + 0.3 * chars;
}
