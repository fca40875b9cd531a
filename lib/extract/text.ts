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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Number of words in a text. Scripts written without spaces (Chinese, Japanese) count one word
 * per two characters, a common rough equivalence, so their articles are not judged "too short".
 */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return text.match(WORD)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return rest + Math.ceil(cjk / 2);
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
