/** Small text helpers shared by the extraction files. */

const SPACE = /[\s\u00a0\u200b\u2028\u2029]+/g;

/** Collapses every run of whitespace (including no-break and zero-width spaces) to one space. */
export function normalizeSpace(s: string): string {
  return s.replace(SPACE, ' ').trim();
}

/** Trimmed, whitespace-collapsed string, or null when empty or not a string. */
export function cleanString(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = normalizeSpace(v);
  return s === '' ? null : s;
}

/** Chinese, Japanese and Korean characters (the main blocks), written without spaces. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Whitespace and the punctuation that separates words on its own (dashes, slashes). */
function isSeparator(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x2f ||
    c === 0x7c ||
    c === 0x2014 ||
    c === 0x2013 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000
  );
}

/**
 * Number of words in a text: runs of characters between spaces that hold a letter or digit.
 * Scripts written without spaces (Chinese, Japanese) count one word per two characters, a
 * common rough equivalence, so their articles are not judged "too short". A plain character
 * loop: it runs on every paragraph of every page.
 */
export function countWords(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  let wordHasAlnum = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      cjk++;
      if (inWord && wordHasAlnum) words++;
      inWord = false;
      wordHasAlnum = false;
    } else if (isSeparator(c)) {
      if (inWord && wordHasAlnum) words++;
      inWord = false;
      wordHasAlnum = false;
    } else {
      inWord = true;
      if (!wordHasAlnum && isAlnum(c)) wordHasAlnum = true;
    }
  }
  if (inWord && wordHasAlnum) words++;
  return words + Math.ceil(cjk / 2);
}

function isAlnum(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // Beyond ASCII, letters of every script (rare symbols are counted too: a rounding error).
  return !(c >= 0x2010 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f);
}

/** True when the text holds at least one letter or digit. */
export function hasWordChar(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Decodes the HTML entities left in metadata values that sites escape twice
 * (`content="Tom &amp;amp; Jerry"`). Unknown or invalid entities are kept as written.
 */
export function unescapeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, dec, hex, name) => {
    if (name !== undefined) return NAMED[String(name).toLowerCase()] ?? whole;
    const code = dec !== undefined ? parseInt(String(dec), 10) : parseInt(String(hex), 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}
