/**
 * One refresh of the followed feeds, as a state machine persisted in the live store so that a
 * stopped service worker's successor resumes it:
 *
 *   run(trigger) -> take the lease (busy if another's is fresh; a stale one is taken over, its
 *   queue resumed) -> for each queued feed (a few at once): client.feed -> the items not seen
 *   before (canonical URL, GUID, text) -> client.page + extract for each, or the feed's text
 *   marked partial -> stored -> the feed's state saved and the feed dequeued in one transaction
 *   -> when the queue is empty, retention, and the lease given back.
 *
 * A feed that fails is reported and dequeued; it never stops the others. A feed that backs off is
 * not asked. Articles stored are announced per feed (`onChange`) so the match index follows
 * incrementally. Pure: the store, the client, the extraction and the clock are given.
 */
import { Seen } from '../feeds/dedupe.ts';
import { emptyFeedState } from '../feeds/http.ts';
import type { FeedClient, FeedItem, ParsedFeed } from '../feeds/types.ts';
import type { ExtractedPage } from '../types.ts';
import { isoDate } from '../user-corpus/from-page.ts';
import type { RequestLog } from './request-log.ts';
import { LiveStoreError, type LiveStore, type PruneOptions } from './store.ts';
import type {
  FeedRecord,
  FeedReport,
  LiveArticle,
  LiveErrorCode,
  Outlet,
  QueueEntry,
  RefreshJob,
  RefreshTrigger,
} from './types.ts';

/** What the extraction gives for an article page; null when the page is not an article. */
export interface Extracted {
  title: string | null;
  text: string;
  date: string | null;
  byline: string | null;
  lang: string | null;
}

/** Extract an article from a page's HTML (the extension: in its offscreen document). */
export type Extract = (html: string, url: string) => Promise<Extracted | null> | Extracted | null;

/** lib/extract's result as `Extract` gives it. */
export function extractedArticle(page: ExtractedPage): Extracted | null {
  if (!page.page.isArticle || page.text.trim() === '') return null;
  return {
    title: page.page.title,
    text: page.text,
    date: page.page.publishedTime,
    byline: page.page.byline,
    lang: page.page.lang,
  };
}

export interface RefreshProgress {
  done: number;
  total: number;
  /** The feed just finished, or null at the start. */
  feed: string | null;
}

/** Articles that joined or left the store: for the match index. */
export interface LiveChange {
  added: LiveArticle[];
  removed: string[];
}

export type RefreshResult =
  | {
      status: 'done' | 'stopped' | 'lease-lost';
      /** True when it continued a refresh a stopped worker had begun. */
      resumed: boolean;
      trigger: RefreshTrigger;
      feeds: FeedReport[];
      /** Ids stored by this run, and ids retention removed. */
      added: string[];
      removed: string[];
    }
  | { status: 'busy' }
  | { status: 'failed'; code: LiveErrorCode; feeds: FeedReport[]; added: string[] };

export interface RefresherDeps {
  store: LiveStore;
  client: FeedClient;
  extract: Extract;
  /** Epoch ms. */
  now?: () => number;
  /** The lease: who this refresher is, and how long its lease lasts unrenewed (default 60 s). */
  lease?: { owner?: string; ttlMs?: number };
  /** An extraction that takes longer counts as failed: the feed's text is kept (default 30 s). */
  extractTimeoutMs?: number;
  /** Feeds read at once (default 4; the client caps the requests in flight). */
  feedConcurrency?: number;
  /** Retention applied at the end of each refresh; null for none. Defaults: 14 days, 200 MB. */
  retention?: Omit<PruneOptions, 'now'> | null;
  onProgress?: (progress: RefreshProgress) => void;
  onChange?: (change: LiveChange) => void;
  /** The request log the client reports to (./request-log.ts): written after each feed. */
  requestLog?: Pick<RequestLog, 'flush'>;
}

export interface RunOptions {
  /** Stops the refresh: no feed or page is started after it; what is in flight is saved. */
  signal?: AbortSignal;
  /** Only these feeds (a newly followed outlet's), unless a stopped refresh is resumed. */
  only?: readonly string[];
  /**
   * Take the lease even while it looks fresh: a worker starting knows its predecessor is gone
   * (a browser runs one background per extension), so its refresh is resumed now, not when
   * the dead worker's lease runs out.
   */
  takeOver?: boolean;
}

