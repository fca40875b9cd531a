/**
 * Live coverage as the background serves it: every live message of lib/protocol.ts (follow,
 * unfollow, rename, refresh now, status, the request log, reading history, OPML) over the live
 * store, one feed client and one refresher. Pure: the store, `fetch`, the extraction, what the
 * browser has granted, the settings and the clock are given (entrypoints/background/live.ts
 * wires them).
 *
 * Privacy: the client may only ask an origin that a followed outlet needs AND that the reader
 * has granted (`allowed`), checked for every request and every redirect hop. Following asks only
 * the address the reader gave (and the feed its home page names); after an unfollow the outlet's
 * origins leave the allowed set at once, so no request goes to it, not even one already queued.
 */
import { createFeedClient } from '../feeds/client.ts';
import { canonicalUrl } from '../feeds/dedupe.ts';
import { findFeedLinks, siteName } from '../feeds/discover.ts';
import { writeOpml, type OpmlFeed } from '../feeds/opml.ts';
import type { FeedClient, FeedClientOptions, FeedLink, RequestRecord } from '../feeds/types.ts';
import type {
  FollowReply,
  FollowRequest,
  ImportOpmlReply,
  LiveStatus,
  OutletView,
  RefreshSummary,
} from '../protocol.ts';
import type { Settings } from '../settings.ts';
import type { ExtractedPage } from '../types.ts';
import { historyArticle } from './history.ts';
import {
  mergeOutlet,
  originOf,
  originsToRelease,
  outletFrom,
  outletsFromOpml,
  outletStatus,
  renameOutlet,
} from './outlets.ts';
import {
  createRefresher,
  type Extract,
  type LiveChange,
  type RefreshProgress,
  type RefreshResult,
} from './refresh.ts';
import { createRequestLog } from './request-log.ts';
import { LiveStoreError, type LiveStore } from './store.ts';
import type { LiveErrorCode, Outlet, RefreshTrigger } from './types.ts';

export interface LivePermissions {
  /**
   * Has the reader granted every one of these origins (`https://host[:port]`)? The browser's
   * `permissions.contains`. (Not `permissions.getAll()`: in Chrome it lists the content script's
   * match patterns, `http://*\/*` and `https://*\/*`, which grant no fetch.)
   */
  contains(origins: string[]): Promise<boolean>;
}

export interface LiveServiceDeps {
  store: LiveStore;
  fetch: typeof globalThis.fetch;
  extract: Extract;
  permissions: LivePermissions;
  settings: () => Promise<Pick<Settings, 'retentionDays' | 'retentionMB' | 'keepReading'>>;
  /** Epoch ms. */
  now?: () => number;
  /** Articles that joined or left the store: for the match index. */
  onChange?: (change: LiveChange) => void;
  /** Outlets, a refresh's progress or storage changed (the background broadcasts bg/live-changed). */
  onLiveChanged?: (progress: RefreshProgress | null) => void;
  /** When the next scheduled refresh is (the background's alarm), or null. */
  nextRefreshAt?: () => Promise<number | null>;
  /** The rest of the client's options (timeouts, caps, the MV3 redirect target). */
  client?: Omit<FeedClientOptions, 'fetch' | 'allowed' | 'onRequest' | 'now'>;
  /** The refresher's lease (default 60 s) and feeds read at once. */
  lease?: { owner?: string; ttlMs?: number };
  feedConcurrency?: number;
}

export interface LiveService {
  follow(request: FollowRequest): Promise<FollowReply>;
  unfollow(outletId: string): Promise<{ ok: boolean; releaseOrigins: string[] }>;
  rename(outletId: string, name: string): Promise<Outlet | null>;
  /** Refresh every followed feed, after any refresh already under way. */
  refreshNow(trigger?: RefreshTrigger): Promise<RefreshSummary>;
  status(): Promise<LiveStatus>;
  /** The request log, oldest first (the last 500). */
  requests(): Promise<RequestRecord[]>;
  forgetHistory(): Promise<{ removed: number }>;
  importOpml(feeds: readonly OpmlFeed[]): Promise<ImportOpmlReply>;
  exportOpml(): Promise<{ text: string }>;
  /** A page the reader read, kept when "Keep the articles I read" is on; true when stored. */
  keepRead(extracted: ExtractedPage): Promise<boolean>;
  /** The followed outlet one of a page's declared feeds belongs to, or null. */
  followedBy(feeds: readonly FeedLink[]): Promise<{ id: string; name: string } | null>;
  /**
   * A refresh a stopped worker left is resumed. `startup`: this worker just started, so the
   * lease's owner is gone (one background per extension) and the refresh resumes now. Else
   * resolves with null, or the epoch ms at which to try again (its lease is still fresh).
   */
  resume(options?: { startup?: boolean }): Promise<number | null>;
  /** The browser's grants changed (permissions.onAdded / onRemoved). */
  permissionsChanged(): Promise<void>;
  /** Resolves when no refresh started here is running (tests, benchmarks). */
  idle(): Promise<void>;
  /** The client the refreshes use (its `allowed` is the service's). */
  readonly client: FeedClient;
}

