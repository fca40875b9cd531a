// The refresh of followed feeds, against the fault-injecting feed server and a real store: what a
// reader sees after "Refresh now" — new articles with their full text, nothing fetched twice,
// one broken feed not stopping the others, and a stopped worker's refresh finished by the next.
import { JSDOM } from 'jsdom';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFeedClient } from '../../lib/feeds/client';
import { extractPage } from '../../lib/extract';
import {
  createRefresher,
  extractedArticle,
  type Extract,
  type LiveChange,
  type RefresherDeps,
} from '../../lib/live/refresh';
import { createRequestLog } from '../../lib/live/request-log';
import type { LiveStore } from '../../lib/live/store';
import { articlePage, startFeedServer, type FeedServer } from '../../scripts/feed-server';
import { DAY, freshStore, liveArticle, outlet, T0 } from './live-helpers';

let server: FeedServer;

function rss(items: string, title = 'Test feed'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title>
<link>${server.origin}/</link><language>en</language>${items}</channel></rss>`;
}

function item(path: string, guid: string, extra = ''): string {
  return `<item><title>Item ${guid}</title><link>${server.origin}${path}</link><guid>${guid}</guid>
<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>The feed's own summary of ${guid}.</description>${extra}</item>`;
}

const xml = (body: () => string) => (_: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  res.end(body());
};
const html = (body: string) => (_: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(body);
};

beforeAll(async () => {
  server = await startFeedServer({
    routes: {
      '/partial.xml': xml(() =>
        rss(
          item('/articles/missing-1.html', 'p-404') +
            item('/paywall.html', 'p-402') +
            item('/articles/short-1.html', 'p-short') +
            item('/articles/good-1.html', 'p-good') +
            item(
              '/articles/full-1.html',
              'p-full',
              '<content:encoded><![CDATA[<p>The whole article is in the feed. It has two sentences.</p>]]></content:encoded>',
            ),
        ),
      ),
      '/wire-a.xml': xml(() => rss(item('/wire/a.html', 'wa'), 'Alpha')),
      '/wire-b.xml': xml(() => rss(item('/wire/b.html', 'wb'), 'Beta')),
      '/redirects.xml': xml(() => rss(item('/go/r1', 'r1') + item('/go/r1b', 'r1b'))),
      '/go/r1': (_, res) => {
        res.writeHead(302, { Location: '/articles/redir-1.html' });
        res.end();
      },
      '/go/r1b': (_, res) => {
        res.writeHead(302, { Location: '/articles/redir-1.html?utm_source=feed' });
        res.end();
      },
      '/wire/a.html': html(articlePage('Ferry berth approved')),
      '/wire/b.html': html(articlePage('Ferry berth approved')),
    },
  });
});
afterAll(() => server.close());
afterEach(() => vi.restoreAllMocks());

/** lib/extract on an inert jsdom document, as the offscreen document does it. */
const extract: Extract = (page, url) =>
  extractedArticle(extractPage(new JSDOM(page, { url }).window.document, url));

function setup(store: LiveStore, clock: { t: number }, extra: Partial<RefresherDeps> = {}) {
  const requestLog = createRequestLog(store);
  const client = createFeedClient({
    fetch,
    now: () => clock.t,
    timeoutMs: 3000,
    onRequest: requestLog.onRequest,
  });
  const changes: LiveChange[] = [];
  const refresher = createRefresher({
    store,
    client,
    extract,
    now: () => clock.t,
    onChange: (c) => changes.push(c),
    requestLog,
    ...extra,
  });
  return { refresher, changes };
}

const requestsSince = (n: number) => server.requests.slice(n).map((r) => r.url);
const pagesSince = (n: number) => requestsSince(n).filter((u) => !u.endsWith('.xml') && !u.endsWith('.json'));

async function followed(feeds: Record<string, string[]>) {
  const clock = { t: T0 };
  const { store } = await freshStore(clock);
  for (const [id, paths] of Object.entries(feeds))
    await store.putOutlet(
      outlet(
        id,
        paths.map((p) => `${server.origin}${p}`),
        { name: `The ${id}` },
      ),
    );
  return { store, clock };
}

