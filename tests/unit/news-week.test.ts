// The news week (demo/news) as served by scripts/news-server.ts: every feed parses in its
// format with all its items, every article page extracts to its article, the server speaks
// HTTP as news sites do (charset, validators, 304), and gold.json labels every article.
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_OUTLETS } from '../../demo/news/outlets.ts';
import { articleId, type NewsArticle } from '../../demo/news/types.ts';
import { articleText, NEWS_ARTICLES, newsGold, shiftIso, shiftWeek } from '../../demo/news/week.ts';
import { encodeText } from '../../demo/news/feeds.ts';
import { extractPage } from '../../lib/extract';
import { decodeBody } from '../../lib/feeds/charset.ts';
import { createFeedClient } from '../../lib/feeds/client.ts';
import { findFeedLinks } from '../../lib/feeds/discover.ts';
import { parseFeed } from '../../lib/feeds/parse.ts';
import { startNewsServer, type NewsServer } from '../../scripts/news-server.ts';

let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer();
});

afterAll(async () => {
  await server.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, server.url), { headers });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const gold = newsGold();
const ids = NEWS_ARTICLES.map(articleId);

describe('news week data', () => {
  it('has six outlets across the four feed formats, one full-text and one windows-1252', () => {
    expect(NEWS_OUTLETS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(NEWS_OUTLETS.map((o) => o.format))).toEqual(new Set(['rss2', 'rss1', 'atom', 'json']));
    expect(NEWS_OUTLETS.filter((o) => o.fullContent).length).toBeGreaterThanOrEqual(1);
    expect(NEWS_OUTLETS.some((o) => o.charset === 'windows-1252')).toBe(true);
  });

  it('articles have unique ids, 180-400 words, a headline, a byline and a date in the week', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of NEWS_ARTICLES) {
      const n = words(articleText(a));
      expect(n, articleId(a)).toBeGreaterThanOrEqual(180);
      expect(n, articleId(a)).toBeLessThanOrEqual(400);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.byline).not.toBe('');
      expect(a.published >= '2026-11-23' && a.published < '2026-11-30', articleId(a)).toBe(true);
      expect(NEWS_OUTLETS.some((o) => o.id === a.outlet)).toBe(true);
    }
  });

  it('gold labels every article and nothing else, with known events', () => {
    expect(Object.keys(gold.articles).sort()).toEqual([...ids].sort());
    for (const e of Object.values(gold.articles)) expect(gold.events[e], e).toBeDefined();
  });

  it('every story is told by at least three outlets in their own words', () => {
    const byEvent = new Map<string, NewsArticle[]>();
    for (const a of NEWS_ARTICLES) {
      const e = gold.articles[articleId(a)]!;
      byEvent.set(e, [...(byEvent.get(e) ?? []), a]);
    }
    expect(byEvent.size).toBe(Object.keys(gold.events).length);
    expect(byEvent.size).toBeGreaterThanOrEqual(6);
    const wire = new Set(gold.syndicated.flat());
    for (const [event, list] of byEvent) {
      const texts = new Set(list.map((a) => articleText(a)));
      const outlets = new Set(list.map((a) => a.outlet));
      expect(outlets.size, event).toBeGreaterThanOrEqual(3);
      // Distinct wordings: each syndicated group counts once.
      const wireGroups = gold.syndicated.filter((g) => g.some((id) => gold.articles[id] === event)).length;
      expect(texts.size, event).toBe(list.filter((a) => !wire.has(articleId(a))).length + wireGroups);
      expect(texts.size, event).toBeGreaterThanOrEqual(3);
    }
  });

  it('has different events about the same people on the same or adjacent days, and wire copy', () => {
    expect(gold.samePeople.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of gold.samePeople) {
      const gap = Math.abs(Date.parse(gold.events[a]!.day) - Date.parse(gold.events[b]!.day)) / 86_400_000;
      expect(a).not.toBe(b);
      expect(gap, `${a} ${b}`).toBeLessThanOrEqual(1);
    }
    expect(gold.syndicated.length).toBeGreaterThanOrEqual(1);
    for (const group of gold.syndicated) {
      const articles = group.map((id) => NEWS_ARTICLES.find((a) => articleId(a) === id)!);
      expect(new Set(articles.map((a) => a.outlet)).size).toBe(group.length);
      expect(new Set(articles.map(articleText)).size).toBe(1);
      expect(new Set(group.map((id) => gold.articles[id])).size).toBe(1);
    }
  });

  it('moves the week by whole days, keeping times and offsets', () => {
    expect(shiftIso('2026-11-29T23:30:00+01:00', 4)).toBe('2026-12-03T23:30:00+01:00');
    expect(shiftIso('2026-11-23T08:00:00+01:00', -30)).toBe('2026-10-24T08:00:00+01:00');
    expect(shiftWeek(2)[0]?.published).toBe(shiftIso(NEWS_ARTICLES[0]!.published, 2));
  });

  it('encodes windows-1252 so decoding gives the text back', () => {
    const text = 'Café “Orla” – 14 € — Zoë’s ✓';
    const bytes = encodeText(text, 'windows-1252');
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text));
    expect(decodeBody(bytes, 'text/plain; charset=windows-1252')).toBe('Café “Orla” – 14 € — Zoë’s &#10003;');
  });
});

