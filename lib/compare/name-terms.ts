/**
 * Which terms of a story are names: words the reports write capitalized where a sentence does
 * not start. Two sentences that share only names ("Scalia asked." and "That did not satisfy
 * Justice Scalia.") are about the same person, not the same statement. Places are not names
 * here: where something happened is part of what is said.
 */
import { placeOf } from '../text/places';
import { termOf, type Word } from '../text/tokens';
import { clean, isCap } from './entity-words';
import type { Story } from './story';

/** A term is a name when at least this share of its mid-sentence uses are capitalized. */
const CAPITALIZED_SHARE = 0.8;
const STARTS_ANEW = /[:“"‘]\s?$/u;

export function nameTerms(story: Story): Set<string> {
  const caps = new Map<string, number>();
  const uses = new Map<string, number>();
  // Per distinct word: its term (null for a function word or a place) and whether it is capitalized.
  const seen = new Map<string, { term: string | null; cap: boolean }>();
  for (const s of story.sentences) {
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i] as Word;
      // After a colon or an opening quotation mark a sentence may start anew.
      if (STARTS_ANEW.test(s.text.slice(Math.max(0, w.start - 2), w.start))) continue;
      let known = seen.get(w.text);
      if (!known) {
        const term = termOf(w.text);
        known = { term: term === null || placeOf(clean(w.text)) !== null ? null : term, cap: isCap(w) };
        seen.set(w.text, known);
      }
      if (known.term === null) continue;
      uses.set(known.term, (uses.get(known.term) ?? 0) + 1);
      if (known.cap) caps.set(known.term, (caps.get(known.term) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [t, n] of uses) if ((caps.get(t) ?? 0) >= CAPITALIZED_SHARE * n) out.add(t);
  return out;
}
