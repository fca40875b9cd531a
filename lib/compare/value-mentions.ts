/**
 * Counts, days and places stated by each report, with the words around them: what is needed
 * to tell whether two reports speak of the same thing when they state a value, and whether
 * two values can both be right ("more than $1 million" and "$1.1 million" can).
 */
import { SCALES } from '../text/numbers';
import { termOf, type Word } from '../text/tokens';
import { findDays } from './days';
import { SPEECH_VERBS } from './entity-cues';
import { pushTo } from './collections';
import type { EntityIndex, Mention } from './entities';
import { placeValues } from './place-values';
import { findQuantities } from './quantities';
import type { Story, StorySentence } from './story';

export interface ValueMention {
  doc: number;
  uid: number;
  kind: 'count' | 'day' | 'place';
  /** What is measured: the counted noun's term, "$", "day" or "place". */
  key: string;
  /** Counts: the range the wording allows. */
  low: number;
  high: number;
  /** Days: the date and weekday, when stated or known. */
  date: string | null;
  weekday: string | null;
  /** Places: the place's key, and whether it is a state or region (true) or a town (false). */
  place: string | null;
  broad: boolean;
  display: string;
  /** The counted noun as written (counts only), and with its modifiers. */
  noun: string | null;
  phrase: string | null;
  /** Sums of money: what the sum is of or for, when the text says ("airtime"). */
  what: string | null;
  /** Days and places: the word of the act the value dates or places ("announced", "event"). */
  act: string | null;
  /** Content terms within a few words of the value, the value itself excluded. */
  context: Set<string>;
  /** Keys of the people named within those words: whose value it is. */
  people: Set<string>;
  /** The person named last before the value, in those words: whose value it is said to be. */
  subject: string | null;
  /** Context terms of words written in lowercase: what is said, names left out. */
  plain: Set<string>;
  /** The same, with the previous sentence of the paragraph: what a short sentence is about. */
  wide: Set<string>;
  /** Index of the value's first word in the sentence. */
  at: number;
}

/** Words on each side of a value that describe what it is about. */
const WINDOW = 10;

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
  // A town and a state or region: the text does not say whether one is in the other.
  if (a.kind === 'place') return a.place === b.place || a.broad !== b.broad;
  if (a.date && b.date) return a.date === b.date;
  return !a.weekday || !b.weekday || a.weekday === b.weekday;
}

/** Words next to a day that are part of it, not the act it dates. */
const DAY_PARTS = new Set(
  'on last this next late early earlier later night morning afternoon evening the of by until since from before after, and'.split(
    ' ',
  ),
);

/**
 * The act a day dates: a verb next to it ("on Friday apologized", "announced Tuesday"), else
 * the nearest word before it (else after) that is not part of the day.
 */
function actNear(ws: Word[], at: number, span: number): string | null {
  const ok = (w: Word | undefined) =>
    w !== undefined && /^\p{Ll}{2,}$/u.test(w.text) && !DAY_PARTS.has(w.text) && !w.text.endsWith('day');
  const before: Word[] = [];
  const after: Word[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (ok(ws[k])) before.push(ws[k] as Word);
  for (let k = at + span; k <= Math.min(ws.length - 1, at + span + 2); k++)
    if (ok(ws[k])) after.push(ws[k] as Word);
  const verb = [before[0], after[0]].find((w) => w && /ed$/.test(w.text));
  return (verb ?? before[0] ?? after[0])?.text ?? null;
}

/** Words for making something known: "said", "announced", "shared" (footage)... */
export const STATEMENT: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  'shared',
  'released',
  'published',
  'unveiled',
  'disclosed',
  'revealed',
]);

/** The comparable form of an act word ("announced" and "announces" meet; "said" stays). */
export const actTerm = (w: string): string => termOf(w) ?? w.toLowerCase();

