/**
 * Framing: the words that characterize one report's telling against the others, by the
 * log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008). Names
 * are left to the entity matrix; these are the ordinary words a report chose.
 */
import { isUpper } from '../text/normalize';
import { termOf } from '../text/tokens';
import type { Story } from './story';
import type { FramingTerm } from './types';
import { idRecord } from '../by-id.ts';

const PER_OUTLET = 8;
const MIN_Z = 1.28;
const MIN_COUNT = 2;
/** Total weight of the prior, in words (at most half the story's words). */
const PRIOR_MASS = 100;

export function framingTerms(story: Story): Record<string, FramingTerm[]> {
  const counts = story.docs.map(() => new Map<string, number>());
  /** The first way each report writes each term. */
  const surfaces = story.docs.map(() => new Map<string, string>());
  const all = new Map<string, number>();
  story.docs.forEach((doc, i) => {
    const own = counts[i] as Map<string, number>;
    for (const s of doc.sentences) {
      for (const w of s.words) {
        const c = w.text.charCodeAt(0);
        if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || isUpper(w.text[0])) continue;
        const t = termOf(w.text);
        if (!t || /^\d/.test(t)) continue;
        own.set(t, (own.get(t) ?? 0) + 1);
        all.set(t, (all.get(t) ?? 0) + 1);
        if (!surfaces[i]?.has(t)) surfaces[i]?.set(t, w.text.toLowerCase().replace(/['’]s$/u, ''));
      }
    }
  });
  const total = [...all.values()].reduce((a, b) => a + b, 0);
  const out = idRecord<FramingTerm[]>();
  story.docs.forEach((doc, i) => {
    const own = counts[i] ?? new Map<string, number>();
    const n1 = [...own.values()].reduce((a, b) => a + b, 0);
    const n2 = total - n1;
    const terms: FramingTerm[] = [];
    for (const [t, y1] of own) {
      if (y1 < MIN_COUNT || story.docs.length < 2) continue;
      const y2 = (all.get(t) ?? 0) - y1;
      const a0 = Math.min(PRIOR_MASS, total / 2);
      const alpha = (a0 * (all.get(t) ?? 0)) / Math.max(1, total);
      const delta =
        Math.log((y1 + alpha) / (n1 + a0 - y1 - alpha)) - Math.log((y2 + alpha) / (n2 + a0 - y2 - alpha));
      const z = delta / Math.sqrt(1 / (y1 + alpha) + 1 / (y2 + alpha));
      if (z < MIN_Z) continue;
      terms.push({ term: surfaces[i]?.get(t) ?? t, count: y1, z: Math.round(z * 100) / 100 });
    }
    terms.sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : 1));
    out[doc.input.id] = terms.slice(0, PER_OUTLET);
  });
  return out;
}
