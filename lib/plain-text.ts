/**
 * A plain-text article (the CLI's non-HTML input) as an extracted page: paragraphs split on
 * blank lines (or on single newlines when there are none), the title given or taken from a
 * short first line that reads like a headline.
 */
import type { ExtractedPage } from './types';

/** Fewer words than this is not an article, whatever the format. */
export const MIN_ARTICLE_WORDS = 80;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function looksLikeHeadline(line: string): boolean {
  const words = countWords(line);
  return words > 0 && words <= 25 && !/[.!?:;,]["”’)]?$/.test(line.trim());
}

export function pageFromText(raw: string, title: string | null = null): ExtractedPage {
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  let paragraphs = blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let heading = title?.trim() || null;
  if (!heading && paragraphs.length > 1 && looksLikeHeadline(paragraphs[0]!)) {
    heading = paragraphs[0]!;
    paragraphs = paragraphs.slice(1);
  }
  const body = paragraphs.join('\n\n');
  const wordCount = countWords(body);
  const isArticle = wordCount >= MIN_ARTICLE_WORDS;
  return {
    page: {
      isArticle,
      title: heading,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      wordCount,
      signals: isArticle ? ['plain text'] : [`plain text under ${MIN_ARTICLE_WORDS} words`],
      url: null,
      canonicalUrl: null,
    },
    text: body,
    paragraphs: paragraphs.map((p) => ({ text: p, path: null })),
  };
}
