// Live coverage end to end in real Chromium, on the news week served from 127.0.0.1: the test
// build (PARALLAX_TEST_BUILD=1, .output/test) has the test server's origin granted, so following
// runs the real code path (permissions.contains, the service worker's fetch, the offscreen
// extraction) with no prompt. Follow two outlets, refresh, read a third outlet's report of the
// same event: the badge counts the followed outlets' reports. Unfollow one: the next refresh asks
// nothing of it. Reading pages asks nothing at all; a refresh asks only followed outlets' URLs.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsGold } from '../../demo/news/week';
import type { MessageName, Messages } from '../../lib/protocol';
import { badgeText, stopServiceWorker, waitFor } from '../../scripts/browser';
import { startNewsServer, type NewsServer } from '../../scripts/news-server';
import { openNewsPage } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

const TEST_EXTENSION_DIR = resolve('.output/test/chrome-mv3');

let e2e: E2E;
let news: NewsServer;
let page: Page;

async function ask<K extends MessageName>(
  type: K,
  payload: Messages[K]['payload'],
): Promise<Messages[K]['reply']> {
  const args: [string, unknown] = [type, payload];
  const reply: unknown = await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ parallax: 1, type: t, payload: p }),
    args,
  );
  return reply as Messages[K]['reply'];
}

beforeAll(async () => {
  news = await startNewsServer({ anchor: new Date() });
  e2e = await startE2E({ extensionDir: TEST_EXTENSION_DIR });
  page = await e2e.context.newPage();
  await page.goto(`chrome-extension://${e2e.extensionId}/options.html`);
});
afterAll(async () => {
  await e2e?.close();
  await news?.close();
});

/** The storm, reported by four outlets (demo/news/gold.json): two to follow, one to read. */
function pickStory(event = 'storm-orla') {
  const ids = Object.entries(newsGold().articles)
    .filter(([, e]) => e === event)
    .map(([id]) => id);
  const [a, b, c] = [...new Set(ids.map((id) => id.split('/')[0]!))];
  if (!c) throw new Error(`${event}: fewer than three outlets in the news week`);
  const read = news.articles.find((x) => x.id === ids.find((id) => id.startsWith(`${c}/`)))!;
  return { followed: [a!, b!], read };
}

const pathsSince = (n: number) => news.requests.slice(n).map((r) => r.url);

