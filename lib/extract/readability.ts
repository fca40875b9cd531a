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
