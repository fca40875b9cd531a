/**
 * The index as plain JSON: what the build writes for the bundled corpus and what the service
 * worker stores for user-added articles, so that it loads without re-reading any text. Each
 * article keeps its display fields, its signature (delta-coded term ids and packed counts, as
 * base64 varints) and its fingerprint; document frequencies and the inverted index are rebuilt
 * on load.
 */
import type { ArticleOrigin } from '../types';
import { fromBase64, readVarint, toBase64, writeVarint } from './codec';
import { dayOf } from './dates';
import type { IndexedDoc } from './doc';
import { createIndex, insertDocs, termIdOf, type IndexStore, type MatchIndex } from './index-build';
import { LEAD_ANCHORS, MINHASH_SIZE } from './minhash';

export const INDEX_FORMAT = 'parallax-match-index';
export const INDEX_VERSION = 1;

export interface SerializedDoc {
  id: string;
  /** Headline, and 1 when it was derived from the lead. */
  t: string;
  td?: 1;
  o: string | null;
  d: string | null;
  u?: string;
  g?: ArticleOrigin;
  l?: string;
  /** 1 when the language is not matched. */
  x?: 1;
  /** Signature: varint pairs (term id delta, packed byte), base64. */
  s: string;
  /** Fingerprint: MINHASH_SIZE little-endian uint32, base64. */
  f: string;
  /** Lead anchors: little-endian uint32, base64 (absent in indexes serialized before them). */
  a?: string;
  /** Words of the text (absent in indexes serialized before they were kept: unknown). */
  n?: number;
}

export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  terms: string[];
  docs: SerializedDoc[];
}

function uint32Bytes(values: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  values.forEach((h, i) => {
    for (let k = 0; k < 4; k++) bytes[i * 4 + k] = (h >>> (8 * k)) & 0xff;
  });
  return bytes;
}

function bytesUint32(bytes: Uint8Array, max: number): Uint32Array {
  const out = new Uint32Array(Math.min(max, bytes.length >> 2));
  for (let i = 0; i < out.length; i++) {
    const b = i * 4;
    out[i] =
      ((bytes[b] ?? 0) |
        ((bytes[b + 1] ?? 0) << 8) |
        ((bytes[b + 2] ?? 0) << 16) |
        ((bytes[b + 3] ?? 0) << 24)) >>>
      0;
  }
  return out;
}

function encodeDoc(doc: IndexedDoc, remap: (id: number) => number): SerializedDoc {
  const pairs = Array.from(doc.terms, (t, i) => [remap(t), doc.packed[i] ?? 0] as const).sort(
    (a, b) => a[0] - b[0],
  );
  const sig: number[] = [];
  let prev = 0;
  for (const [t, p] of pairs) {
    writeVarint(sig, t - prev);
    sig.push(p);
    prev = t;
  }
  return {
    id: doc.id,
    t: doc.title,
    ...(doc.titleDerived ? { td: 1 as const } : {}),
    o: doc.outlet,
    d: doc.date,
    ...(doc.url ? { u: doc.url } : {}),
    ...(doc.origin ? { g: doc.origin } : {}),
    ...(doc.lang ? { l: doc.lang } : {}),
    ...(doc.supported ? {} : { x: 1 as const }),
    s: toBase64(Uint8Array.from(sig)),
    f: toBase64(uint32Bytes(doc.fingerprint)),
    ...(doc.lead.length > 0 ? { a: toBase64(uint32Bytes(doc.lead)) } : {}),
    ...(doc.words === null ? {} : { n: doc.words }),
  };
}

export function serializeIndex(index: MatchIndex): SerializedIndex {
  const store = index.store;
  const live = store.docs.filter((d): d is IndexedDoc => d !== null);
  const used = [...new Set(live.flatMap((d) => Array.from(d.terms)))].sort((a, b) => a - b);
  const newId = new Map(used.map((t, i) => [t, i]));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    terms: used.map((t) => store.keys[t] ?? ''),
    docs: live.map((d) => encodeDoc(d, (t) => newId.get(t) ?? 0)),
  };
}

const scratch = { bytes: new Uint8Array(4096), terms: new Uint32Array(2048), packed: new Uint8Array(2048) };

function decodeDoc(s: SerializedDoc, termIds: readonly number[]): IndexedDoc {
  const bytes = fromBase64(s.s, scratch.bytes);
  const { terms, packed } =
    bytes.length >> 1 <= scratch.terms.length
      ? scratch
      : {
          terms: new Uint32Array(bytes.length >> 1),
          packed: new Uint8Array(bytes.length >> 1),
        };
  const pos = { i: 0 };
  let t = 0;
  let n = 0;
  while (pos.i < bytes.length) {
    t += readVarint(bytes, pos);
    terms[n] = termIds[t] ?? 0;
    packed[n++] = bytes[pos.i++] ?? 0;
  }
  const fingerprint = bytesUint32(fromBase64(s.f, scratch.bytes), MINHASH_SIZE);
  const lead =
    typeof s.a === 'string' ? bytesUint32(fromBase64(s.a, scratch.bytes), LEAD_ANCHORS) : new Uint32Array(0);
  return {
    id: s.id,
    title: s.t,
    titleDerived: s.td === 1,
    outlet: s.o,
    date: s.d,
    day: dayOf(s.d),
    url: s.u ?? null,
    origin: s.g ?? null,
    lang: s.l ?? null,
    supported: s.x !== 1,
    terms: terms.slice(0, n),
    packed: packed.slice(0, n),
    fingerprint,
    lead,
    words: typeof s.n === 'number' && Number.isFinite(s.n) && s.n >= 0 ? s.n : null,
  };
}

/** An index from its serialized form; throws on a format it does not know. */
export function loadIndex(data: SerializedIndex): MatchIndex {
  if (data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION) {
    throw new Error(`unsupported match index format: ${String(data.format)} v${String(data.version)}`);
  }
  const index = createIndex();
  const store: IndexStore = index.store;
  const termIds = data.terms.map((key) => termIdOf(store, key));
  insertDocs(
    store,
    data.docs.map((d) => decodeDoc(d, termIds)),
  );
  return index;
}
