/**
 * The same article given twice: texts compared without case, Unicode form or spacing (the one
 * definition: `parseCorpusText` in validate.ts and the reader's store both use it), and a short hash of that form, which the
 * store indexes so that a duplicate is found without reading every stored text.
 */

/** Whitespace-, case- and Unicode-form-insensitive form of an article text. */
export function textKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** 53-bit string hash (cyrb53): fast, deterministic, well spread. */
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Hash of an article text's key: two independent 53-bit hashes (106 bits), so that two
 * different texts of a reader's corpus sharing a hash is not a practical concern.
 */
export function textHash(text: string): string {
  return hash106(textKey(text));
}

/** Two independent 53-bit hashes of `s`, as 22 base-36 digits. */
export function hash106(s: string): string {
  const part = (seed: number) => cyrb53(s, seed).toString(36).padStart(11, '0');
  return `${part(1)}${part(2)}`;
}
