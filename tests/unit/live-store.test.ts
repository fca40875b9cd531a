// The live-coverage store: what is fetched is kept once, retention frees the oldest first and
// never the reader's own corpus, a full disk is a code, a refresh is leased.
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLiveStore, LiveStoreError, REQUEST_LOG_SIZE } from '../../lib/live/store';
import { openUserCorpus } from '../../lib/user-corpus';
import type { RequestRecord } from '../../lib/feeds/types';
import { emptyFeedState } from '../../lib/feeds/http';
import { DAY, freshStore, liveArticle, outlet, T0 } from './live-helpers';

afterEach(() => vi.restoreAllMocks());

describe('live store: articles', () => {
  it('keeps an article with its outlet, address, feed, fetch time and size, and finds it again by its address', async () => {
    const { store } = await freshStore();
    const put = await store.putArticle(
      liveArticle('1', { url: 'https://gazette.example/news/1?utm_source=rss' }),
    );
    expect(put.added).toBe(true);
    if (!put.added) return;
    expect(put.article).toMatchObject({
      origin: 'live',
      outlet: 'Harbour Gazette',
      feed: 'https://gazette.example/rss.xml',
      fetched: '2026-12-02T10:00:00.000Z',
      partial: false,
      identicalTo: null,
    });
    expect(put.article.bytes).toBeGreaterThan(100);
    expect(await store.getArticle(put.article.id)).toEqual(put.article);
    expect(await store.findByAddress({ url: 'https://GAZETTE.example/news/1#x' })).toEqual({
      by: 'url',
      id: put.article.id,
    });
    expect(
      await store.findByAddress({
        url: 'https://gazette.example/other',
        feed: 'https://gazette.example/rss.xml',
        guid: 'guid-1',
      }),
    ).toEqual({ by: 'guid', id: put.article.id });
    expect(await store.findByAddress({ url: 'https://gazette.example/news/2' })).toBeNull();
    expect(await store.usage()).toEqual({ articles: 1, bytes: put.article.bytes });
  });

  it('stores an article once: the same address again is refused', async () => {
    const { store } = await freshStore();
    const first = await store.putArticle(liveArticle('1'));
    const again = await store.putArticle(liveArticle('1', { text: 'An updated text.' }));
    expect(again).toEqual({ added: false, duplicateOf: first.added && first.article.id, by: 'url' });
    expect(await store.countArticles()).toBe(1);
  });

  it('the same text from the same outlet at another address is kept as a copy; with no address to tell them apart, once', async () => {
    const { store } = await freshStore();
    const first = await store.putArticle(liveArticle('1'));
    const amp = await store.putArticle(
      liveArticle('1', {
        url: 'https://gazette.example/amp/1',
        guid: 'other',
        text: liveArticle('1').text.toUpperCase(),
      }),
    );
    expect(amp.added && amp.article.identicalTo).toBe(first.added && first.article.id);
    const bare = { url: null, feed: 'https://gazette.example/other.xml', text: 'A brief with no address.' };
    const once = await store.putArticle(liveArticle('x', { ...bare, guid: 'b1' }));
    const again = await store.putArticle(liveArticle('x', { ...bare, guid: 'b2' }));
    expect(again).toEqual({ added: false, duplicateOf: once.added && once.article.id, by: 'text' });
    expect(await store.findByAddress({ feed: bare.feed, guid: 'b2' })).toMatchObject({ by: 'guid' });
    expect(await store.countArticles()).toBe(3);
  });

  it('wire copy: the same text from another outlet is kept as a second report, marked identical to the first', async () => {
    const { store } = await freshStore();
    const first = await store.putArticle(liveArticle('1'));
    const wire = await store.putArticle(
      liveArticle('1', {
        outlet: 'Coast Times',
        outletId: 'coast',
        url: 'https://coast.example/1',
        guid: 'c1',
      }),
    );
    expect(wire.added).toBe(true);
    if (!first.added || !wire.added) return;
    expect(wire.article.identicalTo).toBe(first.article.id);
    expect(await store.countArticles()).toBe(2);
    expect(await store.countArticles('coast')).toBe(1);
  });

  it('"Forget my reading history" removes the articles read, not the ones fetched', async () => {
    const { store } = await freshStore();
    await store.putArticle(liveArticle('1'));
    const read = await store.putArticle(
      liveArticle('2', { origin: 'history', outletId: null, feed: null, guid: null }),
    );
    expect(await store.forgetHistory()).toEqual([read.added && read.article.id]);
    expect((await store.listArticles()).map((a) => a.origin)).toEqual(['live']);
    expect((await store.usage()).articles).toBe(1);
  });

  it('survives being opened again', async () => {
    const { store, idb } = await freshStore();
    await store.putOutlet(outlet('gazette', ['https://gazette.example/rss.xml']));
    await store.putArticle(liveArticle('1'));
    store.close();
    const again = await openLiveStore(idb, 'parallax-live');
    expect(await again.countArticles()).toBe(1);
    expect((await again.listOutlets()).map((o) => o.id)).toEqual(['gazette']);
  });
});

