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

/** The hashes of a text's word 3-gram shingles, in text order, given its lowercase words' hashes. */
export function shingleHashes(hashes: readonly number[]): Uint32Array {
  const last = hashes.length === 0 ? 0 : Math.max(1, hashes.length - 2);
  const out = new Uint32Array(last);
  for (let i = 0; i < last; i++) {
    out[i] = mix(
      Math.imul(hashes[i] ?? 0, 0x9e3779b1) ^
        Math.imul(hashes[i + 1] ?? 0, 0x85ebca6b) ^
        (hashes[i + 2] ?? 0),
    );
  }
  return out;
}

/** The fingerprint of a text given as its shingle hashes (see shingleHashes). */
export function minhashOf(shingles: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i] ?? 0;
    const bin = h % MINHASH_SIZE;
    const v = Math.floor(h / MINHASH_SIZE);
    if (v < (sig[bin] ?? EMPTY)) sig[bin] = v;
  }
  return sig;
}

/** The fingerprint of a text given as the hashes of its lowercase words. */
export function minhash(hashes: readonly number[]): Uint32Array {
  return minhashOf(shingleHashes(hashes));
}

/**
 * The lead's anchors: the LEAD_ANCHORS smallest shingle hashes among the text's first
 * LEAD_WORDS words. A fingerprint of the whole text cannot tell that a short page is the first
 * paragraphs of a long article (or that a page holds an article inside its site's boilerplate):
 * the shares it estimates are diluted by what only one side has. Whether a page holds the
 * article's lead, shingle for shingle, it can tell either way.
 */
export const LEAD_WORDS = 40;
export const LEAD_ANCHORS = 6;
/** Anchors a page must hold to hold the lead (extraction may differ by a word or two). */
export const LEAD_ANCHORS_HELD = 4;

export function leadAnchors(shingles: ArrayLike<number>): Uint32Array {
  const lead = Array.from({ length: Math.min(shingles.length, LEAD_WORDS - 2) }, (_, i) => shingles[i] ?? 0);
  return Uint32Array.from([...new Set(lead)].sort((a, b) => a - b).slice(0, LEAD_ANCHORS));
}

/** Does a page (its shingle hashes) hold the text whose lead anchors these are? */
export function holdsLead(page: ReadonlySet<number>, anchors: ArrayLike<number>): boolean {
  if (anchors.length < LEAD_ANCHORS_HELD) return false;
  let held = 0;
  for (let i = 0; i < anchors.length; i++) if (page.has(anchors[i] ?? -1)) held++;
  return held >= Math.min(LEAD_ANCHORS_HELD, anchors.length);
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
