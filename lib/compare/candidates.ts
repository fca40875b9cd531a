/**
 * Candidate pairs of sentences from different reports, through the inverted index: only
 * sentences that share weighted terms are ever compared, and each sentence keeps its best few,
 * so the work grows with the story's length, not with the square of its sentences.
 */
import type { Story } from './story';
import { cosineOf } from './similarity';

/** Terms in more sentences than this are too common to find candidates with. */
const MAX_POSTINGS = 64;
/** Candidates kept per sentence. */
const PER_SENTENCE = 10;
/** The least term-overlap cosine worth a fine comparison. */
const MIN_COSINE = 0.12;

export interface Candidate {
  a: number;
  b: number;
  dot: number;
  cosine: number;
}

/** Unordered pairs (a < b) worth a fine comparison, with their shared-term weight. */
export function candidatePairs(story: Story): Candidate[] {
  const n = story.sentences.length;
  const docOf = Int32Array.from(story.sentences, (s) => s.doc);
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const picked = new Map<number, Candidate>();
  for (const s of story.sentences) {
    for (const t of s.terms) {
      const list = story.postings.get(t);
      if (!list || list.length > MAX_POSTINGS) continue;
      const w = (story.idf.get(t) ?? 0) ** 2;
      for (const uid of list) {
        if (docOf[uid] === s.doc) continue;
        if (acc[uid] === 0) touched.push(uid);
        acc[uid] = (acc[uid] ?? 0) + w;
      }
    }
    const ranked: Candidate[] = [];
    for (const uid of touched) {
      const partial = acc[uid] ?? 0;
      acc[uid] = 0;
      const other = story.sentences[uid];
      if (!other) continue;
      const cosine = cosineOf(partial, s, other);
      if (cosine >= MIN_COSINE) {
        ranked.push({ a: Math.min(s.uid, uid), b: Math.max(s.uid, uid), dot: partial, cosine });
      }
    }
    touched.length = 0;
    ranked.sort((x, y) => y.cosine - x.cosine || x.a - y.a || x.b - y.b);
    for (const c of ranked.slice(0, PER_SENTENCE)) picked.set(c.a * n + c.b, c);
  }
  return [...picked.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
