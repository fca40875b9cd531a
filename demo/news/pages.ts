/**
 * The outlets' web pages: a home page listing the week's articles and one page per article,
 * in the demo's news-site markup (demo/article-page.ts), each declaring the outlet's feed with
 * <link rel="alternate"> in its head so a reader can follow the outlet from any page.
 */
import { articlePage } from '../article-page.ts';
import { displayDate, esc } from '../html.ts';
import { page } from '../layout.ts';
import { LINK_TYPES, newestFirst, outletUrls } from './feeds.ts';
import { articleSummary } from './week.ts';
import type { NewsArticle, NewsOutlet } from './types.ts';

function feedLink(o: NewsOutlet, origin: string): string {
  const { feed } = outletUrls(origin, o);
  return `<link rel="alternate" type="${LINK_TYPES[o.format]}" title="${esc(o.name)}" href="${esc(feed)}">`;
}

/** The page's declared charset, as the outlet serves it. */
function withCharset(html: string, o: NewsOutlet): string {
  return o.charset === 'utf-8'
    ? html
    : html.replace('<meta charset="utf-8">', `<meta charset="${o.charset}">`);
}

export function newsArticlePage(o: NewsOutlet, a: NewsArticle, all: NewsArticle[], origin: string): string {
  const u = outletUrls(origin, o);
  const related = newestFirst(all.filter((x) => x.outlet === o.id && x.slug !== a.slug))
    .slice(0, 5)
    .map((x) => ({ href: `/${o.id}/articles/${x.slug}.html`, title: x.title }));
  return withCharset(
    articlePage({
      theme: o.theme,
      title: a.title,
      paragraphs: a.paragraphs,
      byline: a.byline,
      date: a.published,
      url: u.article(a),
      lang: o.lang,
      related,
      extraHead: feedLink(o, origin),
      home: `/${o.id}/`,
    }),
    o,
  );
}

export function newsHomePage(o: NewsOutlet, all: NewsArticle[], origin: string): string {
  const items = newestFirst(all.filter((a) => a.outlet === o.id))
    .map(
      (a) => `<li class="teaser">
<h2><a href="/${o.id}/articles/${esc(a.slug)}.html">${esc(a.title)}</a></h2>
<p class="meta-date"><time datetime="${esc(a.published)}">${esc(displayDate(a.published))}</time> · ${esc(a.byline)}</p>
<p>${esc(articleSummary(a))}</p>
</li>`,
    )
    .join('\n');
  const main = `<main class="layout home">
<section class="front" aria-label="Latest news">
<h1>${esc(o.name)}: latest news</h1>
<ol class="teasers">
${items}
</ol>
<p class="feed-note"><a href="${esc(outletUrls(origin, o).feed)}">Subscribe to our feed</a></p>
</section>
</main>`;
  const head = [
    `<meta name="description" content="${esc(o.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${esc(o.name)}">`,
    `<link rel="canonical" href="${esc(outletUrls(origin, o).home)}">`,
    feedLink(o, origin),
  ].join('\n');
  return withCharset(
    page({
      theme: o.theme,
      title: `${o.name}: ${o.description}`,
      lang: o.lang,
      head,
      main,
      home: `/${o.id}/`,
    }),
    o,
  );
}

/** The server's root: the outlets of the news week, with their feeds. */
export function newsIndexPage(outlets: NewsOutlet[], origin: string): string {
  const rows = outlets
    .map((o) => {
      const u = outletUrls(origin, o);
      return `<li><a href="${esc(u.home)}">${esc(o.name)}</a> · <a href="${esc(u.feed)}">feed</a> (${o.format}${o.fullContent ? ', full text' : ''}${o.charset === 'utf-8' ? '' : `, ${o.charset}`})</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Parallax news week</title></head>
<body>
<h1>Parallax news week</h1>
<p>Six fictional outlets of a fictional country, a week of news, served locally for trying live coverage.</p>
<ul>
${rows}
</ul>
</body>
</html>
`;
}
