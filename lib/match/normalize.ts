/**
 * Word normalization shared by every part of the matcher: fold case and diacritics, drop
 * possessives, collapse doubled letters (so transliterations such as "Zelensky" and
 * "Zelenskyy" meet) and strip the commonest English suffixes with a light stemmer.
 */

import { demonym, exonym } from './languages/exonyms';

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

const CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries({
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    ґ: 'g',
    д: 'd',
    е: 'e',
    ё: 'yo',
    є: 'ye',
    ж: 'zh',
    з: 'z',
    и: 'i',
    і: 'i',
    ї: 'yi',
    й: 'y',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
  }),
);

/** Cyrillic letters in Latin ones, as newsrooms transliterate them: "Зеленський" -> "zelenskyi". */
export function transliterate(lower: string): string {
  return /[\u0400-\u04ff]/.test(lower) ? lower.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c) : lower;
}

/**
 * What the spellings of one name in several languages have in common: the letters that
 * transliterations write differently made one ("z"/"s", "w"/"v", "y"/"j"/"i", "ts"/"tz"/"z"),
 * so that Zelensky, Zelenskyy, Zelenskiy, Selenskyj and Зеленський meet, as do Volodymyr and
 * Wolodymyr, Donetsk and Donezk.
 */
export function skeleton(key: string): string {
  return collapse(
    key
      .replace(/tsch/g, 'ch')
      .replace(/sch/g, 'sh')
      .replace(/t[sz]/g, 'z')
      .replace(/z/g, 's')
      .replace(/w/g, 'v')
      .replace(/[yj]/g, 'i'),
  );
}

const plainKey = (word: string) => collapse(fold(transliterate(word.toLowerCase())));

/** The key of a word for a country's people or things: the country's ("chinesische" -> China's). */
export const demonymKey = memo((word) => {
  const country = demonym(plainKey(word), plainKey);
  return country === null ? '' : skeleton(country);
});

/**
 * The index key of a name: folded, transliterated, never stemmed ("Beijing"); a place another
 * language names differently under its English name ("Peking" -> "beijing"), a country's
 * people under the country ("Chinese" -> "china"), all by their skeleton.
 */
export const nameKey = memo((word) => {
  const key = plainKey(word);
  return skeleton(exonym(key, plainKey) ?? demonym(key, plainKey) ?? key);
});