describe('news server', () => {
  it('listens on 127.0.0.1 and lists every outlet', async () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.outlets.map((o) => o.id)).toEqual(NEWS_OUTLETS.map((o) => o.id));
    const { res, bytes } = await get('/');
    expect(res.status).toBe(200);
    const html = new TextDecoder().decode(bytes);
    for (const o of server.outlets) expect(html).toContain(o.feed);
    expect(server.articles.map((a) => a.id).sort()).toEqual([...ids].sort());
    for (const a of server.articles)
      expect(a.url).toBe(`${server.origin}/${a.id.replace('/', '/articles/')}.html`);
  });

  it.each(NEWS_OUTLETS.map((o) => [o.id, o] as const))(
    '%s: the feed parses in its format with every item',
    async (id, o) => {
      const feedUrl = server.outlets.find((x) => x.id === id)!.feed;
      const { res, bytes } = await get(feedUrl);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(`charset=${o.charset}`);
      const parsed = parseFeed(bytes, res.headers.get('content-type'), feedUrl);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const own = NEWS_ARTICLES.filter((a) => a.outlet === id);
      expect(parsed.feed.format).toBe(o.format);
      expect(parsed.feed.title).toBe(o.name);
      expect(parsed.feed.lang).toBe(o.lang);
      expect(parsed.feed.siteUrl).toBe(`${server.origin}/${id}/`);
      expect(parsed.feed.items.length).toBe(own.length);
      for (const item of parsed.feed.items) {
        const a = own.find((x) => item.url === `${server.origin}/${id}/articles/${x.slug}.html`);
        expect(a, item.url ?? '').toBeDefined();
        expect(item.title).toBe(a!.title);
        expect(item.published).toBe(new Date(a!.published).toISOString());
        expect(item.author).toBe(a!.byline);
        expect(item.fullText).toBe(o.fullContent);
        if (o.fullContent) expect(squash(item.text)).toBe(squash(articleText(a!)));
        else expect(squash(item.text)).toBe(squash(a!.paragraphs[0]!));
      }
      // Also parses from the feed's declaration alone (no charset in the header).
      const again = parseFeed(bytes, null, feedUrl);
      expect(again.ok && again.feed.items[0]?.title).toBe(parsed.feed.items[0]?.title);
    },
  );

  it.each(NEWS_ARTICLES.map((a) => [articleId(a), a] as const))(
    '%s: the page extracts to the article',
    async (id, a) => {
      const o = NEWS_OUTLETS.find((x) => x.id === a.outlet)!;
      const url = `${server.origin}/${id.replace('/', '/articles/')}.html`;
      const { res, bytes } = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`text/html; charset=${o.charset}`);
      const html = decodeBody(bytes, res.headers.get('content-type'));
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      const { page, text } = extractPage(dom.window.document, url);
      expect(page.isArticle).toBe(true);
      expect(page.title).toBe(a.title);
      expect(page.siteName).toBe(o.name);
      expect(squash(text)).toBe(squash(articleText(a)));
      expect(findFeedLinks(html, url).map((f) => f.url)).toEqual([
        server.outlets.find((x) => x.id === o.id)!.feed,
      ]);
      dom.window.close();
    },
  );

  it('home pages link every article of the outlet and declare the feed', async () => {
    for (const o of server.outlets) {
      const { res, bytes } = await get(o.home);
      expect(res.status).toBe(200);
      const html = decodeBody(bytes, res.headers.get('content-type'));
      expect(findFeedLinks(html, o.home).map((f) => f.url)).toEqual([o.feed]);
      for (const a of NEWS_ARTICLES.filter((x) => x.outlet === o.id))
        expect(html).toContain(`/${o.id}/articles/${a.slug}.html`);
    }
  });

  it('sends validators and answers 304 to a matching conditional request', async () => {
    const feed = server.outlets[0]!.feed;
    const { res } = await get(feed);
    const etag = res.headers.get('etag')!;
    const lastModified = res.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    expect((await get(feed, { 'If-None-Match': etag })).res.status).toBe(304);
    expect((await get(feed, { 'If-None-Match': `"other", W/${etag}` })).res.status).toBe(304);
    expect((await get(feed, { 'If-Modified-Since': lastModified })).res.status).toBe(304);
    expect(
      (await get(feed, { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified })).res.status,
    ).toBe(200);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    const changed = await get(feed, { 'If-Modified-Since': earlier });
    expect(changed.res.status).toBe(200);
    expect(changed.res.headers.get('etag')).toBe(etag);
    const notModified = await get(feed, { 'If-None-Match': etag });
    expect(notModified.bytes.length).toBe(0);
    expect(notModified.res.headers.get('etag')).toBe(etag);
  });

  it('answers 404 for unknown paths and records requests', async () => {
    expect((await get('/herald/articles/nope.html')).res.status).toBe(404);
    expect((await get('/../package.json')).res.status).toBe(404);
    expect(server.requests.some((r) => r.url === '/herald/articles/nope.html' && r.status === 404)).toBe(
      true,
    );
  });

  it('moves the week to an anchor day', async () => {
    const s = await startNewsServer({ anchor: new Date('2026-12-03T10:00:00Z') });
    try {
      expect(s.shiftDays).toBe(4);
      const feedUrl = s.outlets[0]!.feed;
      const res = await fetch(feedUrl);
      const parsed = parseFeed(
        new Uint8Array(await res.arrayBuffer()),
        res.headers.get('content-type'),
        feedUrl,
      );
      const first = NEWS_ARTICLES.filter((a) => a.outlet === s.outlets[0]!.id).map((a) =>
        shiftIso(a.published, 4),
      );
      expect(parsed.ok && parsed.feed.items.map((i) => i.published).sort()).toEqual(
        first.map((d) => new Date(d).toISOString()).sort(),
      );
    } finally {
      await s.close();
    }
  });
});

