// "Keep the articles I read": a page read is kept once, beside what followed outlets gave, and
// "Forget my reading history" takes it away again.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { historyArticle } from '../../lib/live/history';
import { articlePage } from '../../scripts/feed-server';
import { freshStore, liveArticle, T0 } from './live-helpers';

const read = (url: string, title = 'Quay widening approved') =>
  extractPage(new JSDOM(articlePage(title), { url }).window.document, url);

describe('reading history', () => {
  it('keeps an article the reader opened once, with its outlet, address and date', async () => {
    const { store } = await freshStore();
    const page = historyArticle(read('https://gazette.example/news/quay#comments'), T0)!;
    expect(page).toMatchObject({
      origin: 'history',
      outlet: 'Harbour Gazette',
      url: 'https://gazette.example/news/quay',
      date: '2026-12-01T07:00:00Z',
      fetched: new Date(T0).toISOString(),
      feed: null,
      partial: false,
    });
    expect((await store.putArticle(page)).added).toBe(true);
    expect(
      (await store.putArticle(historyArticle(read('https://gazette.example/news/quay'), T0 + 1)!)).added,
    ).toBe(false);
    expect(await store.countArticles()).toBe(1);
    expect(await store.forgetHistory()).toHaveLength(1);
    expect(await store.countArticles()).toBe(0);
  });

  it('a page that is no article is not kept; one already fetched from a followed outlet is not kept twice', async () => {
    const { store } = await freshStore();
    const notArticle = extractPage(
      new JSDOM('<html><body><p>Subscribe.</p></body></html>', { url: 'https://x.example/' }).window.document,
      'https://x.example/',
    );
    expect(historyArticle(notArticle, T0)).toBeNull();
    await store.putArticle(liveArticle('1', { url: 'https://gazette.example/news/1' }));
    const again = await store.putArticle(
      historyArticle(read('https://gazette.example/news/1?utm_source=x'), T0)!,
    );
    expect(again).toMatchObject({ added: false, by: 'url' });
    expect(await store.forgetHistory()).toEqual([]);
  });
});