export interface Refresher {
  /** One refresh; a second call while one runs gets the same result. */
  run(trigger: RefreshTrigger, options?: RunOptions): Promise<RefreshResult>;
}

const DAY_MS = 24 * 60 * 60_000;

class LeaseLost extends Error {
  override name = 'LeaseLost';
}

function randomOwner(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID?.() ?? `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function createRefresher(deps: RefresherDeps): Refresher {
  const { store, client, extract } = deps;
  const now = deps.now ?? (() => Date.now());
  const owner = deps.lease?.owner ?? randomOwner();
  const ttlMs = deps.lease?.ttlMs ?? 60_000;
  const feedConcurrency = Math.max(1, deps.feedConcurrency ?? 4);
  const retention = deps.retention === undefined ? {} : deps.retention;
  const extractTimeoutMs = deps.extractTimeoutMs ?? 30_000;
  let running: Promise<RefreshResult> | null = null;

  /** `extract`, or null when it fails or does not answer in time (a stuck offscreen document). */
  async function extractWithin(html: string, url: string): Promise<Extracted | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), extractTimeoutMs);
    });
    try {
      return await Promise.race([Promise.resolve(extract(html, url)), late]);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  async function run(trigger: RefreshTrigger, options: RunOptions = {}): Promise<RefreshResult> {
    const taken = await store.takeLease(owner, ttlMs, trigger, options.only, options.takeOver);
    if ('busy' in taken) return { status: 'busy' };
    const { signal } = options;
    const feeds: FeedReport[] = [];
    const added: string[] = [];
    const seen = new Seen<true>();
    let job: RefreshJob = taken.job;
    let renewedAt = now();
    deps.onProgress?.({ done: job.done, total: job.total, feed: null });

    /** Stop every worker: the lease is lost or the disk is full. */
    let halted = false;

    async function renew(force = false): Promise<void> {
      if (!force && now() - renewedAt < ttlMs / 3) return;
      const renewed = await store.renewLease(owner, ttlMs);
      if (!renewed) throw new LeaseLost();
      job = renewed;
      renewedAt = now();
    }

    const stillQueued = (entry: QueueEntry) => job.queue.some((q) => q.feed === entry.feed);

    async function readItem(
      item: FeedItem,
      entry: QueueEntry,
      feed: ParsedFeed,
      outlet: Outlet | null,
    ): Promise<'added' | 'partial' | 'aborted' | null> {
      if (signal?.aborted || halted) return 'aborted';
      const keys = { url: item.url, feed: entry.feed, guid: item.guid };
      if (!item.url && !item.guid) return null;
      if (seen.findByAddress(keys)) return null;
      seen.add(keys, true);
      if (retention && item.published) {
        const age = now() - Date.parse(item.published);
        if (age > (retention.days ?? 14) * DAY_MS) return null;
      }
      if (await store.findByAddress(keys)) return null;
      let extracted: Extracted | null = null;
      let pageUrl: string | null = null;
      if (item.url && !item.fullText) {
        try {
          const page = await client.page(item.url);
          if (page.ok) {
            pageUrl = page.url;
            extracted = await extractWithin(page.html, page.url);
          }
        } catch {
          extracted = null;
        }
        if (extracted && extracted.text.trim() === '') extracted = null;
      }
      const partial = extracted === null && !item.fullText;
      const text = extracted?.text || item.text || item.title;
      if (!text.trim()) return null;
      const put = await store.putArticle({
        origin: 'live',
        title: extracted?.title || item.title || feed.title,
        text,
        outlet: outlet?.name ?? (feed.title || null),
        outletId: entry.outletId,
        url: pageUrl ?? item.url,
        alsoUrls: pageUrl && item.url && pageUrl !== item.url ? [item.url] : [],
        date: isoDate(extracted?.date ?? null) ?? item.published,
        byline: extracted?.byline ?? item.author,
        lang: extracted?.lang ?? feed.lang ?? outlet?.lang ?? null,
        feed: entry.feed,
        guid: item.guid,
        fetched: new Date(now()).toISOString(),
        partial,
      });
      await renew();
      if (!put.added) return null;
      batch.get(entry.feed)!.push(put.article);
      return partial ? 'partial' : 'added';
    }

    const batch = new Map<string, LiveArticle[]>();

    async function readFeed(entry: QueueEntry): Promise<void> {
      await renew(true);
      if (!stillQueued(entry)) return; // unfollowed meanwhile
      const before = await store.getFeed(entry.feed);
      const report: FeedReport = {
        feed: entry.feed,
        outletId: entry.outletId,
        status: 'ok',
        new: 0,
        partial: 0,
        error: null,
      };
      let state = before?.state ?? null;
      let skipped = false;
      batch.set(entry.feed, []);
      try {
        const result = await client.feed(entry.feed, before?.state ?? null);
        state = result.state;
        if (result.kind === 'error') {
          report.status = result.code === 'backing-off' ? 'backing-off' : 'error';
          report.error = result.code;
        } else if (result.kind === 'not-modified') {
          report.status = 'not-modified';
        } else {
          const outlet = entry.outletId ? await store.getOutlet(entry.outletId) : null;
          const outcomes = await Promise.all(
            result.feed.items.map((item) => readItem(item, entry, result.feed, outlet)),
          );
          report.new = outcomes.filter((o) => o === 'added' || o === 'partial').length;
          report.partial = outcomes.filter((o) => o === 'partial').length;
          skipped = outcomes.includes('aborted');
        }
      } catch (error) {
        if (error instanceof LiveStoreError || error instanceof LeaseLost) throw error;
        report.status = 'error';
        report.error = 'network';
      }
      if (skipped) {
        // Items were left unread: the feed stays queued with its old state, to be read again.
        announce(entry.feed);
        return;
      }
      const record: FeedRecord = {
        url: entry.feed,
        outletId: entry.outletId,
        state: state ?? emptyFeedState(),
        lastRefreshAt: now(),
        lastNew: report.new,
      };
      const next = await store.completeFeed(owner, record, ttlMs);
      if (!next) throw new LeaseLost();
      job = next;
      renewedAt = now();
      feeds.push(report);
      announce(entry.feed);
      await deps.requestLog?.flush();
      deps.onProgress?.({ done: job.done, total: job.total, feed: entry.feed });
    }

    function announce(feed: string): void {
      const articles = batch.get(feed) ?? [];
      batch.delete(feed);
      if (articles.length === 0) return;
      for (const a of articles) added.push(a.id);
      deps.onChange?.({ added: articles, removed: [] });
    }

    const pending = [...job.queue];
    async function worker(): Promise<void> {
      for (let entry = pending.shift(); entry; entry = pending.shift()) {
        if (signal?.aborted || halted) return;
        try {
          await readFeed(entry);
        } catch (error) {
          halted = true;
          throw error;
        }
      }
    }

    try {
      await Promise.all(Array.from({ length: Math.min(feedConcurrency, pending.length) }, worker));
    } catch (error) {
      for (const feed of [...batch.keys()]) announce(feed);
      if (error instanceof LeaseLost) {
        return { status: 'lease-lost', resumed: taken.resumed, trigger, feeds, added, removed: [] };
      }
      await store.releaseLease(owner, false).catch(() => undefined);
      if (error instanceof LiveStoreError) return { status: 'failed', code: error.code, feeds, added };
      throw error;
    }
    if (signal?.aborted && job.queue.length > 0) {
      await store.releaseLease(owner, false);
      return { status: 'stopped', resumed: taken.resumed, trigger, feeds, added, removed: [] };
    }
    let removed: string[] = [];
    try {
      if (retention) removed = await store.prune({ ...retention, now: now() });
    } catch (error) {
      if (!(error instanceof LiveStoreError)) throw error;
    }
    if (removed.length > 0) deps.onChange?.({ added: [], removed });
    await store.releaseLease(owner, true);
    return { status: 'done', resumed: taken.resumed, trigger, feeds, added, removed };
  }

  return {
    run(trigger, options) {
      running ??= run(trigger, options).finally(async () => {
        running = null;
        await deps.requestLog?.flush();
      });
      return running;
    },
  };
}
