/**
 * One bounded pass over the page's candidate elements (candidates.ts), gathering what the
 * probe decides on: a text score in the manner of Readability's `isProbablyReaderable` (long
 * visible paragraphs outside boilerplate) and the marks of a page that lists articles rather
 * than being one. Reads `textContent` only: nothing here forces the browser to lay out.
 */

import { TeaserLayout } from './teasers';
import { MAX_CANDIDATES, probeCandidates } from './candidates';
import { depthOf, hasAncestor, isLinkHeading, trimmedTextLength, visible } from './element-tests';

const MIN_LENGTH = 140;
/** Container text measured up to this (it is scored as sqrt(length - 140): ~140 at most). */
const MAX_CONTAINER_TEXT = 20_000;

// Readability's own patterns (Readability-readerable.js), so both judge paragraphs alike.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

export interface PageStats {
  /** Sum over long paragraphs of sqrt(length - 140), as `isProbablyReaderable` scores. */
  textScore: number;
  /** Length of the longest visible paragraph. */
  longest: number;
  /** Most long paragraphs under one parent or grandparent: an article body keeps them together. */
  maxLongTogether: number;
  layout: TeaserLayout;
  articleElements: number;
  visited: number;
  /** True when only part of the page was looked at (see candidates.ts). */
  truncated: boolean;
  /** How deep the first long paragraphs sit (Readability's cost grows fast with nesting). */
  paragraphDepth: number;
}

export function pageStats(body: Element): PageStats {
  const s: PageStats = {
    textScore: 0,
    longest: 0,
    maxLongTogether: 0,
    layout: new TeaserLayout(),
    articleElements: 0,
    visited: 0,
    truncated: false,
    paragraphDepth: 0,
  };
  let depthsTaken = 0;
  const together = new Map<Element, number>();
  const brParents = new Set<Element>();
  const score = (el: Element, isP: boolean) => {
    // Most paragraphs have no attributes: then there is nothing to test (and jsdom's
    // getAttribute is slow enough to matter here).
    if (el.hasAttributes()) {
      const names = el.getAttributeNames();
      const cls = names.includes('class') ? (el.getAttribute('class') ?? '') : '';
      if (!visible(el, names, cls)) return;
      const match = `${cls} ${el.id}`;
      if (UNLIKELY.test(match) && !MAYBE.test(match)) return;
    }
    // A paragraph's own text is cheap; an <article> or a <div> of <br>-separated text can be
    // a whole huge page, so its length is measured only up to what can change the verdict.
    const len = isP ? (el.textContent ?? '').trim().length : trimmedTextLength(el, MAX_CONTAINER_TEXT);
    // Paragraphs of lists are not running text (Readability's `li p`); only the long ones
    // are worth the look up the tree.
    if (isP && len >= 80 && hasAncestor(el, 'LI', 12)) return;
    if (isP) s.layout.paragraph(len);
    if (isP && len >= 80 && depthsTaken++ < 5) s.paragraphDepth = Math.max(s.paragraphDepth, depthOf(el));
    if (len > s.longest && el.tagName !== 'ARTICLE') s.longest = len;
    if (len < MIN_LENGTH) return;
    s.textScore += Math.sqrt(len - MIN_LENGTH);
    if (isP) countTogether(el, together, s);
  };
  const found = probeCandidates(body);
  s.visited = found.visited;
  s.truncated = found.truncated;
  const n = Math.min(found.list.length, MAX_CANDIDATES);
  for (let i = 0; i < n; i++) {
    const el = found.list[i]!;
    switch (el.tagName) {
      case 'P':
        score(el, true);
        break;
      case 'PRE':
        score(el, false);
        break;
      case 'ARTICLE':
        s.articleElements++;
        score(el, false);
        break;
      case 'BR': {
        const parent = el.parentElement!;
        if (!brParents.has(parent)) {
          brParents.add(parent);
          score(parent, false);
        }
        break;
      }
      default:
        // h1-h4
        s.layout.heading(hasAncestor(el, 'A', 2) || isLinkHeading(el));
    }
  }
  return s;
}

function countTogether(el: Element, together: Map<Element, number>, s: PageStats): void {
  for (let up = el.parentElement, i = 0; up && i < 2; up = up.parentElement, i++) {
    const n = (together.get(up) ?? 0) + 1;
    together.set(up, n);
    if (n > s.maxLongTogether) s.maxLongTogether = n;
  }
}
