/**
 * Word helpers of the entity scanner: which words are capitalized names, their lowercase
 * form, and a title set off by commas next to a name.
 */
import { isUpper } from '../text/normalize';
import type { Word } from '../text/tokens';
import { PERSON_TITLES } from './entity-cues';

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

export const clean = (w: string) => w.replace(/['’]s$/u, '').replace(/['’]$/u, '');

/** Capitalized, and not a month or weekday. */
export function isCap(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return isUpper(w.text[0]) && !CALENDAR.has(lower(w));
}

const lowered = new Map<string, string>();
/** A word lowercase, without possessive or final period (memoized: words repeat). */
export function lower(w: Word | undefined): string {
  if (!w) return '';
  let out = lowered.get(w.text);
  if (out === undefined) {
    out = clean(w.text).toLowerCase().replace(/\.$/, '');
    if (lowered.size > 20_000) lowered.clear();
    lowered.set(w.text, out);
  }
  return out;
}

/** A title set off by commas: "The foreign minister, Andrii Sybiha," or "Sybiha, the foreign minister,". */
export function appositiveTitle(ws: Word[], first: number, last: number, text: string): string[] {
  const before = ws[first - 1];
  if (
    before &&
    PERSON_TITLES.has(lower(before)) &&
    /^\s*,\s*$/.test(text.slice(before.end, ws[first]?.start))
  ) {
    const out = [before.text];
    for (let k = first - 2; k >= 0 && PERSON_TITLES.has(lower(ws[k])); k--) out.unshift((ws[k] as Word).text);
    return out;
  }
  const after = ws[last + 1];
  if (!after || !/^\s*,\s*$/.test(text.slice(ws[last]?.end, after.start))) return [];
  let k = last + 1;
  if (['the', 'a', 'an'].includes(lower(ws[k]))) k++;
  const out: string[] = [];
  while (k < ws.length && out.length < 3 && PERSON_TITLES.has(lower(ws[k]))) out.push((ws[k++] as Word).text);
  return out;
}
