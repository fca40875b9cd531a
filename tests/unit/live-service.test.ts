// The background's live service against the real fault-injecting feed server and a real
// (fake-indexeddb) store: following by a site or a feed URL, permissions checked before any
// request, the first refresh, unfollow stopping every request to the outlet, OPML both ways,
// the request log, the reading history and a stopped worker's refresh resumed.
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { createLiveService, extractedArticle, type LiveChange } from '../../lib/live';
import { granted as covered, patternCovers } from '../../lib/live/permissions';
import type { LiveServiceDeps } from '../../lib/live/service';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { articlePage, rssFeed, startFeedServer, type FeedServer } from '../../scripts/feed-server';
import { freshStore } from './live-helpers';

let server: FeedServer;

const html = (body: () => string) => (_: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(body());
};
const xml = (body: () => string) => (_: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  res.end(body());
};

beforeAll(async () => {
  server = await startFeedServer({
    routes: {
      '/': html(
        () => `<!doctype html><html><head><title>Home</title>
<meta property="og:site_name" content="Harbour Gazette">
<link rel="alternate" type="application/rss+xml" title="All news" href="/rss.xml"></head><body><p>Hi</p></body></html>`,
      ),
      '/nofeed/': html(() => '<!doctype html><html><head><title>No feed</title></head><body></body></html>'),
      // A feed on 127.0.0.1 whose articles live on the other origin (localhost).
      '/elsewhere.xml': xml(() => rssFeed(server.otherOrigin, 1, 'away')),
      '/other-rss.xml': xml(() => rssFeed(server.otherOrigin, 2, 'other')),
    },
  });
});
afterAll(() => server.close());

const doc = (page: string, url: string) =>
  new JSDOM(page, { url, virtualConsole: new VirtualConsole() }).window.document;

async function setup(
  grants: string[] = ['http://127.0.0.1/*'],
  overrides: Partial<Settings> = {},
  extra: Partial<LiveServiceDeps> = {},
) {
  const clock = { t: Date.parse('2026-12-01T12:00:00Z') };
  const fresh = await freshStore(clock);
  const changes: LiveChange[] = [];
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  const granted = { list: grants };
  const service = createLiveService({
    store: fresh.store,
    fetch,
    extract: (page, url) => extractedArticle(extractPage(doc(page, url), url)),
    permissions: { contains: async (origins) => origins.every((o) => covered(granted.list, o)) },
    settings: async () => settings,
    now: () => clock.t,
    onChange: (c) => changes.push(c),
    client: { timeoutMs: 3000 },
    ...extra,
  });
  return { service, store: fresh.store, idb: fresh.idb, clock, changes, settings, granted };
}

const hostsSince = (n: number) => server.requests.slice(n).map((r) => r.host);

describe('match patterns', () => {
  it('cover origins as browsers do: any port without one, subdomains with *., <all_urls>', () => {
    expect(patternCovers('http://127.0.0.1/*', 'http://127.0.0.1:8123/a')).toBe(true);
    expect(patternCovers('http://127.0.0.1/*', 'https://127.0.0.1/')).toBe(false);
    expect(patternCovers('https://*.bbc.co.uk/*', 'https://feeds.bbc.co.uk/news')).toBe(true);
    expect(patternCovers('https://*.bbc.co.uk/*', 'https://bbc.co.uk/')).toBe(true);
    expect(patternCovers('https://*.bbc.co.uk/*', 'https://evilbbc.co.uk/')).toBe(false);
    expect(patternCovers('*://*/*', 'http://x.example/')).toBe(true);
    expect(patternCovers('<all_urls>', 'https://x.example/')).toBe(true);
    expect(patternCovers('http://localhost:80/*', 'http://localhost:8080/')).toBe(false);
    expect(patternCovers('garbage', 'http://localhost/')).toBe(false);
  });
});

