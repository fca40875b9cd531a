/**
 * schema.org JSON-LD: the article node of the page (NewsArticle, ReportageNewsArticle, Article,
 * BlogPosting...), found in plain objects, arrays, `@graph` and `mainEntity`, with `author` and
 * `publisher` given as strings, objects, arrays or `@id` references.
 */

import { cleanString, unescapeEntities } from './text';
import { similarity } from './similarity';
import { ARTICLE_TYPES, NEWS_TYPES } from './schema-types';

export interface JsonLdArticle {
  type: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  /** `isAccessibleForFree: false`: the text is (at least partly) behind a paywall. */
  paywalled: boolean;
}

export interface JsonLdInfo {
  /** Every `@type` seen, in order, without duplicates. */
  types: string[];
  article: JsonLdArticle | null;
  /** Name of a WebSite or Organization node: the site naming itself. */
  siteName: string | null;
}

type Obj = Record<string, unknown>;

const MAX_SCRIPTS = 24;
const MAX_SCRIPT_CHARS = 400_000;
const MAX_NODES = 400;

export function readJsonLd(doc: Document): JsonLdInfo {
  const nodes: Obj[] = [];
  const scripts = doc.getElementsByTagName('script');
  let seen = 0;
  for (let i = 0; i < scripts.length && seen < MAX_SCRIPTS; i++) {
    const s = scripts[i];
    if (!s || (s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    seen++;
    const text = s.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const value = parseLenient(text);
    if (value !== undefined) collect(value, nodes, 0);
  }
  const byId = new Map<string, Obj>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const types: string[] = [];
  for (const n of nodes) for (const t of typesOf(n)) if (!types.includes(t)) types.push(t);
  const pick =
    nodes.find((n) => typesOf(n).some((t) => NEWS_TYPES.has(t))) ??
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const site = nodes.find((n) => typesOf(n).some((t) => t === 'WebSite' || t === 'NewsMediaOrganization'));
  return {
    types,
    article: pick ? readArticle(pick, byId, doc) : null,
    siteName: site ? nameOf(site, byId) : null,
  };
}

function parseLenient(text: string): unknown {
  const body = text.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
  try {
    return JSON.parse(body);
  } catch {
    // Raw line breaks and tabs inside strings are invalid JSON but common; outside strings
    // a space means the same, so replacing every control character is safe.
    try {
      // eslint-disable-next-line no-control-regex -- control characters are what is being removed
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: Obj[], depth: number): void {
  if (depth > 4 || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const o = value as Obj;
  if (o['@type'] !== undefined) out.push(o);
  // Only the containers of the page's own nodes: never `itemListElement` or `hasPart`, whose
  // articles are other pages listed here.
  collect(o['@graph'], out, depth + 1);
  collect(o.mainEntity, out, depth + 1);
}

export function typesOf(o: Obj): string[] {
  const raw = o['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').trim());
}

function resolve(v: unknown, byId: Map<string, Obj>): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const id = (v as Obj)['@id'];
    if (typeof id === 'string' && Object.keys(v).length === 1) return byId.get(id) ?? v;
  }
  return v;
}

function nameOf(v: unknown, byId: Map<string, Obj>): string | null {
  const r = resolve(v, byId);
  if (typeof r === 'string') return cleanMeta(r);
  if (r && typeof r === 'object' && !Array.isArray(r)) return cleanMeta((r as Obj).name);
  return null;
}

function namesOf(v: unknown, byId: Map<string, Obj>): string | null {
  const list = Array.isArray(v) ? v : [v];
  const names = list.map((a) => nameOf(a, byId)).filter((n): n is string => n !== null);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

function cleanMeta(v: unknown): string | null {
  const s = cleanString(v);
  return s === null ? null : cleanString(unescapeEntities(s));
}

function readArticle(o: Obj, byId: Map<string, Obj>, doc: Document): JsonLdArticle {
  const types = typesOf(o);
  const name = cleanMeta(o.name);
  const headline = cleanMeta(o.headline);
  let title = headline ?? name;
  if (name && headline && name !== headline) {
    // Some sites put their own name in `name`: take whichever resembles the document title.
    const docTitle = doc.title;
    title = similarity(name, docTitle) >= similarity(headline, docTitle) ? name : headline;
  }
  const lang = o.inLanguage;
  const page = resolve(o.mainEntityOfPage, byId);
  const url = cleanString(o.url) ?? cleanString(page) ?? cleanString((page as Obj | null)?.['@id']);
  return {
    type: types.find((t) => ARTICLE_TYPES.has(t)) ?? types[0] ?? 'Article',
    title,
    byline: namesOf(o.author, byId) ?? namesOf(o.creator, byId),
    siteName: nameOf(o.publisher, byId),
    publishedTime: cleanString(o.datePublished) ?? cleanString(o.dateCreated),
    lang: typeof lang === 'string' ? cleanString(lang) : nameOf(lang, byId),
    url,
    paywalled: o.isAccessibleForFree === false || String(o.isAccessibleForFree).toLowerCase() === 'false',
  };
}
