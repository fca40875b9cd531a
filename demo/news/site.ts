/**
 * The whole news week as resources by path, built in memory for one origin: the index, each
 * outlet's home page, feed and article pages. Pure; scripts/news-server.ts serves it.
 */
import { encodeText, FEED_TYPES, latest, outletFeed } from './feeds.ts';
import { NEWS_OUTLETS } from './outlets.ts';
import { newsArticlePage, newsHomePage, newsIndexPage } from './pages.ts';
import type { NewsArticle, NewsOutlet } from './types.ts';
import { NEWS_ARTICLES } from './week.ts';

export interface NewsResource {
  body: Buffer;
  /** Content-Type with its charset. */
  type: string;
  /** ISO 8601: when the resource last changed (its newest article). */
  modified: string;
  kind: 'index' | 'home' | 'feed' | 'article';
  outlet?: NewsOutlet;
  article?: NewsArticle;
}

export function newsSite(
  origin: string,
  articles: NewsArticle[] = NEWS_ARTICLES,
  outlets: NewsOutlet[] = NEWS_OUTLETS,
): Map<string, NewsResource> {
  const site = new Map<string, NewsResource>();
  site.set('/', {
    body: Buffer.from(newsIndexPage(outlets, origin), 'utf8'),
    type: 'text/html; charset=utf-8',
    modified: latest(articles),
    kind: 'index',
  });
  for (const o of outlets) {
    const own = articles.filter((a) => a.outlet === o.id);
    const html = `text/html; charset=${o.charset}`;
    const home: NewsResource = {
      body: encodeText(newsHomePage(o, articles, origin), o.charset),
      type: html,
      modified: latest(own),
      kind: 'home',
      outlet: o,
    };
    site.set(`/${o.id}/`, home);
    site.set(`/${o.id}/index.html`, home);
    site.set(`/${o.id}/${o.feedFile}`, {
      body: encodeText(outletFeed(o, articles, origin), o.charset),
      type: `${FEED_TYPES[o.format]}; charset=${o.charset}`,
      modified: latest(own),
      kind: 'feed',
      outlet: o,
    });
    for (const a of own) {
      site.set(`/${o.id}/articles/${a.slug}.html`, {
        body: encodeText(newsArticlePage(o, a, articles, origin), o.charset),
        type: html,
        modified: a.published,
        kind: 'article',
        outlet: o,
        article: a,
      });
    }
  }
  return site;
}
