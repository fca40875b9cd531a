/**
 * The elements the probe scores, in document order: paragraphs, preformatted blocks,
 * articles, `<br>`s of text written straight into a `<div>`, and headings. On an ordinary
 * page one native query finds them (the engine's own traversal, much cheaper than a script
 * walking the tree). On a huge page only its first elements are walked: bounded work.
 */

import { walkElements } from './walk';

/** Pages with more elements than this are only looked at in part. */
export const MAX_QUERIED_ELEMENTS = 20_000;
/** Elements walked, at most, on such a page: enough for the article body of real pages. */
export const MAX_WALKED_ELEMENTS = 6_000;
/** Candidates scored, at most. */
export const MAX_CANDIDATES = 4_000;

const SELECTOR = 'p, pre, article, div > br, h1, h2, h3, h4';
const TAGS = new Set(['P', 'PRE', 'ARTICLE', 'BR', 'H1', 'H2', 'H3', 'H4']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4']);

export interface Candidates {
  list: ArrayLike<Element>;
  /** Elements looked at (all of them when the page was queried). */
  visited: number;
  /** True when only part of the page was looked at. */
  truncated: boolean;
}

export function probeCandidates(body: Element): Candidates {
  const total = body.getElementsByTagName('*').length;
  if (total <= MAX_QUERIED_ELEMENTS) {
    const list = body.querySelectorAll(SELECTOR);
    return { list, visited: total, truncated: list.length > MAX_CANDIDATES };
  }
  const list: Element[] = [];
  walkElements(body, MAX_WALKED_ELEMENTS, (el, tag) => {
    if (!TAGS.has(tag) || list.length >= MAX_CANDIDATES) return;
    if (tag !== 'BR' || el.parentElement?.tagName === 'DIV') list.push(el);
    // A heading's own elements are not scored (as the query would not reach them either).
    return !HEADINGS.has(tag);
  });
  return { list, visited: MAX_WALKED_ELEMENTS, truncated: true };
}
