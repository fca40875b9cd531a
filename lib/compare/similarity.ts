/**
 * How alike two sentences are. A cheap term-overlap score (idf-weighted cosine, found through
 * the inverted index) prunes the candidates; the fine score adds character bigram similarity
 * (string-similarity's measure, see bigrams.ts) and containment, so paraphrases and trimmed versions still meet.
 */
import { bigramDice, bigramProfile } from './bigrams';
import type { Story, StorySentence } from './story';

/** Shared-term weight of two sentences: the dot product of their idf vectors. */
export function sharedWeight(story: Story, a: StorySentence, b: StorySentence): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  let dot = 0;
  for (const t of small.terms) if (large.termSet.has(t)) dot += (story.idf.get(t) ?? 0) ** 2;
  return dot;
}

export function cosineOf(dot: number, a: StorySentence, b: StorySentence): number {
  return a.norm2 > 0 && b.norm2 > 0 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0;
}

/** Character similarity of sentences that share little: what unrelated sentences reach at most. */
const CHARS_CEILING = 0.75;
/** ... and what they usually reach. */
const CHARS_TYPICAL = 0.4;

/**
 * The fine similarity of two sentences in [0, 1], given their shared-term weight. When the
 * terms alone leave the pair below `floor` whatever its characters, the character comparison
 * is skipped and a typical value assumed: the pair is not the same statement either way.
 */
export function fineScore(dot: number, a: StorySentence, b: StorySentence, floor = 0): number {
  const cos = cosineOf(dot, a, b);
  const containment = dot / Math.max(1e-9, Math.min(a.norm2, b.norm2));
  const byTerms = 0.5 * cos + 0.2 * Math.min(1, containment);
  if (byTerms + 0.3 * CHARS_CEILING < floor) return byTerms + 0.3 * CHARS_TYPICAL;
  a.bigrams ??= bigramProfile(a.folded);
  b.bigrams ??= bigramProfile(b.folded);
  return byTerms + 0.3 * bigramDice(a.bigrams, b.bigrams);
}