describe('the live service', () => {
  it('follows a site by its home page: the feed it names, its name, then a first refresh', async () => {
    const { service, store, changes } = await setup();
    const reply = await service.follow({ url: server.url });
    expect(reply.code).toBe('followed');
    expect(reply.outlet?.name).toBe('Harbour Gazette');
    expect(reply.outlet?.feeds).toEqual([`${server.origin}/rss.xml`]);
    await service.idle();
    const articles = await store.listArticles();
    expect(articles).toHaveLength(3);
    expect(articles.every((a) => a.outletId === reply.outlet!.id && !a.partial)).toBe(true);
    expect(changes.flatMap((c) => c.added)).toHaveLength(3);

    const status = await service.status();
    expect(status.outlets).toHaveLength(1);
    expect(status.outlets[0]!.articles).toBe(3);
    expect(status.lastRefreshAt).not.toBeNull();
    expect(status.usage.articles).toBe(3);
    expect(status.historyArticles).toBe(0);
    expect(status.progress).toBeNull();

    // Following it again, by its feed: already followed, nothing stored twice.
    expect((await service.follow({ url: `${server.origin}/rss.xml` })).code).toBe('already-followed');
    const log = await service.requests();
    expect(log.map((r) => new URL(r.url).pathname)).toContain('/rss.xml');
    expect(log.every((r) => r.url.startsWith(server.origin))).toBe(true);
    expect(await service.followedBy([{ url: `${server.origin}/rss.xml`, title: null, type: 'rss' }])).toEqual(
      {
        id: reply.outlet!.id,
        name: 'Harbour Gazette',
      },
    );
    expect(
      await service.followedBy([{ url: `${server.origin}/atom.xml`, title: null, type: 'atom' }]),
    ).toBeNull();
  });

  it('follows a feed URL, and a name given by the reader wins', async () => {
    const { service } = await setup();
    const reply = await service.follow({ url: `${server.origin}/atom.xml`, name: 'My Atom' });
    expect(reply.code).toBe('followed');
    expect(reply.outlet).toMatchObject({ name: 'My Atom', nameEdited: true });
    await service.idle();
    const renamed = await service.rename(reply.outlet!.id, '  Atom  Times ');
    expect(renamed?.name).toBe('Atom Times');
    expect(await service.rename('nobody', 'x')).toBeNull();
  });

  it('asks for permission before any request, and names the origins still missing', async () => {
    const { service } = await setup([]);
    const before = server.requests.length;
    expect(await service.follow({ url: `${server.origin}/rss.xml` })).toEqual({
      code: 'needs-permission',
      origins: [server.origin],
    });
    expect(server.requests.length).toBe(before); // nothing asked

    // The feed is granted, its articles' host (localhost) is not.
    const partly = await setup(['http://127.0.0.1/*']);
    expect(await partly.service.follow({ url: `${server.origin}/elsewhere.xml` })).toEqual({
      code: 'needs-permission',
      origins: [server.otherOrigin],
    });
    expect(await partly.store.listOutlets()).toEqual([]);
    expect(hostsSince(before).every((h) => h.startsWith('127.0.0.1'))).toBe(true);
  });

  it('says what is wrong: an invalid address, a site with no feed, a broken feed', async () => {
    const { service } = await setup();
    expect((await service.follow({ url: 'ftp://example.org/feed' })).code).toBe('invalid-url');
    expect((await service.follow({ url: 'not a url' })).code).toBe('invalid-url');
    expect((await service.follow({ url: `${server.origin}/nofeed/` })).code).toBe('no-feed');
    expect(await service.follow({ url: `${server.origin}/missing.xml` })).toMatchObject({
      code: 'feed-error',
      error: 'not-found',
    });
    expect(await service.follow({ url: `${server.origin}/malformed.xml` })).toMatchObject({
      code: 'feed-error',
      error: 'malformed',
    });
  });

  it('unfollow: its articles leave, its origins are given back, and no request goes to it again', async () => {
    const { service, store, changes } = await setup(['http://127.0.0.1/*', 'http://localhost/*']);
    const a = await service.follow({ url: `${server.origin}/rss.xml` });
    const b = await service.follow({ url: `${server.origin}/other-rss.xml` });
    expect([a.code, b.code]).toEqual(['followed', 'followed']);
    await service.idle();
    expect(b.outlet!.origins).toEqual([server.origin, server.otherOrigin].sort());
    expect(await store.countArticles(b.outlet!.id)).toBe(2);

    const out = await service.unfollow(b.outlet!.id);
    // 127.0.0.1 is still needed by the first outlet; localhost was only the second's.
    expect(out).toEqual({ ok: true, releaseOrigins: [server.otherOrigin] });
    expect(await store.countArticles(b.outlet!.id)).toBe(0);
    expect(changes.at(-1)?.removed).toHaveLength(2);

    const before = server.requests.length;
    const summary = await service.refreshNow();
    expect(summary.status).toBe('done');
    expect(summary.feeds.map((f) => f.feed)).toEqual([`${server.origin}/rss.xml`]);
    expect(server.requests.slice(before).map((r) => r.url)).toEqual(['/rss.xml']);
    // Even asked directly, the client no longer reaches the unfollowed outlet's origin.
    expect(await service.client.page(`${server.otherOrigin}/articles/other-1.html`)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(server.requests.length).toBe(before + 1);
    expect(await service.unfollow(b.outlet!.id)).toEqual({ ok: false, releaseOrigins: [] });
  });

  it('never asks an origin no followed outlet needs, even when granted', async () => {
    const { service } = await setup(['<all_urls>']);
    const before = server.requests.length;
    expect(await service.client.feed(`${server.origin}/rss.xml`, null)).toMatchObject({
      kind: 'error',
      code: 'forbidden',
    });
    expect(server.requests.length).toBe(before);
  });

  it('imports OPML (granted origins only) and exports the followed outlets', async () => {
    const { service, store } = await setup(['http://127.0.0.1/*']);
    const reply = await service.importOpml([
      { url: `${server.origin}/rss.xml`, title: 'Gazette', siteUrl: `${server.origin}/`, lang: 'en' },
      { url: `${server.origin}/atom.xml`, title: 'Gazette Atom', siteUrl: `${server.origin}/`, lang: 'en' },
      { url: `${server.otherOrigin}/feed.json`, title: 'Elsewhere', siteUrl: null, lang: null },
    ]);
    expect(reply).toEqual({ followed: 1, already: 0, notGranted: [`${server.otherOrigin}/feed.json`] });
    await service.idle();
    const [outlet] = await store.listOutlets();
    expect(outlet!.feeds).toHaveLength(2);
    expect(await store.countArticles(outlet!.id)).toBe(5);
    const again = await service.importOpml([
      { url: `${server.origin}/rss.xml`, title: 'Gazette', siteUrl: `${server.origin}/`, lang: 'en' },
    ]);
    expect(again).toEqual({ followed: 0, already: 1, notGranted: [] });
    const { text } = await service.exportOpml();
    expect(text).toContain(`xmlUrl="${server.origin}/rss.xml"`);
    expect(text).toContain(`xmlUrl="${server.origin}/atom.xml"`);
    expect(text).toContain('text="Gazette"');
  });

  it('keeps the articles read only when the reader asked, and forgets them', async () => {
    const url = `${server.origin}/articles/read-1.html`;
    const page = extractPage(doc(articlePage('The harbour vote'), url), url);
    const off = await setup();
    expect(await off.service.keepRead(page)).toBe(false);
    expect(await off.store.countArticles()).toBe(0);

    const on = await setup(undefined, { keepReading: true });
    expect(await on.service.keepRead(page)).toBe(true);
    expect(await on.service.keepRead(page)).toBe(false); // once
    expect(on.changes.flatMap((c) => c.added).map((a) => a.origin)).toEqual(['history']);
    expect((await on.service.status()).historyArticles).toBe(1);
    expect(await on.service.forgetHistory()).toEqual({ removed: 1 });
    expect((await on.service.status()).historyArticles).toBe(0);
    expect(on.changes.at(-1)?.removed).toHaveLength(1);
  });

  /** The service a new worker makes over the same store, after `first`'s worker stopped. */
  const nextWorker = (first: Awaited<ReturnType<typeof setup>>) =>
    createLiveService({
      store: first.store,
      fetch,
      extract: () => null,
      permissions: { contains: async (origins) => origins.every((o) => covered(['http://127.0.0.1/*'], o)) },
      settings: async () => DEFAULT_SETTINGS,
      now: () => first.clock.t,
    });

  it('a new worker resumes the refresh a stopped one left, once its lease is stale', async () => {
    const first = await setup();
    await first.service.follow({ url: `${server.origin}/rss.xml` });
    await first.service.idle();
    // A refresh left mid-way by a worker that stopped: its job is in the store, its lease fresh.
    await first.store.takeLease('dead-worker', 60_000, 'schedule');
    const second = nextWorker(first);
    const retryAt = await second.resume();
    expect(retryAt).toBe(first.clock.t + 61_000);
    expect(await first.store.getJob()).not.toBeNull();
    first.clock.t += 61_000;
    expect(await second.resume()).toBeNull();
    await second.idle();
    expect(await first.store.getJob()).toBeNull();
    expect(await second.resume()).toBeNull();
  });

  it('a worker that just started resumes at once: the lease it finds is its dead predecessor’s', async () => {
    const first = await setup();
    await first.service.follow({ url: `${server.origin}/rss.xml` });
    await first.service.idle();
    await first.store.takeLease('dead-worker', 60_000, 'schedule');
    const second = nextWorker(first);
    expect(await second.resume({ startup: true })).toBeNull();
    await second.idle();
    expect(await first.store.getJob()).toBeNull();
  });
});