describe('live coverage in Chromium', () => {
  it('follow, refresh, read another outlet: the badge counts the followed reports; unfollow stops requests', async () => {
    const { followed, read } = pickStory();
    const outlets = followed.map((id) => news.outlets.find((o) => o.id === id)!);
    const first = news.requests.length;

    // By its home page (the feed it declares) and by its feed.
    const a = await ask('ui/follow', { url: outlets[0]!.home });
    const b = await ask('ui/follow', { url: outlets[1]!.feed });
    expect([a.code, b.code]).toEqual(['followed', 'followed']);
    const summary = await ask('ui/refresh-now', {});
    expect(summary.status).toBe('done');
    const status = await ask('ui/live-status', {});
    expect(status.outlets).toHaveLength(2);
    expect(status.outlets.every((o) => o.articles > 0)).toBe(true);
    expect(status.outlets.every((o) => o.status.failing.length === 0)).toBe(true);
    expect(status.nextRefreshAt).not.toBeNull(); // the schedule's alarm
    // Every article was read from its page (the offscreen document extracted it).
    const log = await ask('ui/get-requests', {});
    expect(log.filter((r) => r.kind === 'page').length).toBeGreaterThan(0);
    expect(log.every((r) => r.error === null)).toBe(true);

    // A refresh asked only the followed outlets' URLs.
    const prefixes = outlets.map((o) => new URL(o.home).pathname);
    const asked = pathsSince(first);
    expect(asked.length).toBeGreaterThan(2);
    expect(asked.filter((p) => !prefixes.some((x) => p.startsWith(x)))).toEqual([]);

    // Reading a third outlet's report of the same event: matched with the followed outlets'.
    const beforeReading = news.requests.length;
    const reading = await openNewsPage(e2e.context, read.url);
    const badge = await waitFor(async () => {
      const text = await reading.settledBadge();
      return Number(text) >= 1 ? text : null;
    }, 'a badge counting the followed outlets');
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
    // Open tabs are matched again when a refresh's articles join the index: the state may be
    // 'working' a moment after the badge showed.
    const state = await waitFor(async () => {
      const s = await ask('ui/get-state', { tabId: reading.tabId });
      return s.state.kind === 'matched' ? s : null;
    }, 'the article matched');
    expect(state.state.kind).toBe('matched');
    const names = status.outlets.map((o) => o.outlet.name);
    if (state.state.kind === 'matched') {
      const live = state.state.matches.filter((m) => m.origin === 'live' && m.verdict === 'same-story');
      expect(live.length).toBeGreaterThanOrEqual(1);
      expect(live.every((m) => names.includes(m.outlet ?? ''))).toBe(true);
      expect(live.every((m) => m.url?.startsWith(news.origin))).toBe(true);
    }
    // Reading made no request but the page's own.
    expect(
      pathsSince(beforeReading).filter((p) => p !== new URL(read.url).pathname && p !== '/favicon.ico'),
    ).toEqual([]);
    expect(await badgeText(e2e.context, reading.tabId)).toBe(badge);
    await reading.page.close();

    // Unfollow the first: its articles leave, and the next refresh asks nothing of it.
    const out = await ask('ui/unfollow', { outletId: a.outlet!.id });
    expect(out.ok).toBe(true);
    expect(out.releaseOrigins).toEqual([]); // both outlets live on 127.0.0.1
    const beforeRefresh = news.requests.length;
    const again = await ask('ui/refresh-now', {});
    expect(again.status).toBe('done');
    const next = pathsSince(beforeRefresh);
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((p) => p.startsWith(prefixes[0]!))).toEqual([]);
    expect(next.every((p) => p.startsWith(prefixes[1]!))).toBe(true);
    expect((await ask('ui/live-status', {})).outlets.map((o) => o.outlet.id)).toEqual([b.outlet!.id]);
  });

  it('follows a feed that moved (an opaque redirect in MV3) within granted origins, and never to an origin not granted', async () => {
    const following = (await ask('ui/live-status', {})).outlets.map((o) => o.outlet.name);
    const outlet = news.outlets.find((o) => !following.includes(o.name))!;
    news.redirect('/old/feed.xml', outlet.feed);
    const before = news.requests.length;
    const moved = await ask('ui/follow', { url: `${news.origin}/old/feed.xml` });
    expect(moved.code).toBe('followed');
    const summary = await ask('ui/refresh-now', {});
    expect(summary.status).toBe('done');
    const status = await ask('ui/live-status', {});
    const followed = status.outlets.find((o) => o.outlet.id === moved.outlet!.id)!;
    expect(followed.articles).toBeGreaterThan(0);
    expect(followed.status.failing).toEqual([]);
    const asked = pathsSince(before);
    expect(asked).toContain('/old/feed.xml');
    expect(asked).toContain(new URL(outlet.feed).pathname);

    // 127.0.0.2 is not granted: the redirect is refused before anything is asked of it.
    news.redirect('/elsewhere.xml', 'http://127.0.0.2:9/feed.xml');
    const away = await ask('ui/follow', { url: `${news.origin}/elsewhere.xml` });
    expect(away.code).not.toBe('followed');
    const log = await ask('ui/get-requests', {});
    expect(log.some((r) => r.url.startsWith('http://127.0.0.2'))).toBe(false);
  });

  it(
    'a worker stopped mid-refresh resumes it when it starts again, and reads each page once',
    { timeout: 30_000 },
    async () => {
      // A slow outlet (each article page answered after 600 ms), so the stop lands mid-refresh.
      const slow = await startNewsServer({ anchor: new Date(), pageDelayMs: 600 });
      try {
        const outlets = slow.outlets.slice(0, 3);
        const pages = new Set(
          slow.articles
            .filter((a) => outlets.some((o) => o.id === a.outlet))
            .map((a) => new URL(a.url).pathname),
        );
        const pageRequests = () => slow.requests.filter((r) => pages.has(r.url));
        // Three outlets at once (an OPML import): one refresh reads their feeds, then their pages.
        const feeds = outlets.map((o) => ({ url: o.feed, title: o.name, siteUrl: o.home, lang: 'en' }));
        expect((await ask('ui/import-opml', { feeds })).followed).toBe(3);
        await waitFor(async () => (pageRequests().length >= 2 ? true : null), 'the refresh reading pages');
        expect(await stopServiceWorker(e2e.context, e2e.extensionId)).toBe(true);
        const atStop = pageRequests().length;
        expect(atStop).toBeLessThan(pages.size);

        // Anything that starts the worker again (here the options page asking its status).
        const done = await waitFor(
          async () => {
            const status = await ask('ui/live-status', {});
            const mine = status.outlets.filter(
              (o) =>
                outlets.some((x) => x.name === o.outlet.name) &&
                o.outlet.feeds.some((f) => f.startsWith(slow.origin)),
            );
            return status.progress === null &&
              mine.length === 3 &&
              mine.reduce((n, o) => n + o.articles, 0) === pages.size
              ? mine
              : null;
          },
          'the refresh resumed and finished',
          60_000,
        );
        expect(done.every((o) => o.status.failing.length === 0)).toBe(true);
        // Each page read once, but for those in flight when the worker stopped (4 at most).
        const asked = pageRequests().map((r) => r.url);
        expect(asked.length - new Set(asked).size).toBeLessThanOrEqual(4);
        expect(asked.length).toBeGreaterThan(atStop);
      } finally {
        await slow.close();
      }
    },
  );
});
