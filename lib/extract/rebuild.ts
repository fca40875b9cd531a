/**
 * The other side of snapshot.ts: a snapshot (data that crossed a message boundary, so checked
 * as it is read) rebuilt into an inert document, and extracted there.
 */

import type { PageInfo } from '../types';
import { extractPage, type PageExtraction } from './extract';
import { NAMESPACES, type PageSnapshot, type StandIn } from './snapshot';

/** What stands in for code in the rebuilt page: one character, no word, no whitespace. */
const FILLER = '\u00b7';
const MAX_STAND_IN = 10_000_000;

/**
 * The extraction of a snapshot: rebuilt with `implementation` (the extension's own document's,
 * never the page's) and read by `extractPage`. Malformed data is "could not be read".
 */
export function extractSnapshot(
  snapshot: unknown,
  url: string,
  implementation: DOMImplementation,
): PageExtraction {
  if (!isSnapshot(snapshot)) return unreadable(url, 'snapshot');
  return extractPage(rebuildDocument(snapshot, implementation), url);
}

/** The answer for a page that could not be read (`why` becomes its `error:` signal). */
export function unreadable(url: string, why: string): PageExtraction {
  return { page: unreadPage(url, why), text: '', paragraphs: [], reason: 'This page could not be read.' };
}

/**
 * The snapshot as a new inert document made by `implementation` (no scripts run, nothing
 * loads): same element tree under <body>, same metadata in <head>. Its base URL is the
 * creator's: pass the page's URL to whatever resolves links (extractPage takes it).
 */
export function rebuildDocument(snapshot: PageSnapshot, implementation: DOMImplementation): Document {
  const doc = implementation.createHTMLDocument();
  const html = doc.documentElement;
  setAttributes(html, snapshot.root);
  const head = doc.head;
  while (head.firstChild) head.removeChild(head.firstChild);
  append(doc, head, snapshot.head);
  const body = doc.createElement('body');
  setAttributes(body, snapshot.body[1]);
  append(doc, body, snapshot.body.slice(2));
  html.replaceChild(body, doc.body);
  return doc;
}

/** True when `value` has the shape of a snapshot (it crosses a message boundary). */
export function isSnapshot(value: unknown): value is PageSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.root) && Array.isArray(v.head) && Array.isArray(v.body) && v.body[0] === 'body';
}

/** Appends `nodes` (checked as it goes: the data crossed a message boundary) under `parent`. */
function append(doc: Document, parent: Node, nodes: readonly unknown[]): void {
  const stack: [Node, readonly unknown[], number][] = [[parent, nodes, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [into, list, i] = top;
    if (i >= list.length) {
      stack.pop();
      continue;
    }
    top[2] = i + 1;
    const item: unknown = list[i];
    if (typeof item === 'string') into.appendChild(doc.createTextNode(item));
    else if (isStandIn(item))
      into.appendChild(doc.createTextNode(item.start + FILLER.repeat(item.length) + item.end));
    else if (item === 0) into.appendChild(doc.createComment(''));
    else if (Array.isArray(item) && typeof item[0] === 'string') {
      const el = createElement(doc, item[0]);
      if (Array.isArray(item[1])) setAttributes(el, item[1] as unknown[]);
      into.appendChild(el);
      if (item.length > 2) stack.push([el, item, 2]);
    }
  }
}

function createElement(doc: Document, name: string): Element {
  const bar = name.indexOf('|');
  const ns = bar > 0 ? NAMESPACES[name.slice(0, bar)] : undefined;
  try {
    return ns ? doc.createElementNS(ns, name.slice(bar + 1)) : doc.createElement(name);
  } catch {
    // A name the parser accepted but createElement does not: keep the place, not the name.
    return doc.createElement('span');
  }
}

function setAttributes(el: Element, attributes: readonly unknown[]): void {
  for (let i = 0; i + 1 < attributes.length; i += 2) {
    const name = attributes[i];
    const value = attributes[i + 1];
    if (typeof name !== 'string' || typeof value !== 'string') continue;
    try {
      el.setAttribute(name, value);
    } catch {
      // Names the parser allows but setAttribute refuses (`@click`): nothing reads them.
    }
  }
}

function isStandIn(item: unknown): item is StandIn {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const v = item as Record<string, unknown>;
  return (
    typeof v.start === 'string' &&
    typeof v.end === 'string' &&
    Number.isInteger(v.length) &&
    (v.length as number) >= 0 &&
    (v.length as number) <= MAX_STAND_IN
  );
}

function unreadPage(url: string, why: string): PageInfo {
  return {
    isArticle: false,
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    wordCount: 0,
    signals: [`error:${why}`],
    url,
    canonicalUrl: null,
  };
}
