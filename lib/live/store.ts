/**
 * The live-coverage store: followed outlets, feed states, fetched (and read) articles with their
 * dedupe keys, the refresh job with its lease, and the request log, in IndexedDB
 * "parallax-live" (schema in ./schema.ts). Every change is one transaction. A full disk
 * rejects with a LiveStoreError of code 'disk-full' and leaves the store as it was.
 */
import { canonicalUrl, dedupeKeys, type DedupeInput } from '../feeds/dedupe.ts';
import type { RequestRecord } from '../feeds/types.ts';
import { sameArticle } from '../corpus/copies.ts';
import { hash106 } from '../corpus/text-key.ts';
import { request, transaction, walkCursor } from '../user-corpus/idb.ts';
import { QuotaError } from '../user-corpus/errors.ts';
import { openDatabase } from '../user-corpus/open.ts';
import {
  ARTICLES,
  BY_AT,
  BY_FETCHED,
  BY_GUID,
  BY_ORIGIN,
  BY_OUTLET,
  BY_TEXT_HASH,
  BY_URL,
  FEEDS,
  FORGOTTEN,
  fromStored,
  JOB_KEY,
  LIVE_DB,
  LIVE_DB_VERSION,
  META,
  migrateLive,
  OUTLETS,
  REQUESTS,
  TOTALS_KEY,
  type StoredLiveArticle,
} from './schema.ts';
import type {
  FeedRecord,
  LeaseResult,
  LiveArticle,
  LiveArticleInput,
  LiveErrorCode,
  LiveUsage,
  Outlet,
  PutResult,
  QueueEntry,
  RefreshJob,
  RefreshTrigger,
} from './types.ts';

export const REQUEST_LOG_SIZE = 500;
export const DEFAULT_RETENTION_DAYS = 14;
export const DEFAULT_RETENTION_BYTES = 200 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60_000;
/** How long an address retention removed is remembered (not fetched again while a feed lists it). */
export const FORGET_AFTER_MS = 30 * DAY_MS;

