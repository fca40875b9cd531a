/**
 * Mozilla's Readability on a clone of the page, bounded and never throwing. Its content comes
 * back as the element itself (not HTML), so each kept node can be traced to the live page.
 */

import { Readability } from '@mozilla/readability';

/** Readability refuses larger documents (its own guard): the page is then "too large". */
export const MAX_ELEMENTS = 40_000;

export interface ReadabilityArticle {
  /** Readability's article element (in the clone): `<div><div class="page">...</div></div>`. */
  root: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
}

export type ReadabilityOutcome = { ok: true; article: ReadabilityArticle } | { ok: false; reason: string };

/**
 * The copy Readability works on: a new inert document holding a deep copy of the page's body,
 * its title and the `lang`/`dir` of its root. The head is left out: its metadata is read
 * beforehand by `readMetadata`, and copying its scripts and styles is most of the cost of
 * cloning some pages. The page itself is never touched.
 */
export function cloneForReadability(doc: Document): Document {
  const clone = doc.implementation.createHTMLDocument('');
  clone.title = doc.title;
  for (const name of ['lang', 'dir']) {
    const v = doc.documentElement.getAttribute(name);
    if (v !== null) clone.documentElement.setAttribute(name, v);
  }
  if (doc.body) clone.documentElement.replaceChild(clone.importNode(doc.body, true), clone.body);
  return clone;
}

/** Runs Readability on `clone`, which it modifies. */
export function runReadability(clone: Document): ReadabilityOutcome {
  let result: ReturnType<Readability<Node>['parse']>;
  try {
    result = new Readability<Node>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node,
      // Classes stay so that boilerplate (share bars, captions...) can be recognized after.
      keepClasses: true,
    }).parse();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: /elements found/.test(message) ? 'too-large' : 'extraction-failed' };
  }
  const root = result?.content;
  if (!result || !root || root.nodeType !== 1) return { ok: false, reason: 'no-content' };
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return {
    ok: true,
    article: {
      root: root as Element,
      title: str(result.title),
      byline: str(result.byline),
      siteName: str(result.siteName),
      publishedTime: str(result.publishedTime),
      lang: str(result.lang),
      excerpt: str(result.excerpt),
    },
  };
}
