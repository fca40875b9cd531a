// The live path in Node, on the project's news week (demo/news, six outlets, four feed formats):
// the reader follows every outlet from its feed, one refresh fetches and extracts every article,
// the match index takes them in place, and an article the reader opens at one outlet finds the
// other outlets' reports of the same event; the wire copy is kept and marked identical.
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsGold } from '../../demo/news/week.ts';
import { extractPage } from '../../lib/extract';
import { createFeedClient } from '../../lib/feeds/client';
import {
  applyLiveChange,
  createRefresher,
  extractedArticle,
  outletFrom,
  type IndexedArticles,
} from '../../lib/live';
import { createIndex, createMatcher } from '../../lib/match';
import { startNewsServer, type NewsServer } from '../../scripts/news-server.ts';
import { freshStore } from './live-helpers';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());

const NOW = Date.parse('2026-11-30T08:00:00Z');
const gold = newsGold();
const doc = (html: string, url: string) =>
  new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
/** "OUTLET/SLUG" from an article's address on the news server. */
const goldId = (url: string | null | undefined) =>
  /\/([\w-]+)\/articles\/([\w-]+)\.html/
    .exec(url ?? '')
    ?.slice(1, 3)
    .join('/');

describe('live coverage on the news week', () => {
  it('follow, refresh, and an article read at one outlet is matched with the others of its story', async () => {
    const clock = { t: NOW };
    const { store } = await freshStore(clock);
    const client = createFeedClient({ fetch, now: () => clock.t, timeoutMs: 5000 });
    for (const o of server.outlets) {
      const read = await client.feed(o.feed, null);
      expect(read.kind, o.feed).toBe('ok');
      if (read.kind === 'ok')
        await store.putOutlet(outletFrom({ feedUrl: o.feed, feed: read.feed }, clock.t));
    }
    const engine: IndexedArticles = { index: createIndex(), byId: new Map() };
    const refresher = createRefresher({
      store,
      client,
      now: () => clock.t,
      extract: (html, url) => extractedArticle(extractPage(doc(html, url), url)),
      onChange: (change) => applyLiveChange(engine, change),
    });
    const result = await refresher.run('manual');
    expect(result.status).toBe('done');
    const articles = await store.listArticles();
    const labelled = Object.keys(gold.articles);
    expect(articles.map((a) => goldId(a.url)).sort()).toEqual([...labelled].sort());
    expect(articles.filter((a) => a.partial)).toEqual([]);
    expect(engine.index.size).toBe(labelled.length);

    // The wire copy is two reports, the second identical to the first.
    const [a, b] = gold.syndicated[0]!.map((id) => articles.find((x) => goldId(x.url) === id)!);
    expect([a!.identicalTo, b!.identicalTo].sort()).toEqual([null, expect.any(String)].sort());

    // Reading each article's page: the other reports of its event are same-story. (How often
    // another event about the same people is also called same-story is the matcher's figure:
    // npm run eval:match, issue 13.)
    const matcher = createMatcher(engine.index);
    let expected = 0;
    let found = 0;
    for (const id of labelled) {
      const [outlet, slug] = id.split('/');
      const url = `${server.origin}/${outlet}/articles/${slug}.html`;
      const page = extractPage(doc(await (await fetch(url)).text(), url), url);
      const self = articles.find((x) => goldId(x.url) === id)!;
      const same = matcher
        .match(
          { title: page.page.title, text: page.text, date: page.page.publishedTime, url, lang: 'en' },
          { excludeId: self.id },
        )
        .matches.filter((m) => m.verdict === 'same-story');
      const others = labelled.filter((o) => o !== id && gold.articles[o] === gold.articles[id]);
      expected += others.length;
      found += others.filter((o) => same.some((m) => goldId(engine.byId.get(m.id)?.url) === o)).length;
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.8);

    // The next refresh takes 304s: nothing new, no page asked.
    const before = server.requests.length;
    clock.t += 30 * 60_000;
    const second = await refresher.run('schedule');
    expect(second.status === 'done' && second.added).toEqual([]);
    expect(server.requests.slice(before).every((r) => r.status === 304)).toBe(true);
  }, 60_000);
});
