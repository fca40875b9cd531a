/**
 * The live-coverage database ("parallax-live"), apart from the reader's corpus ("parallax") so
 * that retention can never reach what the reader imported or added. Versioned like
 * lib/user-corpus/schema.ts: MIGRATIONS[n] upgrades version n to n + 1 in the upgrade
 * transaction.
 *
 *   v1  outlets   (keyPath id)      Outlet
 *       feeds     (keyPath url)     FeedRecord
 *       articles  (keyPath id)      StoredLiveArticle; indexes urlKeys and guidKeys (multiEntry:
 *                                   every address an article is known by), textHash, fetchedAt,
 *                                   outletId, origin
 *       meta      (out-of-line)     'totals' -> { articles, bytes }, 'job' -> RefreshJob
 *       requests  (autoIncrement)   RequestRecord, the last 500
 *       forgotten (keyPath key)     { key, at }: addresses retention removed, so a feed that
 *                                   still lists them does not have them fetched again; index at
 */
import type { LiveArticle } from './types.ts';

export const LIVE_DB = 'parallax-live';
export const LIVE_DB_VERSION = 1;

export const OUTLETS = 'outlets';
export const FEEDS = 'feeds';
export const ARTICLES = 'articles';
export const META = 'meta';
export const REQUESTS = 'requests';
export const FORGOTTEN = 'forgotten';

export const BY_URL = 'urlKeys';
export const BY_GUID = 'guidKeys';
export const BY_TEXT_HASH = 'textHash';
export const BY_FETCHED = 'fetchedAt';
export const BY_OUTLET = 'outletId';
export const BY_ORIGIN = 'origin';
export const BY_AT = 'at';

export const TOTALS_KEY = 'totals';
export const JOB_KEY = 'job';

/** An article as stored: its dedupe keys beside it, indexed. */
export interface StoredLiveArticle extends LiveArticle {
  urlKeys: string[];
  guidKeys: string[];
  /** Absent for an empty text (an index skips it). */
  textHash?: string;
  fetchedAt: number;
}

export function fromStored(record: StoredLiveArticle): LiveArticle {
  const { urlKeys: _u, guidKeys: _g, textHash: _t, fetchedAt: _f, ...article } = record;
  return article;
}

type Migration = (db: IDBDatabase, tx: IDBTransaction) => Promise<void> | void;

const MIGRATIONS: Migration[] = [
  (db) => {
    db.createObjectStore(OUTLETS, { keyPath: 'id' });
    db.createObjectStore(FEEDS, { keyPath: 'url' });
    const articles = db.createObjectStore(ARTICLES, { keyPath: 'id' });
    articles.createIndex(BY_URL, 'urlKeys', { multiEntry: true });
    articles.createIndex(BY_GUID, 'guidKeys', { multiEntry: true });
    articles.createIndex(BY_TEXT_HASH, 'textHash');
    articles.createIndex(BY_FETCHED, 'fetchedAt');
    articles.createIndex(BY_OUTLET, 'outletId');
    articles.createIndex(BY_ORIGIN, 'origin');
    db.createObjectStore(META);
    db.createObjectStore(REQUESTS, { autoIncrement: true });
    db.createObjectStore(FORGOTTEN, { keyPath: 'key' }).createIndex(BY_AT, 'at');
  },
];

export async function migrateLive(
  db: IDBDatabase,
  tx: IDBTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v} of the live-coverage database`);
    await step(db, tx);
  }
}
