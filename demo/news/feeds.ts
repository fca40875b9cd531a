/**
 * Each outlet's feed in its own format: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.1,
 * newest first, with absolute links. Most carry a summary; an outlet with `fullContent`
 * carries the whole article as HTML. A windows-1252 outlet's feed is encoded so, declared in
 * its XML declaration (and by the server in Content-Type).
 */
import { esc } from '../html.ts';
import { articleSummary, articleText } from './week.ts';
import type { NewsArticle, NewsOutlet } from './types.ts';

export interface OutletUrls {
  /** "http://127.0.0.1:PORT/herald/" */
  home: string;
  feed: string;
  article: (a: NewsArticle) => string;
}

export function outletUrls(origin: string, o: NewsOutlet): OutletUrls {
  const home = `${origin}/${o.id}/`;
  return { home, feed: `${home}${o.feedFile}`, article: (a) => `${home}articles/${a.slug}.html` };
}

export const FEED_TYPES: Record<NewsOutlet['format'], string> = {
  rss2: 'application/rss+xml',
  rss1: 'application/rdf+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** The MIME type a page's <link rel="alternate"> declares for the feed (RDF is announced as RSS). */
export const LINK_TYPES: Record<NewsOutlet['format'], string> = {
  ...FEED_TYPES,
  rss1: 'application/rss+xml',
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 -> RFC 822 in GMT ("Mon, 23 Nov 2026 20:15:00 GMT"). */
export function rfc822(iso: string): string {
  const d = new Date(iso);
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`
  );
}

/** Newest first, as feeds list them. */
export function newestFirst(articles: NewsArticle[]): NewsArticle[] {
  return [...articles].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}

export function latest(articles: NewsArticle[]): string {
  return newestFirst(articles)[0]?.published ?? '2026-11-23T00:00:00+01:00';
}

const htmlContent = (a: NewsArticle) => a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');

function rss2(o: NewsOutlet, items: NewsArticle[], u: OutletUrls): string {
  const body = items
    .map((a) => {
      const content = o.fullContent
        ? `\n      <content:encoded><![CDATA[${htmlContent(a)}]]></content:encoded>`
        : '';
      return `    <item>
      <title>${esc(a.title)}</title>
      <link>${esc(u.article(a))}</link>
      <guid isPermaLink="true">${esc(u.article(a))}</guid>
      <pubDate>${rfc822(a.published)}</pubDate>
      <dc:creator>${esc(a.byline)}</dc:creator>
      <description>${esc(articleSummary(a))}</description>${content}
    </item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="${o.charset}"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(o.name)}</title>
    <link>${esc(u.home)}</link>
    <description>${esc(o.description)}</description>
    <language>${o.lang}</language>
    <lastBuildDate>${rfc822(latest(items))}</lastBuildDate>
    <atom:link href="${esc(u.feed)}" rel="self" type="application/rss+xml"/>
${body}
  </channel>
</rss>
`;
}

function rss1(o: NewsOutlet, items: NewsArticle[], u: OutletUrls): string {
  const seq = items.map((a) => `          <rdf:li rdf:resource="${esc(u.article(a))}"/>`).join('\n');
  const body = items
    .map(
      (a) => `  <item rdf:about="${esc(u.article(a))}">
    <title>${esc(a.title)}</title>
    <link>${esc(u.article(a))}</link>
    <description>${esc(articleSummary(a))}</description>
    <dc:date>${a.published}</dc:date>
    <dc:creator>${esc(a.byline)}</dc:creator>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${o.charset}"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${esc(u.feed)}">
    <title>${esc(o.name)}</title>
    <link>${esc(u.home)}</link>
    <description>${esc(o.description)}</description>
    <dc:language>${o.lang}</dc:language>
    <dc:date>${latest(items)}</dc:date>
    <items>
      <rdf:Seq>
${seq}
      </rdf:Seq>
    </items>
  </channel>
${body}
</rdf:RDF>
`;
}

/** tag: URIs (RFC 4151) for Atom ids: stable whatever the server's port. */
const tagUri = (o: NewsOutlet, rest: string) => `tag:${o.id}.veldania.example,2026:${rest}`;

function atom(o: NewsOutlet, items: NewsArticle[], u: OutletUrls): string {
  const body = items
    .map((a) => {
      const content = o.fullContent ? `\n    <content type="html">${esc(htmlContent(a))}</content>` : '';
      return `  <entry>
    <title>${esc(a.title)}</title>
    <id>${tagUri(o, a.slug)}</id>
    <link rel="alternate" type="text/html" href="${esc(u.article(a))}"/>
    <published>${a.published}</published>
    <updated>${a.published}</updated>
    <author><name>${esc(a.byline)}</name></author>
    <summary type="text">${esc(articleSummary(a))}</summary>${content}
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="${o.charset}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}">
  <title>${esc(o.name)}</title>
  <subtitle>${esc(o.description)}</subtitle>
  <id>${tagUri(o, 'feed')}</id>
  <link rel="alternate" type="text/html" href="${esc(u.home)}"/>
  <link rel="self" type="application/atom+xml" href="${esc(u.feed)}"/>
  <updated>${latest(items)}</updated>
${body}
</feed>
`;
}

function json(o: NewsOutlet, items: NewsArticle[], u: OutletUrls): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: o.name,
    home_page_url: u.home,
    feed_url: u.feed,
    description: o.description,
    language: o.lang,
    items: items.map((a) => ({
      id: u.article(a),
      url: u.article(a),
      title: a.title,
      summary: articleSummary(a),
      ...(o.fullContent ? { content_text: articleText(a) } : {}),
      date_published: a.published,
      authors: [{ name: a.byline }],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The outlet's feed as text (encode it with `encodeText` for its charset). */
export function outletFeed(o: NewsOutlet, articles: NewsArticle[], origin: string): string {
  const items = newestFirst(articles.filter((a) => a.outlet === o.id));
  const u = outletUrls(origin, o);
  if (o.format === 'rss2') return rss2(o, items, u);
  if (o.format === 'rss1') return rss1(o, items, u);
  if (o.format === 'atom') return atom(o, items, u);
  return json(o, items, u);
}

// windows-1252 bytes 0x80-0x9f (0 where the code is undefined).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const CP1252_BYTE = new Map<number, number>(
  CP1252_HIGH.flatMap((cp, i): [number, number][] => (cp === 0 ? [] : [[cp, 0x80 + i]])),
);

/**
 * Text as bytes in `charset`. windows-1252: what it cannot encode becomes a character
 * reference (&#NNNN;), which XML and HTML both read back as the same character.
 */
export function encodeText(text: string, charset: NewsOutlet['charset']): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const high = CP1252_BYTE.get(cp);
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
    else if (high !== undefined) out.push(high);
    else for (const b of Buffer.from(`&#${cp};`, 'latin1')) out.push(b);
  }
  return Buffer.from(out);
}
