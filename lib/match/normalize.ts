/**
 * Word normalization shared by every part of the matcher: fold case and diacritics, drop
 * possessives, collapse doubled letters (so transliterations such as "Zelensky" and
 * "Zelenskyy" meet) and strip the commonest English suffixes with a light stemmer.
 */

const MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;
/** Letters that have no decomposition but read as Latin letters: "ł" -> "l", "ß" -> "ss". */
const UNMARKED: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
};

/** Lowercase, without diacritics, without apostrophes or a possessive ending. */
export function fold(word: string): string {
  const base = ASCII.test(word)
    ? word
    : word
        .normalize('NFKD')
        .replace(MARKS, '')
        .replace(/[ıłŁøØđĐßæÆ]/g, (c) => UNMARKED[c] ?? c);
  return base
    .toLowerCase()
    .replace(/['’](s)?$/u, '')
    .replace(/['’]/gu, '');
}

/** Collapse runs of one repeated letter: "zelenskyy" -> "zelensky", "steele" -> "stele". */
export function collapse(word: string): string {
  let out = '';
  let prev = '';
  for (const c of word) {
    if (c !== prev || !/\p{L}/u.test(c)) out += c;
    prev = c;
  }
  return out;
}

/**
 * A light English stemmer (plural, -ing, -ed, -ly) that is good enough to make "captured",
 * "capture" and "captures" one term. Short words are left alone.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) {
    /* not a plural */
  } else if (/(?:sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Memoized keys: news text repeats its words, and normalization dominates analysis time. */
function memo(fn: (word: string) => string): (word: string) => string {
  let cache = new Map<string, string>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= 20_000) cache = new Map();
      v = fn(word);
      cache.set(word, v);
    }
    return v;
  };
}

/** The index key of a plain word: folded, stemmed, doubled letters collapsed. */
export const termKey = memo((word) => collapse(stem(fold(word))));

/** The index key of a name: folded, doubled letters collapsed, never stemmed ("Beijing"). */
export const nameKey = memo((word) => collapse(fold(word)));