describe('the feed client on the news week', () => {
  it('reads every feed, then takes 304s, and every article page extracts to its article', async () => {
    const requests: string[] = [];
    const client = createFeedClient({ fetch: globalThis.fetch, onRequest: (r) => requests.push(r.url) });
    let pages = 0;
    for (const o of server.outlets) {
      const first = await client.feed(o.feed, null);
      expect(first.kind, o.id).toBe('ok');
      if (first.kind !== 'ok') continue;
      expect(first.state.etag).not.toBeNull();
      expect(first.state.lastModified).not.toBeNull();
      const second = await client.feed(o.feed, first.state);
      expect(second.kind, o.id).toBe('not-modified');
      for (const item of first.feed.items) {
        const page = await client.page(item.url!);
        expect(page.ok, item.url!).toBe(true);
        if (!page.ok) continue;
        const a = NEWS_ARTICLES.find((x) => item.url!.endsWith(`/${x.outlet}/articles/${x.slug}.html`))!;
        const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
        expect(squash(extractPage(dom.window.document, page.url).text)).toBe(squash(articleText(a)));
        dom.window.close();
        pages++;
      }
    }
    expect(pages).toBe(NEWS_ARTICLES.length);
    expect(requests.every((u) => u.startsWith(server.origin))).toBe(true);
  }, 60_000);
});

describe('news week as a matching dev set (scripts/eval-news.ts)', () => {
  it('scores every article against the rest, with the hard pairs counted', async () => {
    const { newsWeekFigures } = await import('../../scripts/eval-news.ts');
    const f = newsWeekFigures();
    expect(f.articles).toBe(NEWS_ARTICLES.length);
    expect(f.events).toBe(Object.keys(gold.events).length);
    expect(f.wirePairs).toBe(2);
    expect(f.samePeoplePairs).toBeGreaterThan(40);
    for (const x of [f.recall, f.precision, f.undatedRecall, f.samePeopleSame, f.otherEventSame, f.top1]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(f.perEvent.map((e) => e.event).sort()).toEqual(Object.keys(gold.events).sort());
  }, 30_000);
});
