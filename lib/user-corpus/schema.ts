/**
 * The reader's corpus in IndexedDB: one object store of articles keyed by id. The schema is
 * versioned; opening a database of an older version runs each migration in turn inside the
 * upgrade transaction, so an extension update never loses what the reader stored.
 *
 *   v1  store "articles" (keyPath "id"): CorpusArticle values with origin "user".
 *   v2  each record also holds `textHash` (hash of the normalized text), `addedAt` (ISO time,
 *       null for articles stored by v1, which did not keep it) and `seq` (order of addition);
 *       indexes "textHash" (duplicate texts found without reading texts) and "seq" (order).
 */
import type { CorpusArticle } from '../types.ts';
import { eachCursor } from './idb.ts';
import { textHash } from '../corpus/text-key.ts';

export const DB_VERSION = 2;
export const ARTICLES = 'articles';
export const BY_TEXT_HASH = 'textHash';
export const BY_SEQ = 'seq';

/** An article as stored (v2). */
export interface StoredArticle extends CorpusArticle {
  origin: 'user';
  textHash: string;
  addedAt: string | null;
  seq: number;
}

/** A user article as the store returns it: the corpus fields and when it was added. */
export type UserArticle = CorpusArticle & { origin: 'user'; addedAt: string | null };

/** The record of `article`; `hash` is `textHash(article.text)`, computed when not given. */
export function toRecord(
  article: CorpusArticle,
  addedAt: string | null,
  seq: number,
  hash: string = textHash(article.text),
): StoredArticle {
  return { ...article, origin: 'user', textHash: hash, addedAt, seq };
}

export function fromRecord(record: StoredArticle): UserArticle {
  const { textHash: _hash, seq: _seq, ...article } = record;
  return article;
}

type Migration = (db: IDBDatabase, tx: IDBTransaction) => Promise<void> | void;

/** MIGRATIONS[n] upgrades a database of version n to version n + 1. */
const MIGRATIONS: Migration[] = [
  (db) => {
    db.createObjectStore(ARTICLES, { keyPath: 'id' });
  },
  async (_db, tx) => {
    const store = tx.objectStore(ARTICLES);
    store.createIndex(BY_TEXT_HASH, 'textHash', { unique: false });
    store.createIndex(BY_SEQ, 'seq', { unique: true });
    let seq = 0;
    await eachCursor(store.openCursor(), (cursor: IDBCursorWithValue) => {
      const v1 = cursor.value as CorpusArticle & { addedAt?: unknown };
      const addedAt = typeof v1.addedAt === 'string' ? v1.addedAt : null;
      cursor.update(toRecord(v1, addedAt, seq++));
    });
  },
];

/** Bring a database from `oldVersion` to `newVersion` (inside the versionchange transaction). */
export async function migrate(
  db: IDBDatabase,
  tx: IDBTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v} of the reader's corpus`);
    await step(db, tx);
  }
}
