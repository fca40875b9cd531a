/**
 * Counts and days stated by each report, with the words around them: what is needed to tell
 * whether two reports speak of the same thing when they state a value.
 */
import { termOf } from '../text/tokens';
import { findDays } from './days';
import { findQuantities } from './quantities';
import type { Story } from './story';

export interface ValueMention {
  doc: number;
  uid: number;
  kind: 'count' | 'day';
  /** What is measured: the counted noun's term, or "day". */
  key: string;
  /** Equal values compare equal here ("12000", "Tuesday"). */
  value: string;
  display: string;
  /** The counted noun as written (counts only). */
  noun: string | null;
  /** Content terms within a few words of the value, the value itself excluded. */
  context: Set<string>;
}

/** Words on each side of a value that describe what it is about. */
const WINDOW = 8;

export function collectValues(story: Story): ValueMention[] {
  const out: ValueMention[] = [];
  for (const doc of story.docs) {
    const year = /^(\d{4})/.exec(doc.input.published ?? '')?.[1];
    for (const s of doc.sentences) {
      const ws = s.words;
      const around = (at: number, skip: Set<string>) => {
        const set = new Set<string>();
        for (let k = Math.max(0, at - WINDOW); k <= Math.min(ws.length - 1, at + WINDOW); k++) {
          const t = termOf(ws[k]?.text ?? '');
          if (t && !skip.has(t) && !/^\d/.test(t)) set.add(t);
        }
        return set;
      };
      for (const q of findQuantities(s.text, ws)) {
        if (q.incremental) continue;
        const base = {
          doc: doc.index,
          uid: s.uid,
          kind: 'count' as const,
          key: q.unit,
          value: String(q.value),
        };
        out.push({ ...base, display: q.display, noun: q.noun, context: around(q.at, new Set([q.unit])) });
      }
      for (const d of findDays(s.text, year ? Number(year) : null, ws)) {
        const base = { doc: doc.index, uid: s.uid, kind: 'day' as const, key: 'day', value: d.day };
        out.push({ ...base, display: d.display, noun: null, context: around(d.at, new Set()) });
      }
    }
  }
  return out;
}
