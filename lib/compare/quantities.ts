/**
 * Counts and amounts stated in a sentence: "up to 12,000 troops", "11,000 soldiers", "$3.5
 * million", "two Chinese citizens". Each with its unit (the counted noun, as a term, so that
 * soldiers and troops meet), its qualifier, and whether it is an increment ("3,000 more
 * troops"), which is a different quantity from a total.
 */
import { numberValue, SCALES } from '../text/numbers';
import { STOPWORDS } from '../text/stopwords';
import { termOf, words, type Word } from '../text/tokens';

export interface Quantity {
  value: number;
  /** As it reads: "up to 12,000 troops". */
  display: string;
  /** Term of the counted noun ("trop"), or "$" / "percent". */
  unit: string;
  /** The counted noun as written. */
  noun: string;
  /** The counted noun with its modifiers, as written ("North Korean troops"). */
  phrase: string;
  /** Sums of money: what the sum is of or for ("airtime" in "$500,000 of airtime"), or null. */
  what: string | null;
  incremental: boolean;
  /** "up to", "about", "more than"..., or null. */
  qualifier: string | null;
  /** Index of the number among the sentence's words. */
  at: number;
}

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const QUALIFIERS = [
  'up to',
  'as many as',
  'more than',
  'fewer than',
  'less than',
  'at least',
  'an estimated',
  'about',
  'approximately',
  'around',
  'roughly',
  'nearly',
  'almost',
  'over',
  'some',
  'estimated',
];
const QUALIFIER_AT_END = new Map(QUALIFIERS.map((q) => [q, new RegExp(`\\b${q}\\s+\\$?$`)]));
const INCREMENT = new Set(['additional', 'more', 'extra', 'further', 'another', 'new', 'fresh']);
/** Durations, ages, ranks and repeats are not counts worth comparing. */
const NOT_COUNTS = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'times',
  'time',
  'decade',
  'decades',
  'point',
  'points',
  'of',
  'or',
  'and',
  'to',
]);

export function findQuantities(text: string, ws: Word[] = words(text)): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    let value = numberValue(w.text);
    if (value === null || value === 0) continue;
    // Hyphenated ("two-thirds", "5-year"), times ("5:30"), years, dates: not counts.
    const [before1, after1, after2] = [text[w.start - 1] ?? '', text[w.end] ?? '', text[w.end + 1] ?? ''];
    if (/[-–]/.test(before1) || /[-–]/.test(after1) || (/[:.]/.test(after1) && /\d/.test(after2))) continue;
    if (/^\d{4}$/.test(w.text) && value >= 1800 && value <= 2100) continue;
    if (MONTHS.test(ws[i - 1]?.text ?? '') || MONTHS.test(ws[i + 1]?.text ?? '')) continue;
    let j = i;
    const scale = SCALES[(ws[j + 1]?.text ?? '').toLowerCase()];
    if (scale !== undefined && value < 1000) {
      value *= scale;
      j++;
    }
    const money = /\$\s*$/.test(text.slice(Math.max(0, w.start - 2), w.start));
    const percent = text[(ws[j] as Word).end] === '%';
    const head = money || percent ? null : countedNoun(ws, j, text);
    if (!money && !percent && !head) continue;
    const noun = head ? head.word.text : percent ? 'percent' : 'dollars';
    const what = money ? moneyObject(ws, j, text) : null;
    const before = text.slice(Math.max(0, w.start - 20), w.start).toLowerCase();
    const qualifier = QUALIFIERS.find((q) => QUALIFIER_AT_END.get(q)?.test(before)) ?? null;
    const prevWord = (ws[i - 1]?.text ?? '').toLowerCase();
    const incremental =
      INCREMENT.has(prevWord) || (head?.modifiers.some((m) => INCREMENT.has(m.toLowerCase())) ?? false);
    const from = qualifier
      ? w.start - (before.length - before.lastIndexOf(qualifier))
      : w.start - (money ? 1 : 0);
    const to = head ? head.word.end : (ws[j] as Word).end + (percent ? 1 : 0);
    out.push({
      value,
      display: text.slice(Math.max(0, from), to),
      unit: money ? '$' : (termOf(noun) ?? noun.toLowerCase()),
      noun,
      phrase: head ? [...head.modifiers, head.word.text].join(' ') : noun,
      what,
      incremental,
      qualifier,
      at: i,
    });
    i = j;
  }
  return out;
}

/** The noun counted by the number at ws[j]: the last of up to three words before a stop. */
function countedNoun(ws: Word[], j: number, text: string): { word: Word; modifiers: string[] } | null {
  const run: Word[] = [];
  for (let k = j + 1; k < ws.length && run.length < 3; k++) {
    const w = ws[k] as Word;
    if (!/^ +$/.test(text.slice((ws[k - 1] as Word).end, w.start))) break;
    const lower = w.text.toLowerCase();
    if (STOPWORDS.has(lower) && !INCREMENT.has(lower)) break;
    if (numberValue(w.text) !== null) return null;
    // A participle ends the noun phrase: "1.5 million women seeking back pay".
    if (run.length > 0 && /^\p{Ll}.{2,}(?:ing|ed)$/u.test(w.text)) break;
    run.push(w);
  }
  const word = run[run.length - 1];
  if (!word || NOT_COUNTS.has(word.text.toLowerCase()) || INCREMENT.has(word.text.toLowerCase())) return null;
  return { word, modifiers: run.slice(0, -1).map((w) => w.text) };
}

/** What a sum of money is of or for: "$500,000 of airtime", "a $5 million TV blitz". */
function moneyObject(ws: Word[], j: number, text: string): string | null {
  const next = ws[j + 1];
  if (next?.text.toLowerCase() === 'of' && /^\p{Ll}/u.test(ws[j + 2]?.text ?? '')) {
    const w = ws[j + 2] as Word;
    return STOPWORDS.has(w.text.toLowerCase()) ? null : w.text;
  }
  const head = countedNoun(ws, j, text);
  return head && /^\p{Ll}/u.test(head.word.text) ? head.word.text : null;
}