const isHttp = (url: string): boolean => originOf(url) !== null;

export function createLiveService(deps: LiveServiceDeps): LiveService {
  const { store } = deps;
  const now = deps.now ?? (() => Date.now());
  const requestLog = createRequestLog(store);

  /** Origins the followed outlets need (kept in step with the store by every change here). */
  let followedOrigins = new Set<string>();
  /** Origins a follow in progress may ask (the address the reader gave, the feed it names). */
  const following = new Set<string>();
  /** Origins the browser said are granted (asked for every origin followed or being followed). */
  let grants = new Set<string>();
  let lastError: LiveErrorCode | null = null;
  let progress: RefreshProgress | null = null;
  let lastRefreshAt: number | null = null;

  async function loadOrigins(): Promise<Outlet[]> {
    const outlets = await store.listOutlets();
    followedOrigins = new Set(outlets.flatMap((o) => o.origins));
    return outlets;
  }
  const isGranted = (origin: string): Promise<boolean> =>
    deps.permissions.contains([origin]).catch(() => false);
  /** The origins of `origins` the reader has not granted. */
  async function missingOrigins(origins: readonly string[]): Promise<string[]> {
    const ok = await Promise.all(origins.map(isGranted));
    return origins.filter((_, i) => !ok[i]);
  }
  async function loadGrants(): Promise<void> {
    const origins = [...new Set([...followedOrigins, ...following])];
    const missing = new Set(await missingOrigins(origins));
    grants = new Set(origins.filter((o) => !missing.has(o)));
  }
  const ready = loadOrigins()
    .then(loadGrants)
    .catch(() => undefined);

  function allowed(url: string): boolean {
    const origin = originOf(url);
    if (origin === null) return false;
    return (followedOrigins.has(origin) || following.has(origin)) && grants.has(origin);
  }

  const client = createFeedClient({
    ...deps.client,
    fetch: deps.fetch,
    now,
    allowed,
    onRequest: requestLog.onRequest,
  });

  const owner = deps.lease?.owner ?? `live-${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

  /** A refresher with the reader's retention as it is now (the same lease owner every time). */
  async function refresher() {
    const s = await deps.settings();
    return createRefresher({
      store,
      client,
      extract: deps.extract,
      now,
      lease: { ...deps.lease, owner },
      feedConcurrency: deps.feedConcurrency,
      requestLog,
      retention: { days: s.retentionDays, maxBytes: s.retentionMB * 1024 * 1024 },
      onProgress: (p) => {
        progress = p;
        deps.onLiveChanged?.(p);
      },
      onChange: (change) => deps.onChange?.(change),
    });
  }

  /** Refreshes one after another: a follow's refresh, then "Refresh now", never at once. */
  let chain: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = chain.then(task);
    chain = run.catch(() => undefined);
    return run;
  }

  async function runRefresh(
    trigger: RefreshTrigger,
    only?: readonly string[],
    takeOver = false,
  ): Promise<RefreshResult> {
    await ready;
    await loadOrigins();
    await loadGrants();
    let result: RefreshResult;
    try {
      result = await (await refresher()).run(trigger, { ...(only ? { only } : {}), takeOver });
    } finally {
      progress = null;
    }
    if (result.status === 'failed') lastError = result.code;
    else if (result.status === 'done') {
      lastError = null;
      lastRefreshAt = now();
    }
    deps.onLiveChanged?.(null);
    return result;
  }

  function summary(result: RefreshResult): RefreshSummary {
    if (result.status === 'busy') return { status: 'busy', feeds: [], added: 0, removed: 0, error: null };
    if (result.status === 'failed')
      return {
        status: 'failed',
        feeds: result.feeds,
        added: result.added.length,
        removed: 0,
        error: result.code,
      };
    return {
      status: result.status,
      feeds: result.feeds,
      added: result.added.length,
      removed: result.removed.length,
      error: null,
    };
  }

  /** A newly followed outlet's feeds read now, after whatever refresh is under way. */
  function refreshFeeds(feeds: readonly string[]): Promise<RefreshResult> {
    return serially(async () => {
      const result = await runRefresh('follow', feeds);
      // A stopped worker's refresh was resumed instead: read the new feeds once it is done.
      const unread = [];
      for (const f of feeds) if (!(await store.getFeed(f))) unread.push(f);
      if (result.status === 'done' && result.resumed && unread.length > 0)
        return runRefresh('follow', unread);
      return result;
    });
  }

  function startRefresh(feeds: readonly string[]): void {
    refreshFeeds(feeds).catch((err: unknown) => {
      console.warn('[Parallax] refresh failed:', err instanceof Error ? err.message : err);
    });
  }

  async function follow({ url, name }: FollowRequest): Promise<FollowReply> {
    await ready;
    const given = typeof url === 'string' ? url.trim() : '';
    if (!isHttp(given)) return { code: 'invalid-url' };
    const origin = originOf(given)!;
    if (!(await isGranted(origin))) return { code: 'needs-permission', origins: [origin] };
    following.add(origin);
    grants.add(origin);
    const added: string[] = [origin];
    try {
      // The reader's address: a site whose home page names its feeds, or a feed itself.
      let feedUrl = given;
      let siteUrl: string | null = null;
      let ownName: string | null = null;
      const page = await client.page(given);
      if (page.ok) {
        const links = findFeedLinks(page.html, page.url);
        if (links.length === 0) return { code: 'no-feed' };
        feedUrl = links[0]!.url;
        siteUrl = page.url;
        ownName = siteName(page.html);
        const feedOrigin = originOf(feedUrl)!;
        if (!(await isGranted(feedOrigin))) return { code: 'needs-permission', origins: [feedOrigin] };
        following.add(feedOrigin);
        grants.add(feedOrigin);
        added.push(feedOrigin);
      } else if (page.code !== 'not-html') {
        // The address could not be read at all (404, timeout, a redirect elsewhere).
        return { code: 'feed-error', error: page.code };
      }
      const read = await client.feed(feedUrl, null);
      if (read.kind !== 'ok') {
        if (read.kind === 'error') return { code: 'feed-error', error: read.code, detail: read.detail };
        return { code: 'feed-error', error: 'http-error' };
      }
      const fresh = outletFrom({ feedUrl: read.url, feed: read.feed, siteUrl, name: name ?? ownName }, now());
      const missing = await missingOrigins(fresh.origins);
      if (missing.length > 0) return { code: 'needs-permission', origins: missing };
      const existing = await store.getOutlet(fresh.id);
      const key = canonicalUrl(read.url);
      if (existing && existing.feeds.some((f) => canonicalUrl(f) === key))
        return { code: 'already-followed', outlet: existing };
      let outlet = existing ? mergeOutlet(existing, fresh) : fresh;
      if (name && !existing) outlet = renameOutlet(outlet, name);
      try {
        await store.putOutlet(outlet);
      } catch (error) {
        if (error instanceof LiveStoreError) return { code: 'disk-full' };
        throw error;
      }
      await loadOrigins();
      await loadGrants();
      await requestLog.flush();
      deps.onLiveChanged?.(null);
      startRefresh([read.url]);
      return { code: 'followed', outlet };
    } finally {
      for (const o of added) following.delete(o);
      for (const o of added) if (!followedOrigins.has(o)) grants.delete(o);
      await requestLog.flush();
    }
  }

  async function unfollow(outletId: string) {
    await ready;
    const outlet = await store.getOutlet(outletId);
    if (!outlet) return { ok: false, releaseOrigins: [] };
    const others = (await store.listOutlets()).filter((o) => o.id !== outletId);
    const releaseOrigins = originsToRelease(outlet, others);
    // Out of the allowed set before anything else: a request already queued is not made.
    followedOrigins = new Set(others.flatMap((o) => o.origins));
    const removed = await store.removeOutlet(outletId);
    await loadOrigins();
    if (removed.length > 0) deps.onChange?.({ added: [], removed });
    deps.onLiveChanged?.(null);
    return { ok: true, releaseOrigins };
  }

  async function rename(outletId: string, name: string): Promise<Outlet | null> {
    const outlet = await store.getOutlet(outletId);
    if (!outlet) return null;
    const next = renameOutlet(outlet, typeof name === 'string' ? name : '');
    await store.putOutlet(next);
    deps.onLiveChanged?.(null);
    return next;
  }

  async function status(): Promise<LiveStatus> {
    await ready;
    const [outlets, feeds, usage, total, job] = await Promise.all([
      store.listOutlets(),
      store.listFeeds(),
      store.usage(),
      store.countArticles(),
      store.getJob(),
    ]);
    const views: OutletView[] = await Promise.all(
      outlets.map(async (outlet) => ({
        outlet,
        status: outletStatus(outlet, feeds),
        articles: await store.countArticles(outlet.id),
      })),
    );
    const live = views.reduce((n, v) => n + v.articles, 0);
    const fromFeeds = feeds.reduce<number | null>(
      (a, f) => (f.lastRefreshAt !== null && (a === null || f.lastRefreshAt > a) ? f.lastRefreshAt : a),
      null,
    );
    return {
      outlets: views.sort((a, b) => a.outlet.name.localeCompare(b.outlet.name)),
      progress: progress ?? (job ? { done: job.done, total: job.total, feed: null } : null),
      lastRefreshAt: lastRefreshAt ?? fromFeeds,
      nextRefreshAt: outlets.length > 0 ? ((await deps.nextRefreshAt?.()) ?? null) : null,
      usage,
      historyArticles: Math.max(0, total - live),
      error: lastError,
    };
  }

  async function importOpml(feeds: readonly OpmlFeed[]): Promise<ImportOpmlReply> {
    await ready;
    const reply: ImportOpmlReply = { followed: 0, already: 0, notGranted: [] };
    const toRead: string[] = [];
    for (const outlet of outletsFromOpml(Array.isArray(feeds) ? feeds : [], now())) {
      if ((await missingOrigins(outlet.origins)).length > 0) {
        reply.notGranted.push(...outlet.feeds);
        continue;
      }
      const existing = await store.getOutlet(outlet.id);
      const known = new Set((existing?.feeds ?? []).map((f) => canonicalUrl(f)));
      const newFeeds = outlet.feeds.filter((f) => !known.has(canonicalUrl(f)));
      if (newFeeds.length === 0) {
        reply.already++;
        continue;
      }
      await store.putOutlet(existing ? mergeOutlet(existing, outlet) : outlet);
      toRead.push(...newFeeds);
      reply.followed++;
    }
    await loadOrigins();
    await loadGrants();
    if (toRead.length > 0) {
      deps.onLiveChanged?.(null);
      startRefresh(toRead);
    }
    return reply;
  }

  return {
    client,
    follow,
    unfollow,
    rename,
    refreshNow: async (trigger = 'manual') => summary(await serially(() => runRefresh(trigger))),
    status,
    requests: async () => {
      await requestLog.flush();
      return store.listRequests();
    },
    async forgetHistory() {
      const removed = await store.forgetHistory();
      if (removed.length > 0) deps.onChange?.({ added: [], removed });
      deps.onLiveChanged?.(null);
      return { removed: removed.length };
    },
    importOpml,
    async exportOpml() {
      const outlets = await store.listOutlets();
      return { text: writeOpml(outlets, undefined, new Date(now())) };
    },
    async keepRead(extracted) {
      if (!(await deps.settings()).keepReading) return false;
      const input = historyArticle(extracted, now());
      if (!input) return false;
      try {
        const put = await store.putArticle(input);
        if (!put.added) return false;
        deps.onChange?.({ added: [put.article], removed: [] });
        return true;
      } catch (error) {
        if (error instanceof LiveStoreError) {
          lastError = error.code;
          return false;
        }
        throw error;
      }
    },
    async followedBy(feeds) {
      const keys = new Set(feeds.map((f) => canonicalUrl(f.url)).filter((k): k is string => k !== null));
      if (keys.size === 0) return null;
      for (const o of await store.listOutlets())
        if (o.feeds.some((f) => keys.has(canonicalUrl(f) ?? ''))) return { id: o.id, name: o.name };
      return null;
    },
    async resume({ startup = false } = {}) {
      await ready;
      const job = await store.getJob();
      if (!job || job.queue.length === 0) return null;
      if (!startup && job.lease.until > now()) return job.lease.until + 1_000;
      void serially(() => runRefresh(job.trigger, undefined, startup)).catch(() => undefined);
      return null;
    },
    async permissionsChanged() {
      await loadGrants();
    },
    idle: () => chain.then(() => undefined),
  };
}
