/**
 * The feeds a page declares: `<link rel="alternate" type="application/rss+xml" href="...">` (and
 * Atom, RDF and JSON Feed types) in the page's HTML. Works on a string, so it runs where there is
 * no DOM (an MV3 service worker reading a site's home page) as well as on a content script's
 * snapshot of the head. Links are made absolute against the page (or its `<base href>`), only
 * http(s), each once.
 */
import { decodeEntities } from './html-text.ts';
import type { FeedLink } from './types.ts';

/** A page declares at most this many feeds worth offering. */
export const MAX_FEED_LINKS = 20;

const TYPES: Record<string, FeedLink['type']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/** A `<link rel="alternate">`'s type as a feed type, or null when it names no feed. */
export function feedLinkType(type: string | null | undefined): FeedLink['type'] | null {
  return TYPES[(type ?? '').toLowerCase().split(';')[0]!.trim()] ?? null;
}

/** Attributes of one start tag (`<link a="b" c=d e>`), names lowercased, values decoded. */
export function tagAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<\s*[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The feeds `html` (fetched from `pageUrl`) declares, in page order. */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  // Feed links belong in the head; a page's body is not read (it can be megabytes).
  const end = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = (end >= 0 ? html.slice(0, end) : html.slice(0, 200_000)).replace(/<!--[\s\S]*?-->/g, '');
  const baseTag = /<base\b[^>]*>/i.exec(head);
  const baseHref = baseTag ? tagAttributes(baseTag[0]).get('href') : undefined;
  const base = (baseHref && absolute(baseHref, pageUrl)) || pageUrl;
  const out: FeedLink[] = [];
  const seen = new Set<string>();
  for (const m of head.matchAll(/<link\b[^>]*>/gi)) {
    const a = tagAttributes(m[0]);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = TYPES[(a.get('type') ?? '').toLowerCase().split(';')[0]!.trim()];
    if (!rel.includes('alternate') || !type) continue;
    const url = absolute(a.get('href') ?? '', base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const title = (a.get('title') ?? '').replace(/\s+/g, ' ').trim();
    out.push({ url, title: title || null, type });
    if (out.length >= MAX_FEED_LINKS) break;
  }
  return out;
}

/** The site's name as the page states it (og:site_name, application-name, else its title). */
export function siteName(html: string): string | null {
  const end = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = end >= 0 ? html.slice(0, end) : html.slice(0, 200_000);
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const a = tagAttributes(m[0]);
    const key = (a.get('property') ?? a.get('name') ?? '').toLowerCase();
    if (key === 'og:site_name' || key === 'application-name') {
      const v = (a.get('content') ?? '').replace(/\s+/g, ' ').trim();
      if (v) return v.slice(0, 120);
    }
  }
  const t = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head);
  const title = t ? decodeEntities(t[1]!).replace(/\s+/g, ' ').trim() : '';
  return title ? title.slice(0, 120) : null;
}
