/**
 * RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.0/1.1 to one ParsedFeed, with
 * fast-xml-parser (no DOMParser in an MV3 service worker). Items' HTML becomes plain text,
 * links are made absolute, dates become ISO 8601. Untrusted input: a DOCTYPE (and so any
 * entity definition) is removed before parsing, and sizes are bounded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeBody } from './charset';
import { decodeEntities, htmlToText } from './html-text';
import type { FeedFormat, FeedItem, FeedParse, ParsedFeed } from './types';

/** A feed lists at most this many items; the rest are its archive, not today's news. */
export const MAX_FEED_ITEMS = 500;
/** An item's text is cut here (a feed's full text is an article, not a book). */
const MAX_ITEM_CHARS = 200_000;

const ARRAYS = new Set(['item', 'entry', 'link', 'author']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  stopNodes: ['*.content', '*.summary'],
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;

function obj(v: unknown): Node | null {
  if (Array.isArray(v)) return obj(v[0]);
  return v !== null && typeof v === 'object' ? (v as Node) : null;
}

/** The text of an element parsed by fast-xml-parser (a string, or an object with #text). */
function txt(v: unknown): string {
  if (Array.isArray(v)) return txt(v[0]);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  return o ? txt(o['#text']) : '';
}

function oneLine(s: string): string {
  return htmlToText(s).replace(/\s+/g, ' ').trim();
}

function absolute(href: string, base: string | null): string | null {
  const h = href.trim();
  if (!h) return null;
  try {
    const u = new URL(h, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function primaryLang(v: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(v);
  return m ? m[1]!.toLowerCase() : null;
}

const ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  CET: 1,
  CEST: 2,
  BST: 1,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC822 =
  /^\s*(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?\s*$/i;

/** An RFC 822 (RSS) or ISO 8601 (Atom, JSON Feed) date as an ISO string, or null. */
export function parseFeedDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    if (month < 0) return null;
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    const zone = m[7] ?? 'GMT';
    let offsetMin: number;
    if (/^[+-]/.test(zone)) {
      const digits = zone.replace(':', '');
      offsetMin =
        (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    } else offsetMin = (ZONES[zone.toUpperCase()] ?? 0) * 60;
    const utc =
      Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offsetMin * 60_000;
    return Number.isFinite(utc) ? new Date(utc).toISOString() : null;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const t = Date.parse(s);
    return Number.isFinite(t) ? new Date(t).toISOString() : null;
  }
  return null;
}

function item(
  fields: { guid: string; url: string | null; title: string; summary: string; content: string },
  published: string,
  author: string,
): FeedItem | null {
  const summary = fields.summary.slice(0, MAX_ITEM_CHARS);
  const content = fields.content.slice(0, MAX_ITEM_CHARS);
  const fullText = content.length > summary.length;
  const text = fullText ? content : summary;
  const title = oneLine(fields.title) || oneLine(text).slice(0, 120);
  if (!title && !fields.url) return null;
  return {
    guid: fields.guid.trim() || null,
    url: fields.url,
    title,
    text,
    fullText: fullText && content.length > 0,
    published: parseFeedDate(published),
    author: oneLine(author) || null,
  };
}

/**
 * Atom's text constructs: type="text" (plain), "html" (escaped HTML), "xhtml" (markup). `raw`:
 * the element is one of the parser's stop nodes (content, summary), whose markup and entities
 * arrive as written; other elements (title) arrive with entities already decoded.
 */
function atomText(v: unknown, raw: boolean): string {
  const o = obj(v);
  const value = raw ? txt(v).replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1') : txt(v);
  const type = o ? txt(o['@_type']).toLowerCase() : '';
  if (type === 'xhtml') return htmlToText(value);
  if (type === 'html' || type === 'text/html') return htmlToText(raw ? decodeEntities(value) : value);
  const plain = raw ? decodeEntities(value) : value;
  return plain
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function rss2(channel: Node, baseUrl: string, format: FeedFormat, items: unknown[]): ParsedFeed {
  const siteUrl = absolute(txt(channel['link']), baseUrl);
  const lang = primaryLang(txt(channel['language']) || txt(channel['dc:language']));
  const out: FeedItem[] = [];
  for (const raw of items.slice(0, MAX_FEED_ITEMS)) {
    const it = obj(raw);
    if (!it) continue;
    const guidNode = it['guid'];
    const guid = txt(guidNode) || txt(obj(raw)?.['@_rdf:about']);
    const permalink = obj(guidNode) ? txt(obj(guidNode)!['@_isPermaLink']) !== 'false' : true;
    const link = txt(it['link']) || (permalink && /^https?:/i.test(guid) ? guid : '');
    const made = item(
      {
        guid,
        url: absolute(link, siteUrl ?? baseUrl),
        title: txt(it['title']),
        summary: htmlToText(txt(it['description'])),
        content: htmlToText(txt(it['content:encoded'])),
      },
      txt(it['pubDate']) || txt(it['dc:date']),
      txt(it['dc:creator']) || txt(it['author']),
    );
    if (made) out.push(made);
  }
  return { format, title: oneLine(txt(channel['title'])), siteUrl, lang, items: out };
}

function atomLinks(v: unknown): { rel: string; href: string }[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((l) => {
    const o = obj(l);
    return { rel: o ? txt(o['@_rel']) || 'alternate' : 'alternate', href: o ? txt(o['@_href']) : txt(l) };
  });
}

function atom(feed: Node, baseUrl: string): ParsedFeed {
  const base = absolute(txt(feed['@_xml:base']), baseUrl) ?? baseUrl;
  const alt = atomLinks(feed['link']).find((l) => l.rel === 'alternate');
  const siteUrl = alt ? absolute(alt.href, base) : null;
  const entries = (feed['entry'] as unknown[] | undefined) ?? [];
  const out: FeedItem[] = [];
  for (const raw of entries.slice(0, MAX_FEED_ITEMS)) {
    const e = obj(raw);
    if (!e) continue;
    const entryBase = absolute(txt(e['@_xml:base']), base) ?? base;
    const link = atomLinks(e['link']).find((l) => l.rel === 'alternate');
    const authors = (e['author'] as unknown[] | undefined) ?? (feed['author'] as unknown[] | undefined) ?? [];
    const made = item(
      {
        guid: txt(e['id']),
        url: link ? absolute(link.href, entryBase) : null,
        title: atomText(e['title'], false),
        summary: atomText(e['summary'], true),
        content: atomText(e['content'], true),
      },
      txt(e['published']) || txt(e['updated']),
      authors.map((a) => txt(obj(a)?.['name'])).join(', '),
    );
    if (made) out.push(made);
  }
  return {
    format: 'atom',
    title: atomText(feed['title'], false).replace(/\s+/g, ' '),
    siteUrl,
    lang: primaryLang(txt(feed['@_xml:lang'])),
    items: out,
  };
}

function jsonFeed(doc: Node, baseUrl: string): FeedParse {
  const items = Array.isArray(doc['items']) ? (doc['items'] as unknown[]) : null;
  if (!items) return { ok: false, code: 'malformed', detail: 'A JSON Feed without an "items" list.' };
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const siteUrl = absolute(str(doc['home_page_url']), baseUrl);
  const out: FeedItem[] = [];
  for (const raw of items.slice(0, MAX_FEED_ITEMS)) {
    const it = obj(raw);
    if (!it) continue;
    const authors = Array.isArray(it['authors'])
      ? (it['authors'] as unknown[])
      : it['author']
        ? [it['author']]
        : [];
    const made = item(
      {
        guid: str(it['id']),
        url: absolute(str(it['url']) || str(it['external_url']), siteUrl ?? baseUrl),
        title: str(it['title']),
        summary: htmlToText(str(it['summary'])),
        content: str(it['content_html'])
          ? htmlToText(str(it['content_html']))
          : htmlToText(str(it['content_text'])),
      },
      str(it['date_published']) || str(it['date_modified']),
      authors.map((a) => str(obj(a)?.['name'])).join(', '),
    );
    if (made) out.push(made);
  }
  return {
    ok: true,
    feed: {
      format: 'json',
      title: oneLine(str(doc['title'])),
      siteUrl,
      lang: primaryLang(str(doc['language'])),
      items: out,
    },
  };
}

/** Parses a feed's body (bytes are decoded by their charset) fetched from baseUrl. */
export function parseFeed(body: string | Uint8Array, contentType: string | null, baseUrl: string): FeedParse {
  const text = (typeof body === 'string' ? body : decodeBody(body, contentType)).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(start);
    } catch (e) {
      return { ok: false, code: 'malformed', detail: `Broken JSON: ${(e as Error).message}` };
    }
    const o = obj(doc);
    if (!o || !/jsonfeed\.org\/version\//.test(String(o['version'] ?? ''))) {
      return { ok: false, code: 'not-a-feed', detail: 'JSON, but not a JSON Feed.' };
    }
    return jsonFeed(o, baseUrl);
  }
  if (!start.startsWith('<')) return { ok: false, code: 'not-a-feed', detail: 'Neither XML nor JSON.' };
  // No DOCTYPE: a feed needs none, and its entity definitions are how XML bombs are built.
  const xml = start.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<html\b/i.test(xml)) {
    return { ok: false, code: 'not-a-feed', detail: 'An HTML page, not a feed.' };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { ok: false, code: 'malformed', detail: `${valid.err.msg} (line ${valid.err.line})` };
  }
  const doc = parser.parse(xml) as Node;
  const rss = obj(doc['rss']);
  if (rss) {
    const channel = obj(rss['channel']);
    if (!channel) return { ok: false, code: 'malformed', detail: 'An RSS feed without a channel.' };
    return { ok: true, feed: rss2(channel, baseUrl, 'rss2', (channel['item'] as unknown[]) ?? []) };
  }
  const rdf = obj(doc['rdf:RDF']);
  if (rdf) {
    const channel = obj(rdf['channel']) ?? {};
    return { ok: true, feed: rss2(channel, baseUrl, 'rss1', (rdf['item'] as unknown[]) ?? []) };
  }
  const feed = obj(doc['feed']);
  if (feed) return { ok: true, feed: atom(feed, baseUrl) };
  return { ok: false, code: 'not-a-feed', detail: 'XML, but not RSS, RDF or Atom.' };
}
