/**
 * An extracted page as a corpus article: what "Add this article to my corpus" stores and what
 * `parallax corpus build` writes. Metadata a corpus would refuse (a date that is not ISO 8601,
 * a file: address, a malformed language tag) is normalized or left null, never invented.
 */
import { validateArticle } from '../corpus/validate.ts';
import type { CorpusArticle, ExtractedPage } from '../types.ts';
import { textHash } from '../corpus/text-key.ts';

type OptionalField = 'outlet' | 'date' | 'byline' | 'url' | 'lang';

/** The value if a corpus accepts it in `field`, else null. */
function accepted(field: OptionalField, value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const checked = validateArticle({ id: 'x', text: 'x', [field]: value }, '');
  return checked.article?.[field] ?? null;
}

/** A date as ISO 8601: kept when it is one, converted when it is another readable form. */
export function isoDate(value: string | null): string | null {
  const kept = accepted('date', value);
  if (kept !== null || value === null) return kept;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : accepted('date', new Date(time).toISOString());
}

/** The page's http(s) address (canonical first), without its #fragment. */
function pageUrl(extracted: ExtractedPage): string | null {
  const url = accepted('url', extracted.page.canonicalUrl) ?? accepted('url', extracted.page.url);
  return url?.replace(/#.*$/, '') ?? null;
}

/** A stable id for a page the reader adds: from its address, or its text when it has none. */
export function pageArticleId(extracted: ExtractedPage): string {
  return `user-${textHash(pageUrl(extracted) ?? extracted.text).slice(0, 12)}`;
}

/** The page as an article, or why it cannot be one. */
export function articleFromPage(
  extracted: ExtractedPage,
  id: string = pageArticleId(extracted),
): { article: CorpusArticle } | { skipped: string } {
  const { page, text } = extracted;
  if (!page.isArticle) {
    const why = page.signals.length > 0 ? ` (${page.signals.join(', ')})` : '';
    return { skipped: `not an article${why}` };
  }
  if (text.trim() === '') return { skipped: 'empty: no text was extracted' };
  const lang = page.lang?.replace(/_/g, '-') ?? null;
  const checked = validateArticle(
    {
      id,
      title: page.title,
      text,
      outlet: accepted('outlet', page.siteName),
      date: isoDate(page.publishedTime),
      byline: accepted('byline', page.byline),
      url: pageUrl(extracted),
      lang: accepted('lang', lang),
    },
    '',
  );
  return checked.article ? { article: checked.article } : { skipped: checked.problems.join('; ') };
}
