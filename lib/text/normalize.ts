/** Character-level normalization shared by every text routine. */

/** Straight quotes and apostrophes, no diacritics, single spaces; the length may change. */
export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = /^[\x00-\x7F\u2018\u2019\u201C\u201D\u2013\u2014]*$/.test(text);
  return (plain ? text : text.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word reduced for comparison: lowercase, no diacritics, no possessive, no apostrophes. */
export function foldWord(word: string): string {
  // eslint-disable-next-line no-control-regex
  return (/^[\x00-\x7F]*$/.test(word) ? word : word.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/['\u2019]s$/u, '')
    .replace(/['\u2019]/gu, '');
}

/** Doubled letters collapsed, so spelling variants meet ("Zelenskyy", "Zelensky"). */
export function collapseDoubles(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** Is this character a letter in upper case (any script)? */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Is this character a letter in lower case (any script)? */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
