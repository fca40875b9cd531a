/**
 * OPML 1.0/2.0, the feed readers' standard list of subscriptions: read one from any reader
 * (outlines nested in folders, `xmlUrl` on the feed's outline, `htmlUrl` for the site) and write
 * the reader's followed outlets back out. Untrusted input: no DOCTYPE, bounded, and only http(s)
 * addresses are taken.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An OPML file lists at most this many feeds; the rest are ignored and counted. */
export const MAX_OPML_FEEDS = 2000;

export interface OpmlFeed {
  /** The feed's address (http or https). */
  url: string;
  /** The outline's text or title, or null. */
  title: string | null;
  /** The site's address, or null. */
  siteUrl: string | null;
  /** The outline's language attribute, BCP 47 primary tag, or null. */
  lang: string | null;
}

export type OpmlRead =
  | { ok: true; title: string | null; feeds: OpmlFeed[]; skipped: number }
  | { ok: false; code: 'not-opml' | 'malformed'; detail: string };

/** An outlet as it is written out. */
export interface OpmlOutlet {
  name: string;
  siteUrl: string | null;
  feeds: readonly string[];
  lang: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'outline',
});

type Node = Record<string, unknown>;

function httpUrl(v: unknown): string | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function text(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 200) : null;
}

function lang(v: unknown): string | null {
  const m = typeof v === 'string' ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(v) : null;
  return m ? m[1]!.toLowerCase() : null;
}

export function parseOpml(source: string): OpmlRead {
  const xml = source
    .replace(/^\uFEFF/, '')
    .trimStart()
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
  if (!xml.startsWith('<')) return { ok: false, code: 'not-opml', detail: 'not an XML file' };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { ok: false, code: 'malformed', detail: `${valid.err.msg} (line ${valid.err.line})` };
  }
  const doc = parser.parse(xml) as Node;
  const opml = doc['opml'] as Node | undefined;
  if (!opml || typeof opml !== 'object') return { ok: false, code: 'not-opml', detail: 'no <opml> element' };
  const head = (opml['head'] ?? {}) as Node;
  const body = (opml['body'] ?? {}) as Node;
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  // Folders nest outlines; walk them without recursion (a hostile file can nest deeply).
  const stack: unknown[] = [...((body['outline'] as unknown[]) ?? [])].reverse();
  while (stack.length > 0) {
    const o = stack.pop();
    if (!o || typeof o !== 'object') continue;
    const node = o as Node;
    const children = node['outline'] as unknown[] | undefined;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (node['xmlUrl'] === undefined) continue;
    const url = httpUrl(node['xmlUrl']);
    if (!url || seen.has(url)) {
      skipped++;
      continue;
    }
    if (feeds.length >= MAX_OPML_FEEDS) {
      skipped++;
      continue;
    }
    seen.add(url);
    feeds.push({
      url,
      title: text(node['title']) ?? text(node['text']),
      siteUrl: httpUrl(node['htmlUrl']),
      lang: lang(node['language']),
    });
  }
  return { ok: true, title: text(head['title']), feeds, skipped };
}

function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters: drop them
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** OPML 2.0 of the outlets, one outline per feed (a feed reader's usual shape). */
export function writeOpml(
  outlets: readonly OpmlOutlet[],
  title = 'Parallax: followed outlets',
  now = new Date(),
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  for (const o of outlets) {
    for (const feed of o.feeds) {
      const attrs = [
        `type="rss"`,
        `text="${escapeXml(o.name)}"`,
        `title="${escapeXml(o.name)}"`,
        `xmlUrl="${escapeXml(feed)}"`,
      ];
      if (o.siteUrl) attrs.push(`htmlUrl="${escapeXml(o.siteUrl)}"`);
      if (o.lang) attrs.push(`language="${escapeXml(o.lang)}"`);
      lines.push(`    <outline ${attrs.join(' ')}/>`);
    }
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
