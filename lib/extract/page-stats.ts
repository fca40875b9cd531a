/**
 * One bounded pass over the page's elements, gathering what the probe decides on: a text
 * score in the manner of Readability's `isProbablyReaderable` (long visible paragraphs outside
 * boilerplate) and the marks of a page that lists articles rather than being one.
 * Reads `textContent` only: nothing here forces the browser to lay the page out.
 */

import { TeaserLayout } from './teasers';
import { walkElements } from './walk';

/** Elements looked at, at most: enough for the article body of real pages, bounded on any. */
export const MAX_PROBE_ELEMENTS = 6000;
const MIN_LENGTH = 140;

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
  /** True when the walk stopped at `MAX_PROBE_ELEMENTS`. */
  truncated: boolean;
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
  };
  const together = new Map<Element, number>();
  const brParents = new Set<Element>();
  let inLi = 0;
  let inLink = 0;
  const score = (el: Element, isP: boolean) => {
    if (!visible(el)) return;
    const match = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) return;
    if (isP && inLi > 0) return;
    const len = (el.textContent ?? '').trim().length;
    if (isP) s.layout.paragraph(len);
    if (len > s.longest && el.tagName !== 'ARTICLE') s.longest = len;
    if (len < MIN_LENGTH) return;
    s.textScore += Math.sqrt(len - MIN_LENGTH);
    if (isP) countTogether(el, together, s);
  };
  s.visited = walkElements(body, MAX_PROBE_ELEMENTS, {
    enter(el) {
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
        case 'LI':
          inLi++;
          break;
        case 'A':
          inLink++;
          break;
        case 'BR': {
          const parent = el.parentElement;
          if (parent?.tagName === 'DIV' && !brParents.has(parent)) {
            brParents.add(parent);
            score(parent, false);
          }
          break;
        }
        case 'H1':
        case 'H2':
        case 'H3':
        case 'H4':
          s.layout.heading(inLink > 0 || isLinkHeading(el));
          return false;
      }
      return true;
    },
    leave(el) {
      if (el.tagName === 'LI') inLi--;
      else if (el.tagName === 'A') inLink--;
    },
  });
  s.truncated = s.visited >= MAX_PROBE_ELEMENTS;
  return s;
}

function countTogether(el: Element, together: Map<Element, number>, s: PageStats): void {
  for (let up = el.parentElement, i = 0; up && i < 2; up = up.parentElement, i++) {
    const n = (together.get(up) ?? 0) + 1;
    together.set(up, n);
    if (n > s.maxLongTogether) s.maxLongTogether = n;
  }
}

/** A heading that is mostly a link to elsewhere (a headline), not one carrying an edit or anchor link. */
function isLinkHeading(h: Element): boolean {
  const links = h.getElementsByTagName('a');
  if (links.length === 0) return false;
  let linkText = 0;
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    if (a && !(a.getAttribute('href') ?? '#').startsWith('#'))
      linkText += (a.textContent ?? '').trim().length;
  }
  return linkText > 0 && linkText >= 0.5 * (h.textContent ?? '').trim().length;
}

/** Readability's visibility test: attributes only, never computed style. */
function visible(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return false;
  return (
    el.getAttribute('aria-hidden') !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image')
  );
}
