/**
 * A page's DOM as plain data, so the extraction can run away from the page's main thread.
 *
 * `takeSnapshot` reads the live document in slices (it pauses every few nodes, and the pause
 * yields whenever a slice has used its time), so a long page never holds the page for one
 * long task. `rebuildDocument` (rebuild.ts) turns the data back into an inert document with
 * exactly the same elements in the same places: the paragraph paths `extractPage` computes on
 * it resolve to the same elements in the live page.
 * Unlike `outerHTML` and a parser, nothing is re-parsed, so a DOM that scripts built against
 * the parser's rules (a <div> inside a <p>, a <tr> without <tbody>) keeps its shape.
 *
 * Left out, because no extraction reads them: the text of comments, and in <head> the text
 * of scripts (except JSON-LD) and styles. Their nodes stay, empty, so indexes do not move. In
 * <body>, the probe and Readability measure text with `textContent`, which counts code too:
 * there, code is replaced by a stand-in of the same length (`StandIn`), so the extraction
 * of the copy is the extraction of the page (`npm run eval:pages` checks it on every page).
 */

import { MAX_TEXT_CHARS } from './extract';
import { MAX_ELEMENTS } from './readability';

/**
 * A text node; a stand-in for the text of a script or style in <body> (see `standIn`); a
 * comment (0: its text is dropped, its place kept, as text on either side of it stays two
 * nodes); or an element: its name, its attributes as [name, value, ...], its children.
 */
export type SnapNode = string | StandIn | 0 | SnapElement;

/**
 * Code in <body> is never read, but `textContent` counts it, and the probe measures text that
 * way: the copy keeps its length and its whitespace ends (`trim`), not its bytes. Inline
 * scripts can be most of a page's weight, and the copy crosses a message boundary.
 */
export interface StandIn {
  /** Leading whitespace, length of the rest before `end`, trailing whitespace. */
  start: string;
  length: number;
  end: string;
}
export type SnapElement = [name: string, attributes: string[], ...children: SnapNode[]];

export interface PageSnapshot {
  /** Attributes of <html> (lang, dir). */
  root: string[];
  head: SnapNode[];
  body: SnapElement;
  /**
   * True when the page added or removed nodes while it was being copied (between slices): the
   * copy may miss part of it or place it off by one. Take it again once the page is calm.
   */
  changedWhileCopied: boolean;
}

export interface SnapshotOptions {
  /**
   * Called every few nodes; the walk goes on when it resolves. Pass `timeSlices` (lib/slices.ts)
   * to let the page run between slices of a few milliseconds.
   */
  pause: () => Promise<void>;
  /**
   * Beyond these (elements in the document, characters of body text, counted as
   * `extractPage`'s own guard counts them), the copy stops: null, the page is too large.
   */
  maxElements?: number;
  maxTextChars?: number;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Namespaces other than HTML's, by the prefix a snapshot names their elements with. */
export const NAMESPACES: Record<string, string> = {
  svg: 'http://www.w3.org/2000/svg',
  math: 'http://www.w3.org/1998/Math/MathML',
};
const PREFIX_OF = new Map(Object.entries(NAMESPACES).map(([prefix, ns]) => [ns, prefix]));
/** Longer attribute values (inline images as data: URLs) are cut: no extraction needs them. */
const MAX_ATTRIBUTE = 2048;
/** Attribute text in all, at most (beyond, values are left empty): the copy is one message. */
const MAX_ATTRIBUTES_TOTAL = 8_000_000;
const CHECK_EVERY = 128;
/** Code shorter than this is copied as it is. */
const MIN_STAND_IN = 256;

/** Reads `doc` in slices; null when it is beyond the limits. Never writes to it. */
export async function takeSnapshot(doc: Document, options: SnapshotOptions): Promise<PageSnapshot | null> {
  // <html>, <head> and <body> count as the guard's getElementsByTagName('*') counts them.
  let elementsLeft = (options.maxElements ?? MAX_ELEMENTS) - 3;
  let textLeft = options.maxTextChars ?? MAX_TEXT_CHARS;
  let sinceCheck = 0;
  const body = doc.body;
  if (!body) return null;
  // A page with too many elements is known at once (a native count), before any copying.
  if (doc.getElementsByTagName('*').length > elementsLeft + 3) return null;
  const attributes = attributeReader(MAX_ATTRIBUTES_TOTAL);
  // The page runs between slices: if it adds or removes nodes meanwhile, the copy says so.
  const Observer = doc.defaultView?.MutationObserver;
  let changed = false;
  const observer = Observer
    ? new Observer(() => {
        changed = true;
      })
    : null;
  observer?.observe(doc.documentElement, { childList: true, subtree: true });

  /** Copies the children of `from` into `into`, pausing between slices. */
  const copy = async (from: Node, into: unknown[], inHead: boolean): Promise<boolean> => {
    // Each level: the next live child to read and the array its copy goes to.
    const stack: [Node | null, unknown[]][] = [[from.firstChild, into]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const node = top[0];
      if (!node) {
        stack.pop();
        continue;
      }
      top[0] = node.nextSibling;
      if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0;
        await options.pause();
      }
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (!inHead && (textLeft -= data.length) < 0) return false;
        top[1].push(
          !inHead && data.length > MIN_STAND_IN && isCode(node.parentElement) ? standIn(data) : data,
        );
      } else if (node.nodeType === 8) top[1].push(0);
      else if (node.nodeType === 1) {
        if (--elementsLeft < 0) return false;
        const el = node as Element;
        const copied: SnapElement = [nameOf(el), attributes(el)];
        top[1].push(copied);
        if (!inHead || !isCode(el)) stack.push([el.firstChild, copied]);
      }
    }
    return true;
  };

  try {
    const head: SnapNode[] = [];
    const bodyCopy: SnapElement = ['body', attributes(body)];
    if (doc.head && !(await copy(doc.head, head, true))) return null;
    if (!(await copy(body, bodyCopy, false))) return null;
    // Records are delivered at the pauses (microtasks) or are still queued.
    const changedWhileCopied = changed || (observer?.takeRecords().length ?? 0) > 0;
    return { root: attributes(doc.documentElement), head, body: bodyCopy, changedWhileCopied };
  } finally {
    observer?.disconnect();
  }
}

function nameOf(el: Element): string {
  const prefix = el.namespaceURI === HTML_NS ? undefined : PREFIX_OF.get(el.namespaceURI ?? '');
  return prefix ? `${prefix}|${el.localName}` : el.localName;
}

/** Reads an element's attributes, each value cut to MAX_ATTRIBUTE, all to `total` characters. */
function attributeReader(total: number): (el: Element) => string[] {
  let left = total;
  return (el) => {
    const out: string[] = [];
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.length > MAX_ATTRIBUTE ? attr.value.slice(0, MAX_ATTRIBUTE) : attr.value;
      left -= value.length;
      out.push(attr.name, left >= 0 ? value : '');
    }
    return out;
  };
}

function standIn(data: string): StandIn {
  const start = /^\s*/.exec(data)![0];
  const end = start.length === data.length ? '' : /\s*$/.exec(data)![0];
  return { start, length: data.length - start.length - end.length, end };
}

/** Scripts (but JSON-LD, which is metadata) and styles. */
function isCode(el: Element | null): boolean {
  if (!el) return false;
  if (el.localName === 'style') return true;
  return el.localName === 'script' && !/ld\+json/i.test(el.getAttribute('type') ?? '');
}
