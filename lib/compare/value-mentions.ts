/**
 * Counts and days stated by each report, with the words around them: what is needed to tell
 * whether two reports speak of the same thing when they state a value, and whether two
 * values can both be right ("more than $1 million" and "$1.1 million" can).
 */
import { termOf } from '../text/tokens';
import { findDays } from './days';
import { findQuantities } from './quantities';
import type { Story } from './story';

export interface ValueMention {
  doc: number;
  uid: number;
  kind: 'count' | 'day';
  /** What is measured: the counted noun's term, "$", or "day". */
  key: string;
  /** Counts: the range the wording allows. */
  low: number;
  high: number;
  /** Days: the date and weekday, when stated or known. */
  date: string | null;
  weekday: string | null;
  display: string;
  /** The counted noun as written (counts only). */
  noun: string | null;
  /** Content terms within a few words of the value, the value itself excluded. */
  context: Set<string>;
}

/** Words on each side of a value that describe what it is about. */
const WINDOW = 8;

/** The range a qualified figure allows: "more than 1,000" is 1,000 to 1,250. */
function rangeOf(value: number, qualifier: string | null): [number, number] {
  switch (qualifier) {
    case 'more than':
    case 'over':
    case 'at least':
      return [value, value * 1.25];
    case 'nearly':
    case 'almost':
    case 'fewer than':
    case 'less than':
      return [value * 0.9, value];
    case null:
    case 'up to':
    case 'as many as':
      return [value, value];
    default:
      return [value * 0.9, value * 1.1];
  }
}

/** Can two stated values both be right? */
export function compatible(a: ValueMention, b: ValueMention): boolean {
  if (a.kind === 'count') return a.low <= b.high && b.low <= a.high;
  if (a.date && b.date) return a.date === b.date;
  return !a.weekday || !b.weekday || a.weekday === b.weekday;
}

export function collectValues(story: Story): ValueMention[] {
  const out: ValueMention[] = [];
  for (const doc of story.docs) {
    for (const s of doc.sentences) {
      const ws = s.words;
      const around = (at: number, skip: string) => {
        const set = new Set<string>();
        for (let k = Math.max(0, at - WINDOW); k <= Math.min(ws.length - 1, at + WINDOW); k++) {
          const t = termOf(ws[k]?.text ?? '');
          if (t && t !== skip && !/^\d/.test(t)) set.add(t);
        }
        return set;
      };
      const base = { doc: doc.index, uid: s.uid };
      for (const q of findQuantities(s.text, ws)) {
        if (q.incremental) continue;
        const [low, high] = rangeOf(q.value, q.qualifier);
        const count = { kind: 'count' as const, key: q.unit, low, high, date: null, weekday: null };
        out.push({ ...base, ...count, display: q.display, noun: q.noun, context: around(q.at, q.unit) });
      }
      for (const d of findDays(s.text, doc.input.published, ws)) {
        const day = { kind: 'day' as const, key: 'day', low: 0, high: 0, date: d.date, weekday: d.weekday };
        out.push({ ...base, ...day, display: d.display, noun: null, context: around(d.at, '') });
      }
    }
  }
  return out;
}
