/**
 * `readMetadata`: what the page declares about itself. JSON-LD first (the most structured),
 * then OpenGraph/article tags, author and Dublin Core tags, Parse.ly, `<time datetime>`, the
 * canonical link and `lang`. The order follows Readability's so both agree where both read.
 */

import { bylineOf } from './byline';
import { readJsonLd } from './jsonld';
import { ARTICLE_TYPES, LISTING_TYPES } from './schema-types';
import { readMetaTags, type MetaTags } from './meta-tags';
import { readParsely } from './parsely';
import { cleanString, unescapeEntities } from './text';
import { titleFromDocument } from './title';
import type { PageMetadata } from './types';

export function readMetadata(doc: Document, url?: string | null): PageMetadata {
  const tags = readMetaTags(doc);
  const ld = readJsonLd(doc);
  const parsely = readParsely(tags);
  const a = ld.article;
  const signals: string[] = [];
  const types = [...ld.types];

  for (const t of ld.types) if (ARTICLE_TYPES.has(t) || LISTING_TYPES.has(t)) signals.push(`json-ld:${t}`);
  const ogType = tags.first('og:type')?.toLowerCase();
  if (ogType) {
    types.push(`og:${ogType}`);
    signals.push(`og:type=${ogType}`);
  }
  if (tags.first('article:published_time')) signals.push('article:published_time');
  if (tags.first('author', 'article:author', 'dc:creator', 'dcterms:creator')) signals.push('meta:author');
  if (parsely.present) signals.push('parsely');
  if (parsely.type) signals.push(`parsely-type=${parsely.type}`);
  if (tags.hasPrefix('dc:') || tags.hasPrefix('dcterms:') || tags.hasPrefix('dcterm:'))
    signals.push('dublin-core');
  if (a?.paywalled) signals.push('paywall');
  const time = timeElement(doc);
  if (time) signals.push('time[datetime]');
  const canonicalUrl = canonical(doc, tags, url) ?? absolute(a?.url ?? null, doc, url);
  if (canonicalUrl) signals.push('canonical');
  const lang = language(doc, tags, a?.lang ?? null);

  const articleAuthor = tags.last('article:author');
  return {
    title:
      clean(
        a?.title ??
          tags.last('dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'weibo:article:title') ??
          tags.last('weibo:webpage:title', 'title', 'twitter:title', 'parsely-title') ??
          parsely.title,
      ) ?? titleFromDocument(doc),
    // The first source that names someone: a date where a byline goes is no byline.
    byline:
      [
        a?.byline,
        tags.last('dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author'),
        parsely.author,
        articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null,
        // schema.org microdata in a <meta>: the article's author where the byline box holds a date.
        tags.first('itemprop:author'),
      ]
        .map((v) => bylineOf(clean(v)))
        .find((v) => v !== null) ?? null,
    siteName: clean(a?.siteName ?? tags.last('og:site_name') ?? appName(tags) ?? ld.siteName),
    publishedTime: clean(
      a?.publishedTime ??
        tags.last('article:published_time', 'parsely-pub-date') ??
        tags.first('article:published') ??
        parsely.publishedTime ??
        tags.first(
          'itemprop:datepublished',
          'dcterms:issued',
          'dcterms:created',
          'dc:date:issued',
          'dc:date',
        ) ??
        time,
    ),
    lang,
    canonicalUrl,
    types,
    signals,
  };
}

function clean(v: string | null | undefined): string | null {
  return v ? cleanString(unescapeEntities(v)) : null;
}

/**
 * `datetime` of the page's first `<time>` marked as the publication time, else of its first
 * one not marked as an update.
 */
function timeElement(doc: Document): string | null {
  const times = doc.getElementsByTagName('time');
  let first: string | null = null;
  for (let i = 0; i < times.length && i < 40; i++) {
    const t = times[i];
    const dt = cleanString(t?.getAttribute('datetime'));
    if (!t || !dt) continue;
    const marks = `${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''}`;
    if (t.hasAttribute('pubdate') || /datepublished|published/i.test(marks)) return dt;
    if (!/modified|updated/i.test(marks)) first ??= dt;
  }
  return first;
}

/** `application-name`, the site naming itself; some put a tagline after a separator. */
function appName(tags: MetaTags): string | null {
  const name = tags.first('application-name');
  return name ? (name.split(/ [|\-–—:»] /)[0] ?? name) : null;
}

function canonical(doc: Document, tags: MetaTags, url?: string | null): string | null {
  const links = doc.head?.getElementsByTagName('link');
  for (let i = 0; links && i < links.length && i < 200; i++) {
    const l = links[i];
    if (l && /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? '')) {
      const href = absolute(l.getAttribute('href'), doc, url);
      if (href) return href;
    }
  }
  return absolute(tags.first('og:url'), doc, url);
}

function absolute(href: string | null, doc: Document, url?: string | null): string | null {
  const h = cleanString(href);
  if (!h) return null;
  try {
    const base = url ?? (doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : undefined);
    const u = new URL(h, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

function language(doc: Document, tags: MetaTags, fromJsonLd: string | null): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    tags.first('http-equiv:content-language', 'dc:language', 'dcterms:language', 'language'),
    fromJsonLd,
    tags.first('og:locale'),
  ];
  for (const c of candidates) {
    const v = cleanString(c)
      ?.replace(/_/g, '-')
      .split(/[,;\s]/)[0];
    if (v && LANG.test(v)) return v;
  }
  return null;
}