describe('refresh', () => {
  it('stores each new article with the full text of its page; the next refresh takes 304s and fetches no page', async () => {
    const { store, clock } = await followed({
      gazette: ['/rss.xml'],
      atom: ['/atom.xml'],
      daily: ['/feed.json'],
    });
    const { refresher, changes } = setup(store, clock);
    const start = server.requests.length;
    const first = await refresher.run('manual');
    expect(first.status).toBe('done');
    if (first.status !== 'done') return;
    expect(first.feeds.map((f) => [f.feed.replace(server.origin, ''), f.status, f.new]).sort()).toEqual([
      ['/atom.xml', 'ok', 2],
      ['/feed.json', 'ok', 2],
      ['/rss.xml', 'ok', 3],
    ]);
    expect(pagesSince(start)).toHaveLength(7);
    const stored = await store.listArticles();
    expect(stored).toHaveLength(7);
    const one = stored.find((a) => a.url === `${server.origin}/articles/rss-1.html`)!;
    expect(one).toMatchObject({
      origin: 'live',
      outlet: 'The gazette',
      outletId: 'gazette',
      feed: `${server.origin}/rss.xml`,
      partial: false,
      fetched: new Date(T0).toISOString(),
      lang: 'en',
    });
    expect(one.text).toContain('The council met on Tuesday evening');
    expect(changes.flatMap((c) => c.added.map((a) => a.id)).sort()).toEqual([...first.added].sort());

    const before = server.requests.length;
    clock.t += 30 * 60_000;
    const second = await refresher.run('schedule');
    expect(second.status === 'done' && second.feeds.map((f) => f.status)).toEqual([
      'not-modified',
      'not-modified',
      'not-modified',
    ]);
    expect(pagesSince(before)).toEqual([]);
    expect(server.requests.slice(before).every((r) => r.headers['if-none-match'] !== undefined)).toBe(true);
    expect(await store.countArticles()).toBe(7);
  });

  it('a feed answering 404 is reported and waits its turn, and the other feeds are read', async () => {
    const { store, clock } = await followed({ gone: ['/missing.xml'], gazette: ['/rss.xml'] });
    const { refresher } = setup(store, clock);
    const first = await refresher.run('manual');
    expect(
      first.status === 'done' && first.feeds.map((f) => [f.outletId, f.status, f.error, f.new]).sort(),
    ).toEqual([
      ['gazette', 'ok', null, 3],
      ['gone', 'error', 'not-found', 0],
    ]);
    expect((await store.getFeed(`${server.origin}/missing.xml`))!.state).toMatchObject({
      failures: 1,
      lastStatus: 404,
      lastError: 'not-found',
      errorSince: T0,
    });
    const before = server.requests.length;
    clock.t += 60_000;
    const second = await refresher.run('manual');
    expect(second.status === 'done' && second.feeds.find((f) => f.outletId === 'gone')!.status).toBe(
      'backing-off',
    );
    expect(requestsSince(before)).not.toContain('/missing.xml');
  });

  it("keeps the feed's text, marked partial, when the page cannot be had or read; a feed with the full text needs no page", async () => {
    const { store, clock } = await followed({ mixed: ['/partial.xml'] });
    const { refresher } = setup(store, clock);
    const start = server.requests.length;
    const result = await refresher.run('manual');
    expect(result.status === 'done' && result.feeds[0]).toMatchObject({ status: 'ok', new: 5, partial: 3 });
    const byGuid = new Map((await store.listArticles()).map((a) => [a.guid, a]));
    for (const guid of ['p-404', 'p-402', 'p-short']) {
      expect(byGuid.get(guid), guid).toMatchObject({
        partial: true,
        text: `The feed's own summary of ${guid}.`,
      });
    }
    expect(byGuid.get('p-good')).toMatchObject({ partial: false });
    expect(byGuid.get('p-good')!.text).toContain('The council met');
    expect(byGuid.get('p-full')).toMatchObject({ partial: false });
    expect(byGuid.get('p-full')!.text).toContain('The whole article is in the feed.');
    expect(pagesSince(start)).not.toContain('/articles/full-1.html');
    // The options page's request log shows each request with its status.
    const log = await store.listRequests();
    expect(log.map((r) => [r.kind, r.url.replace(server.origin, ''), r.status])).toEqual(
      expect.arrayContaining([
        ['feed', '/partial.xml', 200],
        ['page', '/articles/missing-1.html', 404],
        ['page', '/paywall.html', 402],
        ['page', '/articles/good-1.html', 200],
      ]),
    );
    expect(log).toHaveLength(5);
    // Partial articles are not fetched again on the next refresh.
    const before = server.requests.length;
    await refresher.run('manual');
    expect(pagesSince(before)).toEqual([]);
  });

  it('feed links that redirect to one article store it once, and neither link is fetched again', async () => {
    const { store, clock } = await followed({ gazette: ['/redirects.xml'] });
    const { refresher } = setup(store, clock, { feedConcurrency: 1 });
    const first = await refresher.run('manual');
    expect(first.status === 'done' && first.feeds[0]!.new).toBe(1);
    const [article] = await store.listArticles();
    expect(article!.url).toBe(`${server.origin}/articles/redir-1.html`);
    const before = server.requests.length;
    await refresher.run('manual');
    expect(pagesSince(before)).toEqual([]);
  });

  it('the same text from two outlets is kept as two reports, the second marked identical', async () => {
    const { store, clock } = await followed({ alpha: ['/wire-a.xml'], beta: ['/wire-b.xml'] });
    const { refresher } = setup(store, clock, { feedConcurrency: 1 });
    await refresher.run('manual');
    const articles = await store.listArticles();
    expect(articles).toHaveLength(2);
    const a = articles.find((x) => x.outletId === 'alpha');
    const b = articles.find((x) => x.outletId === 'beta');
    expect(a!.identicalTo).toBeNull();
    expect(b!.identicalTo).toBe(a!.id);
  });

  it('a refresh stopped mid-queue is finished by the next refresher, and no page is fetched twice', async () => {
    const { store, clock } = await followed({
      gazette: ['/rss.xml'],
      atom: ['/atom.xml'],
      daily: ['/feed.json'],
    });
    const stop = new AbortController();
    const { refresher } = setup(store, clock, {
      feedConcurrency: 1,
      onProgress: (p) => {
        if (p.done === 1) stop.abort();
      },
    });
    const start = server.requests.length;
    const stopped = await refresher.run('schedule', { signal: stop.signal });
    expect(stopped.status).toBe('stopped');
    expect((await store.getJob())!.queue).toHaveLength(2);
    const next = setup(store, clock).refresher;
    const resumed = await next.run('manual');
    expect(resumed).toMatchObject({ status: 'done', resumed: true, trigger: 'manual' });
    expect(resumed.status === 'done' && resumed.feeds).toHaveLength(2);
    const pages = pagesSince(start);
    expect(pages).toHaveLength(7);
    expect(new Set(pages).size).toBe(7);
    expect(await store.countArticles()).toBe(7);
    expect(await store.getJob()).toBeNull();
  });

  it('a worker that died mid-refresh: its stale lease is taken over and its queue finished', async () => {
    const { store, clock } = await followed({ gazette: ['/rss.xml'], atom: ['/atom.xml'] });
    let hung: () => void = () => {};
    let entering: () => void = () => {};
    const entered = new Promise<void>((resolve) => (entering = resolve));
    const dead = setup(store, clock, {
      feedConcurrency: 1,
      lease: { ttlMs: 1000 },
      extract: () => {
        entering();
        return new Promise((resolve) => (hung = () => resolve(null)));
      },
    }).refresher;
    const deadRun = dead.run('schedule');
    await entered;
    expect(await setup(store, clock).refresher.run('manual')).toEqual({ status: 'busy' });
    clock.t += 2000;
    const successor = await setup(store, clock, { lease: { ttlMs: 1000 } }).refresher.run('manual');
    expect(successor).toMatchObject({ status: 'done', resumed: true });
    expect(await store.countArticles()).toBe(5);
    hung();
    expect(await deadRun).toMatchObject({ status: 'lease-lost' });
    expect(await store.countArticles()).toBe(5);
  });

  it('two refreshes at once: one runs, the other is told it is busy; the same refresher asked twice runs once', async () => {
    const { store, clock } = await followed({ gazette: ['/rss.xml'] });
    const start = server.requests.length;
    const results = await Promise.all([
      setup(store, clock).refresher.run('manual'),
      setup(store, clock).refresher.run('schedule'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['busy', 'done']);
    expect(requestsSince(start).filter((u) => u === '/rss.xml')).toHaveLength(1);
    const { refresher } = setup(store, clock);
    const [a, b] = [refresher.run('manual'), refresher.run('manual')];
    expect(a).toBe(b);
    await a;
  });

  it('retention runs after a refresh and says which articles left, for the match index', async () => {
    const { store, clock } = await followed({ gazette: ['/rss.xml'] });
    const old = await store.putArticle(
      liveArticle('old', { fetched: new Date(T0 - 20 * DAY).toISOString() }),
    );
    const { refresher, changes } = setup(store, clock);
    const result = await refresher.run('schedule');
    const oldId = old.added ? old.article.id : '';
    expect(result.status === 'done' && result.removed).toEqual([oldId]);
    expect(changes.at(-1)).toEqual({ added: [], removed: [oldId] });
    expect(await store.getArticle(oldId)).toBeNull();
  });

  it('an outlet unfollowed while a refresh waits is not asked', async () => {
    const { store, clock } = await followed({ gazette: ['/rss.xml'], atom: ['/atom.xml'] });
    const stop = new AbortController();
    stop.abort();
    await setup(store, clock).refresher.run('schedule', { signal: stop.signal });
    await store.removeOutlet('atom');
    const start = server.requests.length;
    await setup(store, clock).refresher.run('manual');
    expect(requestsSince(start).some((u) => u.includes('atom'))).toBe(false);
  });

  it('a full disk stops the refresh with the code "disk-full"; its queue waits for the next one', async () => {
    const { store, clock } = await followed({ gazette: ['/rss.xml'] });
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'articles')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args as [unknown]);
    });
    const result = await setup(store, clock).refresher.run('manual');
    expect(result).toMatchObject({ status: 'failed', code: 'disk-full' });
    vi.restoreAllMocks();
    expect((await store.getJob())!.queue).toHaveLength(1);
    expect(await setup(store, clock).refresher.run('manual')).toMatchObject({
      status: 'done',
      resumed: true,
    });
    expect(await store.countArticles()).toBe(3);
  });

  it('an extraction that never answers does not hold the refresh: the feed text is kept, partial', async () => {
    const { store, clock } = await followed({ gazette: ['/rss.xml'] });
    const { refresher } = setup(store, clock, { extract: () => new Promise(() => {}), extractTimeoutMs: 50 });
    const result = await refresher.run('manual');
    expect(result.status === 'done' && result.feeds[0]).toMatchObject({ new: 3, partial: 3 });
  });
});
