/**
 * Words of a text and their comparison terms: content words only, folded, with synonyms and
 * demonyms brought together ("Ukrainian" -> "ukrain"), stemmed, numbers in digits.
 */
import { collapseDoubles, foldWord } from './normalize';
import { numberValue } from './numbers';
import { DEMONYMS, PLACES } from './places';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { synonym } from './synonyms';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*/gu;

/** The words of `text` (letters, dotted acronyms like "U.S.", numbers like "1,300"). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The key of a place name in terms: its last word ("North Korea" -> "korea"), or an acronym. */
function placeTerm(place: string): string {
  if (place === 'United States') return 'usa';
  if (place === 'United Kingdom') return 'uk';
  return stem(foldWord(place.split(' ').pop() ?? place));
}

const cache = new Map<string, string | null>();

/** The comparison term of one word, or null for a function word. */
export function termOf(word: string): string | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = computeTerm(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, result);
  return result;
}

function computeTerm(word: string): string | null {
  if (word.includes('.') && /\p{L}/u.test(word)) {
    const place = PLACES.get(word.toLowerCase());
    return place ? placeTerm(place) : word.replace(/\./g, '').toLowerCase();
  }
  const n = numberValue(word);
  if (n !== null) return String(n);
  if (word === 'US') return 'usa';
  // A doubled final letter is trimmed first ("Zelenskyy" -> "Zelensky"; "ss" stays).
  const folded = foldWord(word);
  if (folded.length < 2 || STOPWORDS.has(folded)) return null;
  const lower = folded.replace(/([^s])\1$/u, '$1');
  const demonym = DEMONYMS.get(lower);
  if (demonym) return placeTerm(demonym);
  return collapseDoubles(stem(synonym(lower)));
}

/** The content terms of `text`, in order (repeats kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text.replace(/\bUnited States\b/g, 'USA'))) {
    const t = termOf(w.text);
    if (t !== null) out.push(t);
  }
  return out;
}