describe('live store: retention', () => {
  it('removes what is older than the days kept, oldest first, and says which, so the index drops them', async () => {
    const clock = { t: T0 };
    const { store } = await freshStore(clock);
    const ids: string[] = [];
    for (const [n, age] of [
      ['old', 20],
      ['edge', 14.5],
      ['recent', 3],
    ] as const) {
      clock.t = T0 - age * DAY;
      const put = await store.putArticle(liveArticle(n));
      if (put.added) ids.push(put.article.id);
    }
    clock.t = T0;
    expect(await store.prune({ days: 14 })).toEqual([ids[0], ids[1]]);
    expect((await store.listArticles()).map((a) => a.id)).toEqual([ids[2]]);
    expect((await store.usage()).articles).toBe(1);
    // An address retention removed is not fetched again while the feed still lists it.
    expect(await store.findByAddress({ url: liveArticle('old').url })).toEqual({ by: 'url', id: null });
  });

  it('keeps within the size limit by removing the oldest first', async () => {
    const clock = { t: T0 };
    const { store } = await freshStore(clock);
    const sizes: number[] = [];
    for (let i = 0; i < 5; i++) {
      clock.t = T0 + i * 1000;
      const put = await store.putArticle(liveArticle(String(i)));
      if (put.added) sizes.push(put.article.bytes);
    }
    const limit = sizes[3]! + sizes[4]! + 1;
    const removed = await store.prune({ maxBytes: limit, now: T0 + 5000 });
    expect(removed).toHaveLength(3);
    expect((await store.listArticles()).map((a) => a.title)).toEqual(['Harbour story 3', 'Harbour story 4']);
    expect((await store.usage()).bytes).toBeLessThanOrEqual(limit);
  });

  it('never touches what the reader imported or added by hand', async () => {
    const { store, idb } = await freshStore();
    const corpus = await openUserCorpus(idb, 'parallax');
    await corpus.add({
      id: 'mine',
      title: 'Mine',
      text: 'An article the reader added by hand.',
      date: '2020-01-01',
    });
    await store.putArticle(liveArticle('1', { fetched: '2020-01-01T00:00:00.000Z' }));
    expect(await store.prune({ days: 1, maxBytes: 0 })).toHaveLength(1);
    expect(await corpus.count()).toBe(1);
  });
});

describe('live store: outlets, requests, full disk', () => {
  it('unfollowing removes the outlet, its feed states, its articles and its feeds still waiting in a refresh', async () => {
    const { store } = await freshStore();
    await store.putOutlet(outlet('gazette', ['https://gazette.example/rss.xml']));
    await store.putOutlet(outlet('coast', ['https://coast.example/rss.xml']));
    await store.putFeed({
      url: 'https://gazette.example/rss.xml',
      outletId: 'gazette',
      state: emptyFeedState(),
      lastRefreshAt: null,
      lastNew: 0,
    });
    const a = await store.putArticle(liveArticle('1'));
    await store.putArticle(
      liveArticle('2', { outletId: 'coast', outlet: 'Coast', url: 'https://coast.example/2' }),
    );
    await store.takeLease('w1', 60_000, 'manual');
    expect(await store.removeOutlet('gazette')).toEqual([a.added && a.article.id]);
    expect((await store.listOutlets()).map((o) => o.id)).toEqual(['coast']);
    expect(await store.listFeeds()).toEqual([]);
    expect(await store.countArticles()).toBe(1);
    expect((await store.getJob())!.queue.map((q) => q.feed)).toEqual(['https://coast.example/rss.xml']);
  });

  it('keeps the last 500 requests', async () => {
    const { store } = await freshStore();
    const rec = (i: number): RequestRecord => ({
      time: i,
      url: `https://x.example/${i}`,
      kind: 'page',
      status: 200,
      bytes: 10,
      error: null,
    });
    await store.logRequests(Array.from({ length: 450 }, (_, i) => rec(i)));
    await store.logRequests(Array.from({ length: 100 }, (_, i) => rec(450 + i)));
    const log = await store.listRequests();
    expect(log).toHaveLength(REQUEST_LOG_SIZE);
    expect(log[0]!.time).toBe(50);
    expect(log.at(-1)!.time).toBe(549);
  });

  it('a full disk is the code "disk-full" and nothing of that write is kept', async () => {
    const { store } = await freshStore();
    await store.putArticle(liveArticle('1'));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error: unknown = await store.putArticle(liveArticle('2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LiveStoreError);
    expect((error as LiveStoreError).code).toBe('disk-full');
    vi.restoreAllMocks();
    expect(await store.usage()).toMatchObject({ articles: 1 });
  });
});

describe('live store: the refresh lease', () => {
  it('a fresh lease keeps a second refresher out; a stale one is taken over with its queue', async () => {
    const clock = { t: T0 };
    const { store } = await freshStore(clock);
    await store.putOutlet(outlet('a', ['https://a.example/1.xml', 'https://a.example/2.xml']));
    const first = await store.takeLease('w1', 60_000, 'schedule');
    expect(first).toMatchObject({ resumed: false, job: { total: 2, done: 0 } });
    await store.completeFeed(
      'w1',
      {
        url: 'https://a.example/1.xml',
        outletId: 'a',
        state: emptyFeedState(),
        lastRefreshAt: T0,
        lastNew: 0,
      },
      60_000,
    );
    expect(await store.takeLease('w2', 60_000, 'manual')).toMatchObject({ busy: true });
    clock.t += 61_000;
    const taken = await store.takeLease('w2', 60_000, 'manual');
    expect(taken).toMatchObject({
      resumed: true,
      job: { done: 1, queue: [{ feed: 'https://a.example/2.xml' }] },
    });
    // The stopped worker's lease is gone: it can no longer save.
    expect(await store.renewLease('w1', 60_000)).toBeNull();
    await store.releaseLease('w2', true);
    expect(await store.getJob()).toBeNull();
  });
});
