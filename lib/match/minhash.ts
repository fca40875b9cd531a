/**
 * A MinHash fingerprint of word 3-gram shingles (one-permutation hashing: each shingle's hash
 * falls in one of MINHASH_SIZE bins, each bin keeps its minimum). The share of agreeing bins
 * estimates how much of two texts is the same text. Used only to recognize the page being
 * read in the corpus (a copy of the same article), not to match stories.
 */

export const MINHASH_SIZE = 32;
const EMPTY = 0xffffffff;

function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The fingerprint of a text given as the hashes of its lowercase words. */
export function minhash(hashes: readonly number[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  const last = Math.max(1, hashes.length - 2);
  for (let i = 0; i < last && hashes.length > 0; i++) {
    const h = mix(
      Math.imul(hashes[i] ?? 0, 0x9e3779b1) ^
        Math.imul(hashes[i + 1] ?? 0, 0x85ebca6b) ^
        (hashes[i + 2] ?? 0),
    );
    const bin = h % MINHASH_SIZE;
    const v = Math.floor(h / MINHASH_SIZE);
    if (v < (sig[bin] ?? EMPTY)) sig[bin] = v;
  }
  return sig;
}

/** Estimated Jaccard overlap of the shingle sets of two texts, in [0, 1]. */
export function resemblance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  let bins = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    bins++;
    if (a[i] === b[i]) same++;
  }
  return bins === 0 ? 0 : same / bins;
}
