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

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const kinds = new Map<number, number>();

/** 1 = letter, 2 = combining mark, 3 = digit, 0 = anything else. */
function kindOf(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
    return code >= 48 && code <= 57 ? 3 : 0;
  }
  let kind = kinds.get(code);
  if (kind === undefined) {
    const ch = String.fromCharCode(code);
    kind = LETTER.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
    kinds.set(code, kind);
  }
  return kind;
}

/**
 * The words of `text`: letters with inner apostrophes ("d’affaires"), dotted acronyms
 * ("U.S."), numbers ("1,300", "3.5"). A character scanner: this is the hot path of a comparison.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindOf(text.charCodeAt(i));
    let j = i + 1;
    if (kind === 1) {
      let dotted = 0;
      for (let k = i; k + 1 < n && kindOf(text.charCodeAt(k)) === 1 && text.charCodeAt(k + 1) === 46; k += 2)
        dotted++;
      if (dotted >= 2) j = i + 2 * dotted;
      else {
        while (j < n) {
          const k = kindOf(text.charCodeAt(j));
          const c = text.charCodeAt(j);
          if (k === 1 || k === 2) j++;
          else if ((c === 39 || c === 0x2019) && kindOf(text.charCodeAt(j + 1)) === 1) j += 2;
          else break;
        }
      }
    } else if (kind === 3) {
      for (;;) {
        while (j < n && kindOf(text.charCodeAt(j)) === 3) j++;
        const c = text.charCodeAt(j);
        if ((c === 46 || c === 44) && kindOf(text.charCodeAt(j + 1)) === 3) j += 2;
        else break;
      }
    } else {
      i++;
      continue;
    }
    out.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
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
  return termsOfWords(words(text));
}

/** The content terms of words already found, in order (repeats kept). */
export function termsOfWords(ws: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.text === 'United' && ws[i + 1]?.text === 'States') {
      out.push('usa');
      i++;
      continue;
    }
    const t = termOf(w.text);
    if (t !== null) out.push(t);
  }
  return out;
}
