/**
 * Compact binary pieces of the serialized index: unsigned varints and base64, written here so
 * that the same code runs in the service worker and in Node (no Buffer, no atob).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < 4; j++) out += j < chars ? ALPHABET[(n >> (18 - 6 * j)) & 63] : '=';
  }
  return out;
}

/**
 * Decodes base64; with `scratch` large enough, decodes into it and returns a view of it (valid
 * until the next call with the same scratch).
 */
export function fromBase64(text: string, scratch?: Uint8Array): Uint8Array {
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61) len--;
  const size = Math.floor((len * 6) / 8);
  const out = scratch && scratch.length >= size ? scratch.subarray(0, size) : new Uint8Array(size);
  let bits = 0;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < len; i++) {
    const v = LOOKUP[text.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('invalid base64 in serialized index');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function writeVarint(out: number[], value: number): void {
  let v = value >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/** Reads a varint at `pos.i`, advancing it. */
export function readVarint(bytes: Uint8Array, pos: { i: number }): number {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos.i++];
    if (b === undefined) throw new Error('truncated serialized index');
    v += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return v;
    shift += 7;
  }
}