export function collectValues(story: Story, entities: EntityIndex): ValueMention[] {
  const out: ValueMention[] = [];
  const places = placeValues(story, entities);
  // People the story names in two reports or more: a name one report alone gives may be a misreading.
  const docsOf = new Map<string, Set<number>>();
  for (const m of entities.mentions) docsOf.set(m.key, (docsOf.get(m.key) ?? new Set()).add(m.doc));
  const people = new Map<number, Mention[]>();
  for (const m of entities.mentions)
    if (m.kind === 'person' && (docsOf.get(m.key)?.size ?? 0) >= 2) pushTo(people, m.uid, m);
  for (const doc of story.docs) {
    doc.sentences.forEach((s, i) => {
      const ws = s.words;
      const prev =
        i > 0 && doc.sentences[i - 1]?.paragraph === s.paragraph ? doc.sentences[i - 1] : undefined;
      const around = (at: number, span: number, skip: string) => windowTerms(ws, at, span, skip);
      const near = (at: number, span: number) => peopleNear(people.get(s.uid) ?? [], ws, at, span);
      const widen = (set: Set<string>) => withSentence(set, prev);
      const base = { doc: doc.index, uid: s.uid, place: null, broad: false, what: null, act: null };
      for (const q of findQuantities(s.text, ws)) {
        if (q.incremental) continue;
        const [low, high] = rangeOf(q.value, q.qualifier);
        const context = around(q.at, 1, q.unit);
        out.push({
          ...base,
          kind: 'count',
          key: q.unit,
          low,
          high,
          date: null,
          weekday: null,
          display: q.display,
          noun: q.noun,
          phrase: q.phrase,
          what: q.what,
          context,
          people: near(q.at, 1),
          plain: windowTerms(ws, q.at, 1, q.unit, true),
          subject: subjectBefore(people.get(s.uid) ?? [], ws, q.at),
          wide: widen(context),
          at: q.at,
        });
      }
      for (const d of findDays(s.text, doc.input.published, ws)) {
        const span = d.date ? 2 : 1;
        const context = around(d.at, span, '');
        out.push({
          ...base,
          kind: 'day',
          key: 'day',
          low: 0,
          high: 0,
          date: d.date,
          weekday: d.weekday,
          display: d.display,
          noun: null,
          phrase: null,
          act: actNear(ws, d.at, span),
          context,
          people: near(d.at, span),
          plain: windowTerms(ws, d.at, span, '', true),
          subject: subjectBefore(people.get(s.uid) ?? [], ws, d.at),
          wide: widen(context),
          at: d.at,
        });
      }
      for (const p of places.get(s.uid) ?? []) {
        const context = around(p.at, p.span, '');
        out.push({
          ...base,
          kind: 'place',
          key: 'place',
          low: 0,
          high: 0,
          date: null,
          weekday: null,
          place: p.key,
          broad: p.broad,
          display: p.display,
          noun: null,
          phrase: null,
          act: p.role,
          context,
          people: near(p.at, p.span),
          plain: windowTerms(ws, p.at, p.span, '', true),
          subject: subjectBefore(people.get(s.uid) ?? [], ws, p.at),
          wide: widen(context),
          at: p.at,
        });
      }
    });
  }
  return out;
}

/** Content terms of the words around ws[at .. at+span), numbers and scale words excluded. */
function windowTerms(ws: Word[], at: number, span: number, skip: string, plainOnly = false): Set<string> {
  const set = new Set<string>();
  for (let k = Math.max(0, at - WINDOW); k <= Math.min(ws.length - 1, at + span - 1 + WINDOW); k++) {
    if (k >= at && k < at + span) continue;
    const text = ws[k]?.text ?? '';
    if (SCALES[text.toLowerCase()] !== undefined || (plainOnly && !/^\p{Ll}/u.test(text))) continue;
    const t = termOf(text);
    if (t && t !== skip && !/^\d/.test(t)) set.add(t);
  }
  return set;
}

function peopleNear(list: Mention[], ws: Word[], at: number, span: number): Set<string> {
  const from = ws[Math.max(0, at - WINDOW)]?.start ?? 0;
  const to = ws[Math.min(ws.length - 1, at + span - 1 + WINDOW)]?.end ?? 0;
  return new Set(list.filter((m) => m.start < to && m.end > from).map((m) => m.key));
}

function subjectBefore(list: Mention[], ws: Word[], at: number): string | null {
  const from = ws[Math.max(0, at - WINDOW)]?.start ?? 0;
  const to = ws[at]?.start ?? 0;
  const before = list.filter((m) => m.start >= from && m.end <= to);
  return before[before.length - 1]?.key ?? null;
}

function withSentence(set: Set<string>, s: StorySentence | undefined): Set<string> {
  if (!s) return set;
  const out = new Set(set);
  for (const t of s.terms) if (!/^\d/.test(t)) out.add(t);
  return out;
}
