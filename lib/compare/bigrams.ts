/**
 * Character bigram similarity (Sørensen–Dice over bigram multisets, whitespace ignored): the
 * measure of string-similarity's compareTwoStrings, with each sentence's bigrams counted once,
 * as a sorted array, instead of in a new map at every comparison.
 * tests/unit/compare-bigrams.test.ts checks that both agree.
 */
export interface BigramProfile {
  /** Bigrams (two UTF-16 units packed in a number), sorted, repeats kept. */
  keys: Float64Array;
  stripped: string;
}

export function bigramProfile(text: string): BigramProfile {
  const stripped = text.replace(/\s+/g, '');
  const keys = new Float64Array(Math.max(0, stripped.length - 1));
  for (let i = 0; i < keys.length; i++) keys[i] = stripped.charCodeAt(i) * 65536 + stripped.charCodeAt(i + 1);
  keys.sort();
  return { keys, stripped };
}

export function bigramDice(a: BigramProfile, b: BigramProfile): number {
  if (a.stripped === b.stripped) return 1;
  if (a.stripped.length < 2 || b.stripped.length < 2) return 0;
  const x = a.keys;
  const y = b.keys;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}