/** A storage failure, as a code the UI maps to words (components/strings.ts). */
export class LiveStoreError extends Error {
  override name = 'LiveStoreError';
  constructor(
    readonly code: LiveErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

export interface PruneOptions {
  /** Articles fetched longer ago than this are removed (default 14). */
  days?: number;
  /** Beyond this many bytes, the oldest are removed first (default 200 MB). */
  maxBytes?: number;
  /** Epoch ms (default the store's clock). */
  now?: number;
}

export interface LiveStoreOptions {
  /** Epoch ms. */
  now?: () => number;
}

/** Where an item's address was met before: a stored article, or one retention removed (id null). */
export interface AddressHit {
  by: 'url' | 'guid';
  id: string | null;
}

export interface LiveStore {
  listOutlets(): Promise<Outlet[]>;
  getOutlet(id: string): Promise<Outlet | null>;
  putOutlet(outlet: Outlet): Promise<void>;
  /**
   * Unfollow: the outlet, its feeds' states, its articles and its feeds still queued in a
   * refresh are removed. Returns the ids of the articles removed (for the match index).
   */
  removeOutlet(id: string): Promise<string[]>;

  getFeed(url: string): Promise<FeedRecord | null>;
  listFeeds(): Promise<FeedRecord[]>;
  putFeed(record: FeedRecord): Promise<void>;

  /** A stored (or retired) article with the same canonical URL or the same GUID in the same feed. */
  findByAddress(item: DedupeInput & { alsoUrls?: string[] }): Promise<AddressHit | null>;
  /**
   * Store an article unless it is already there: by URL or GUID, or the same text from the same
   * outlet at the same (or no) address (lib/corpus/copies.ts; its keys then join the stored
   * one's). The same text from another outlet or at another address is wire copy: stored,
   * `identicalTo` the first.
   */
  putArticle(input: LiveArticleInput): Promise<PutResult>;
  getArticle(id: string): Promise<LiveArticle | null>;
  /** Every live and history article, oldest fetched first. */
  listArticles(): Promise<LiveArticle[]>;
  countArticles(outletId?: string): Promise<number>;
  usage(): Promise<LiveUsage>;
  /** Retention: the oldest articles removed until within both limits. Returns their ids. */
  prune(options?: PruneOptions): Promise<string[]>;
  /** "Forget my reading history": every 'history' article removed. Returns their ids. */
  forgetHistory(): Promise<string[]>;

  getJob(): Promise<RefreshJob | null>;
  /**
   * Take the refresh lease: the job in the store (resumed) or a new one over every followed
   * feed (or over `only` of them: a newly followed outlet's); `busy` when another owner's lease
   * is still fresh.
   */
  takeLease(
    owner: string,
    ttlMs: number,
    trigger: RefreshTrigger,
    only?: readonly string[],
    /** Take a job's lease even while another owner's is fresh (that owner is known gone). */
    takeOver?: boolean,
  ): Promise<LeaseResult>;
  /** Extend the lease; null when `owner` lost it (another took over a lease it let go stale). */
  renewLease(owner: string, ttlMs: number): Promise<RefreshJob | null>;
  /** Save a finished feed's record and take it off the queue, in one transaction; null if the lease was lost. */
  completeFeed(owner: string, record: FeedRecord, ttlMs: number): Promise<RefreshJob | null>;
  /** Let the lease go: `finished` removes the job, otherwise its queue waits for the next run. */
  releaseLease(owner: string, finished: boolean): Promise<void>;

  /** Append to the request log, which keeps the last 500. */
  logRequests(records: readonly RequestRecord[]): Promise<void>;
  /** The request log, oldest first. */
  listRequests(): Promise<RequestRecord[]>;
  close(): void;
}

const encoder = new TextEncoder();

/** Storage an article takes, about: its JSON in UTF-8. */
export function articleBytes(article: object): number {
  return encoder.encode(JSON.stringify(article)).length;
}

/** A stable id for an article from its best key. */
function articleId(origin: 'live' | 'history', key: string): string {
  return `${origin}-${hash106(key)}`;
}

/** `record` also known by these keys; the same record when it knew them all. */
function withKeys(record: StoredLiveArticle, urlKeys: string[], guidKeys: string[]): StoredLiveArticle {
  const urls = [...new Set([...record.urlKeys, ...urlKeys])];
  const guids = [...new Set([...record.guidKeys, ...guidKeys])];
  if (urls.length === record.urlKeys.length && guids.length === record.guidKeys.length) return record;
  return { ...record, urlKeys: urls, guidKeys: guids };
}

const zeroUsage = (): LiveUsage => ({ articles: 0, bytes: 0 });

export async function openLiveStore(
  idb: IDBFactory,
  name = LIVE_DB,
  options: LiveStoreOptions = {},
): Promise<LiveStore> {
  const db = await openDatabase(idb, name, LIVE_DB_VERSION, migrateLive);
  const now = options.now ?? (() => Date.now());

  async function tx<T>(
    stores: string | string[],
    mode: IDBTransactionMode,
    body: (t: IDBTransaction) => Promise<T>,
  ): Promise<T> {
    try {
      return await transaction(db, stores, mode, body);
    } catch (error) {
      if (error instanceof QuotaError) throw new LiveStoreError('disk-full', { cause: error });
      throw error;
    }
  }

  const getTotals = async (t: IDBTransaction) =>
    ((await request(t.objectStore(META).get(TOTALS_KEY))) as LiveUsage | undefined) ?? zeroUsage();

  /** Delete the articles `ids` (records given) and lower the totals, in `t`. */
  async function deleteArticles(t: IDBTransaction, records: readonly StoredLiveArticle[]): Promise<string[]> {
    if (records.length === 0) return [];
    const totals = await getTotals(t);
    const store = t.objectStore(ARTICLES);
    for (const r of records) {
      void store.delete(r.id);
      totals.articles -= 1;
      totals.bytes -= r.bytes;
    }
    await request(t.objectStore(META).put(totals, TOTALS_KEY));
    return records.map((r) => r.id);
  }

  async function recordsWhere(t: IDBTransaction, index: string, key: string): Promise<StoredLiveArticle[]> {
    return (await request(t.objectStore(ARTICLES).index(index).getAll(key))) as StoredLiveArticle[];
  }

  async function findAddress(t: IDBTransaction, urlKeys: readonly string[], guidKey: string | null) {
    const articles = t.objectStore(ARTICLES);
    for (const key of urlKeys) {
      const id = await request(articles.index(BY_URL).getKey(key));
      if (id !== undefined) return { by: 'url' as const, id: String(id) };
    }
    if (guidKey !== null) {
      const id = await request(articles.index(BY_GUID).getKey(guidKey));
      if (id !== undefined) return { by: 'guid' as const, id: String(id) };
    }
    return null;
  }

  function addressKeys(item: DedupeInput & { alsoUrls?: string[] }) {
    const keys = dedupeKeys(item);
    const urls = [keys.url, ...(item.alsoUrls ?? []).map((u) => canonicalUrl(u))].filter(
      (u): u is string => u !== null,
    );
    return { keys, urlKeys: [...new Set(urls)] };
  }

  async function putArticle(input: LiveArticleInput): Promise<PutResult> {
    const { keys, urlKeys } = addressKeys(input);
    const guidKeys = keys.guid === null ? [] : [keys.guid];
    return tx([ARTICLES, META], 'readwrite', async (t) => {
      const articles = t.objectStore(ARTICLES);
      const known = await findAddress(t, urlKeys, keys.guid);
      if (known) {
        // Known by one address (a feed link that redirects to the article): the others join it,
        // so the next refresh finds the item without fetching its page.
        const record = (await request(articles.get(known.id))) as StoredLiveArticle;
        const joined = withKeys(record, urlKeys, guidKeys);
        if (joined !== record) await request(articles.put(joined));
        return { added: false, duplicateOf: known.id, by: known.by };
      }
      let identicalTo: string | null = null;
      if (keys.text !== null) {
        const first = (await request(articles.index(BY_TEXT_HASH).get(keys.text))) as
          StoredLiveArticle | undefined;
        if (first && sameArticle(first, { id: input.id ?? '', outlet: input.outlet, url: input.url })) {
          // The same article given twice (lib/corpus/copies.ts): remember its keys, store nothing new.
          const joined = withKeys(first, urlKeys, guidKeys);
          if (joined !== first) await request(articles.put(joined));
          return { added: false, duplicateOf: first.id, by: 'text' };
        }
        if (first) identicalTo = first.identicalTo ?? first.id;
      }
      const fetchedIso = input.fetched ?? new Date(now()).toISOString();
      const { alsoUrls: _also, ...fields } = input;
      const key = keys.url ?? keys.guid ?? keys.text ?? `${fetchedIso} ${input.title}`;
      const article: LiveArticle = {
        ...fields,
        id: input.id ?? articleId(input.origin, key),
        fetched: fetchedIso,
        identicalTo,
        bytes: 0,
      };
      const record: StoredLiveArticle = {
        ...article,
        urlKeys,
        guidKeys,
        ...(keys.text === null ? {} : { textHash: keys.text }),
        fetchedAt: Date.parse(fetchedIso) || now(),
      };
      record.bytes = article.bytes = articleBytes(record);
      if ((await request(articles.getKey(record.id))) !== undefined)
        return { added: false, duplicateOf: record.id, by: 'url' };
      await request(articles.add(record));
      const totals = await getTotals(t);
      totals.articles += 1;
      totals.bytes += record.bytes;
      await request(t.objectStore(META).put(totals, TOTALS_KEY));
      return { added: true, article };
    });
  }

  async function prune(opts: PruneOptions = {}): Promise<string[]> {
    const at = opts.now ?? now();
    const cutoff = at - (opts.days ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    const maxBytes = opts.maxBytes ?? DEFAULT_RETENTION_BYTES;
    return tx([ARTICLES, META, FORGOTTEN], 'readwrite', async (t) => {
      const totals = await getTotals(t);
      const forgotten = t.objectStore(FORGOTTEN);
      const removed: string[] = [];
      await walkCursor(
        t.objectStore(ARTICLES).index(BY_FETCHED).openCursor(),
        (cursor: IDBCursorWithValue) => {
          const r = cursor.value as StoredLiveArticle;
          if (r.fetchedAt >= cutoff && totals.bytes <= maxBytes) return false;
          cursor.delete();
          totals.articles -= 1;
          totals.bytes -= r.bytes;
          removed.push(r.id);
          // Its first address (or GUID) is enough for the feed that listed it.
          const key = r.urlKeys[0] ?? r.guidKeys[0];
          if (key !== undefined) forgotten.put({ key, at });
          return true;
        },
      );
      await walkCursor(forgotten.index(BY_AT).openCursor(), (cursor: IDBCursorWithValue) => {
        if ((cursor.value as { at: number }).at >= at - FORGET_AFTER_MS) return false;
        cursor.delete();
        return true;
      });
      if (removed.length > 0) await request(t.objectStore(META).put(totals, TOTALS_KEY));
      return removed;
    });
  }

  const getJob = (t: IDBTransaction) =>
    request(t.objectStore(META).get(JOB_KEY)) as Promise<RefreshJob | undefined>;
  const putJob = (t: IDBTransaction, job: RefreshJob) => request(t.objectStore(META).put(job, JOB_KEY));
  const owns = (job: RefreshJob | undefined, owner: string): job is RefreshJob =>
    job !== undefined && job.lease.owner === owner;

  return {
    listOutlets: () =>
      tx(OUTLETS, 'readonly', async (t) => (await request(t.objectStore(OUTLETS).getAll())) as Outlet[]),
    getOutlet: (id) =>
      tx(
        OUTLETS,
        'readonly',
        async (t) => ((await request(t.objectStore(OUTLETS).get(id))) as Outlet) ?? null,
      ),
    putOutlet: (outlet) =>
      tx(OUTLETS, 'readwrite', async (t) => {
        await request(t.objectStore(OUTLETS).put(outlet));
      }),
    removeOutlet: (id) =>
      tx([OUTLETS, FEEDS, ARTICLES, META], 'readwrite', async (t) => {
        const outlet = (await request(t.objectStore(OUTLETS).get(id))) as Outlet | undefined;
        await request(t.objectStore(OUTLETS).delete(id));
        const feeds = new Set(outlet?.feeds ?? []);
        const records = (await request(t.objectStore(FEEDS).getAll())) as FeedRecord[];
        for (const r of records) if (r.outletId === id || feeds.has(r.url)) feeds.add(r.url);
        for (const url of feeds) void t.objectStore(FEEDS).delete(url);
        const job = await getJob(t);
        if (job) {
          const queue = job.queue.filter((q: QueueEntry) => q.outletId !== id && !feeds.has(q.feed));
          await putJob(t, { ...job, queue, total: job.total - (job.queue.length - queue.length) });
        }
        return deleteArticles(t, await recordsWhere(t, BY_OUTLET, id));
      }),

    getFeed: (url) =>
      tx(
        FEEDS,
        'readonly',
        async (t) => ((await request(t.objectStore(FEEDS).get(url))) as FeedRecord) ?? null,
      ),
    listFeeds: () =>
      tx(FEEDS, 'readonly', async (t) => (await request(t.objectStore(FEEDS).getAll())) as FeedRecord[]),
    putFeed: (record) =>
      tx(FEEDS, 'readwrite', async (t) => {
        await request(t.objectStore(FEEDS).put(record));
      }),

    findByAddress: (item) => {
      const { keys, urlKeys } = addressKeys(item);
      return tx([ARTICLES, FORGOTTEN], 'readonly', async (t) => {
        const hit = await findAddress(t, urlKeys, keys.guid);
        if (hit) return hit;
        const forgotten = t.objectStore(FORGOTTEN);
        for (const key of urlKeys)
          if ((await request(forgotten.getKey(key))) !== undefined) return { by: 'url', id: null };
        if (keys.guid !== null && (await request(forgotten.getKey(keys.guid))) !== undefined)
          return { by: 'guid', id: null };
        return null;
      });
    },
    putArticle,
    getArticle: (id) =>
      tx(ARTICLES, 'readonly', async (t) => {
        const r = (await request(t.objectStore(ARTICLES).get(id))) as StoredLiveArticle | undefined;
        return r ? fromStored(r) : null;
      }),
    listArticles: () =>
      tx(ARTICLES, 'readonly', async (t) => {
        const all = (await request(
          t.objectStore(ARTICLES).index(BY_FETCHED).getAll(),
        )) as StoredLiveArticle[];
        return all.map(fromStored);
      }),
    countArticles: (outletId) =>
      tx(ARTICLES, 'readonly', (t) => {
        const store = t.objectStore(ARTICLES);
        return request(outletId === undefined ? store.count() : store.index(BY_OUTLET).count(outletId));
      }),
    usage: () => tx(META, 'readonly', getTotals),
    prune,
    forgetHistory: () =>
      tx([ARTICLES, META], 'readwrite', async (t) =>
        deleteArticles(t, await recordsWhere(t, BY_ORIGIN, 'history')),
      ),

    getJob: () => tx(META, 'readonly', async (t) => (await getJob(t)) ?? null),
    takeLease: (owner, ttlMs, trigger, only, takeOver = false) =>
      tx([META, OUTLETS], 'readwrite', async (t): Promise<LeaseResult> => {
        const at = now();
        const job = await getJob(t);
        const lease = { owner, until: at + ttlMs };
        if (job) {
          if (!takeOver && job.lease.owner !== owner && job.lease.until > at) return { busy: true, job };
          const taken = { ...job, lease };
          await putJob(t, taken);
          return { job: taken, resumed: true };
        }
        const outlets = (await request(t.objectStore(OUTLETS).getAll())) as Outlet[];
        const wanted = only ? new Set(only) : null;
        const seen = new Set<string>();
        const queue: QueueEntry[] = [];
        for (const o of outlets)
          for (const feed of o.feeds)
            if (!seen.has(feed) && (wanted === null || wanted.has(feed))) {
              seen.add(feed);
              queue.push({ feed, outletId: o.id });
            }
        const fresh: RefreshJob = { trigger, startedAt: at, queue, total: queue.length, done: 0, lease };
        await putJob(t, fresh);
        return { job: fresh, resumed: false };
      }),
    renewLease: (owner, ttlMs) =>
      tx(META, 'readwrite', async (t) => {
        const job = await getJob(t);
        if (!owns(job, owner)) return null;
        const renewed = { ...job, lease: { owner, until: now() + ttlMs } };
        await putJob(t, renewed);
        return renewed;
      }),
    completeFeed: (owner, record, ttlMs) =>
      tx([META, FEEDS], 'readwrite', async (t) => {
        const job = await getJob(t);
        if (!owns(job, owner)) return null;
        const queue = job.queue.filter((q) => q.feed !== record.url);
        // A feed unfollowed while it was read keeps no record.
        if (queue.length < job.queue.length) await request(t.objectStore(FEEDS).put(record));
        const done = job.done + (job.queue.length - queue.length);
        const next = { ...job, queue, done, lease: { owner, until: now() + ttlMs } };
        await putJob(t, next);
        return next;
      }),
    releaseLease: (owner, finished) =>
      tx(META, 'readwrite', async (t) => {
        const job = await getJob(t);
        if (!owns(job, owner)) return;
        if (finished) await request(t.objectStore(META).delete(JOB_KEY));
        else await putJob(t, { ...job, lease: { owner, until: 0 } });
      }),

    logRequests: (records) =>
      tx(REQUESTS, 'readwrite', async (t) => {
        if (records.length === 0) return;
        const store = t.objectStore(REQUESTS);
        for (const r of records) void store.add(r);
        let excess = (await request(store.count())) - REQUEST_LOG_SIZE;
        if (excess > 0)
          await walkCursor(store.openCursor(), (cursor: IDBCursorWithValue) => {
            cursor.delete();
            return --excess > 0;
          });
      }),
    listRequests: () =>
      tx(
        REQUESTS,
        'readonly',
        async (t) => (await request(t.objectStore(REQUESTS).getAll())) as RequestRecord[],
      ),
    close: () => db.close(),
  };
}
