/**
 * The match index of the bundled corpus plus the reader's articles, kept between service
 * worker lives. Building it costs about 0.5 ms per article (5 s at 10,000), loading it about
 * a twentieth of that (`npm run bench -- match`), and an MV3 worker is stopped after half a
 * minute idle. It is a cache: its own database, keyed by a fingerprint of exactly what it was
 * built from, so a stale or unreadable entry is simply rebuilt; it never holds the only copy
 * of anything.
 */
import { loadIndex, type MatchIndex, type SerializedIndex } from '../match/index.ts';
import { request } from './idb.ts';
import type { UserArticle } from './schema.ts';
import { hash106 } from '../corpus/text-key.ts';

const STORE = 'index';
const KEY = 'bundled+user';

interface Entry {
  fingerprint: string;
  index: SerializedIndex;
}

export interface IndexCache {
  /** The index built from what `fingerprint` names, or null. */
  get(fingerprint: string): Promise<SerializedIndex | null>;
  put(fingerprint: string, index: SerializedIndex): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

/**
 * Names the articles an index holds: the bundled corpus's own key and each user article's id,
 * the time it was added (to the millisecond) and its length. User articles are never edited:
 * a change is a removal and an add, which gives a new time (hashing every text instead would
 * cost a tenth of what the cache saves).
 */
export function corpusFingerprint(
  bundledKey: string,
  user: readonly Pick<UserArticle, 'id' | 'addedAt' | 'text'>[],
): string {
  const parts = [bundledKey, String(user.length)];
  for (const a of user) parts.push(a.id, a.addedAt ?? '', String(a.text.length));
  return hash106(parts.join('\u0000'));
}

export async function openIndexCache(idb: IDBFactory, name = 'parallax-index-cache'): Promise<IndexCache> {
  const open = idb.open(name, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
  };
  const db = await request(open);
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    async get(fingerprint) {
      const entry = (await request(store('readonly').get(KEY))) as Entry | undefined;
      return entry?.fingerprint === fingerprint ? entry.index : null;
    },
    async put(fingerprint, index) {
      await request(store('readwrite').put({ fingerprint, index } satisfies Entry, KEY));
    },
    async clear() {
      await request(store('readwrite').clear());
    },
    close: () => db.close(),
  };
}

/**
 * The index the cache kept under `fingerprint`, or `build()`'s when there is none or it cannot
 * be loaded (another version's format): `source` says which, so a built one can be stored.
 */
export async function loadOrBuild(
  cache: IndexCache | null,
  fingerprint: string,
  build: () => MatchIndex,
): Promise<{ index: MatchIndex; source: 'cache' | 'built' }> {
  const kept = cache ? await cache.get(fingerprint).catch(() => null) : null;
  if (kept) {
    try {
      return { index: loadIndex(kept), source: 'cache' };
    } catch {
      // Rebuilt below, and replaced by whoever stores the built one.
    }
  }
  return { index: build(), source: 'built' };
}
