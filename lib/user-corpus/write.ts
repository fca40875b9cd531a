/**
 * Writing many articles inside one transaction, in batches: between batches the caller hears
 * of the progress and a cancel is honoured. Because it is one transaction, a cancel, a full
 * disk or any failure leaves the corpus exactly as it was.
 */
import { eachCursor, request } from './idb.ts';
import { BY_SEQ, BY_TEXT_HASH, type StoredArticle } from './schema.ts';
import { copyKnown, type KnownArticles } from './known.ts';
import { identityOf } from '../corpus/copies.ts';

export interface ImportProgress {
  /** Articles written so far (not yet committed: a cancel still undoes them). */
  done: number;
  total: number;
}

export const BATCH_SIZE = 200;

/**
 * The ids and text hashes of the stored articles, added to `base` (the bundled corpus). For the
 * hashes in `wanted` (the texts being imported), the stored articles with that text are read
 * too, so that another outlet's copy of a stored text is told from the same article again.
 */
export async function loadKnown(
  store: IDBObjectStore,
  base: KnownArticles,
  wanted: ReadonlySet<string> = new Set(),
): Promise<KnownArticles> {
  const known = copyKnown(base);
  for (const key of await request(store.getAllKeys())) {
    const id = String(key);
    if (!known.ids.has(id)) known.ids.set(id, 'user');
  }
  const stored = new Set<string>();
  await eachCursor(store.index(BY_TEXT_HASH).openKeyCursor(), (cursor) => {
    const hash = String(cursor.key);
    stored.add(hash);
    if (!known.texts.has(hash))
      known.texts.set(hash, { id: String(cursor.primaryKey), source: 'user', owners: null });
  });
  for (const hash of wanted) {
    const text = known.texts.get(hash);
    if (!text || !stored.has(hash)) continue;
    const records = (await request(store.index(BY_TEXT_HASH).getAll(hash))) as StoredArticle[];
    const owners = [
      ...(text.source === 'user' ? [] : (text.owners ?? [])),
      ...records.map((r) => ({ ...identityOf(r), source: 'user' as const })),
    ];
    known.texts.set(hash, { ...text, owners });
  }
  return known;
}

/** The `seq` the next added article takes. */
export async function nextSeq(store: IDBObjectStore): Promise<number> {
  const last = await request(store.index(BY_SEQ).openKeyCursor(null, 'prev'));
  return last ? Number(last.key) + 1 : 0;
}

/** Add `records` (never overwriting: an existing id fails the whole transaction). */
export async function writeInBatches(
  store: IDBObjectStore,
  records: readonly StoredArticle[],
  options: { signal?: AbortSignal; onProgress?: (progress: ImportProgress) => void; batchSize?: number },
): Promise<void> {
  const { signal, onProgress, batchSize = BATCH_SIZE } = options;
  const total = records.length;
  onProgress?.({ done: 0, total });
  for (let start = 0; start < total; start += batchSize) {
    signal?.throwIfAborted();
    let last: IDBRequest | undefined;
    for (const record of records.slice(start, start + batchSize)) last = store.add(record);
    // Requests complete in order: when the last one has, the whole batch has.
    if (last) await request(last);
    onProgress?.({ done: Math.min(start + batchSize, total), total });
  }
  signal?.throwIfAborted();
}
