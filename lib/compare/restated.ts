/**
 * Is a sentence's fact stated by another report in other words? A detail is unique only when
 * no other report states it: another report's sentence that carries the detail's figures, does
 * not name other people for it, and carries most of what it says (its words that are not names,
 * the event's verb and object among them; words of one stem family count as the same:
 * "closures" and "closed") states the same fact, however it is worded.
 */
import type { Story, StorySentence } from './story';

/** Of a detail's weighted words (names left out), the share another sentence must carry. */
const RESTATED = 0.45;
/** Stems this long or longer match another that starts with them ("clos", "closur"). */
const MIN_STEM = 4;
/** Terms in more sentences than this are too common to find restatements with. */
const MAX_POSTINGS = 64;

const isFigure = (t: string) => /^\d/.test(t);

function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.startsWith(short);
}

function carries(s: StorySentence, term: string): boolean {
  if (s.termSet.has(term)) return true;
  if (term.length < MIN_STEM || isFigure(term)) return false;
  return s.terms.some((t) => sameFamily(t, term));
}

export function restatedElsewhere(story: Story, names: Set<string>, s: StorySentence): boolean {
  const words = s.terms.filter((t) => !names.has(t));
  const people = s.terms.filter((t) => names.has(t));
  const figures = words.filter(isFigure);
  const weight = (t: string) => (story.idf.get(t) ?? 0) ** 2;
  const total = words.reduce((sum, t) => sum + weight(t), 0);
  if (total === 0) return false;
  const seen = new Set<number>();
  for (const t of words) {
    const list = story.postings.get(t);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const uid of list) {
      const o = story.sentences[uid];
      if (!o || o.doc === s.doc || seen.has(uid)) continue;
      seen.add(uid);
      if (!figures.every((f) => o.termSet.has(f))) continue;
      // Other people named, none of its own: someone else's act.
      const theirs = o.terms.filter((x) => names.has(x));
      if (people.length > 0 && theirs.length > 0 && !people.some((p) => o.termSet.has(p))) continue;
      let carried = 0;
      for (const w of words) if (carries(o, w)) carried += weight(w);
      if (carried >= RESTATED * total) return true;
    }
  }
  return false;
}
