/**
 * A feed item as a corpus article: its page's extracted text when the page could be read and is
 * an article, else the feed's own text (marked `partial` unless the feed carries the full
 * content). The feed's metadata fills what the page does not say; nothing is invented. Shared by
 * the extension's live coverage and `parallax feeds fetch`.
 */
import { hash106 } from '../corpus/text-key.ts';
import { validateArticle } from '../corpus/validate.ts';
import type { CorpusArticle, ExtractedPage } from '../types.ts';
import type { FeedItem, ParsedFeed } from './types.ts';

export interface FeedArticleInput {
  item: FeedItem;
  feed: ParsedFeed;
  /** The feed's address (after redirects). */
  feedUrl: string;
  /** The outlet's name as the reader follows it (defaults to the feed's title). */
  outlet?: string | null;
  /** The item's page, extracted; null when it could not be fetched or read. */
  extracted: ExtractedPage | null;
  /** ISO time of the fetch. */
  fetched: string;
  origin?: CorpusArticle['origin'];
}

/** A feed item's id: stable across runs and machines (its link, else its GUID in its feed). */
export function feedArticleId(feedUrl: string, item: Pick<FeedItem, 'url' | 'guid' | 'title'>): string {
  const key = item.url ?? (item.guid ? `${feedUrl}\n${item.guid}` : `${feedUrl}\n${item.title}`);
  return `feed-${hash106(key).slice(0, 14)}`;
}

/**
 * The page's extraction is used when it is an article and not much shorter than a full text the
 * feed carries (a teaser page in front of a paywall is shorter than the feed's own content).
 */
function usable(extracted: ExtractedPage | null, item: FeedItem): extracted is ExtractedPage {
  if (!extracted || !extracted.page.isArticle || extracted.text.trim() === '') return false;
  return !item.fullText || extracted.text.length >= item.text.length * 0.6;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function feedArticle(input: FeedArticleInput): { article: CorpusArticle } | { skipped: string } {
  const { item, feed, extracted } = input;
  const fromPage = usable(extracted, item);
  const text = fromPage ? extracted.text : item.text;
  if (text.trim() === '') return { skipped: 'no text: the feed gives none and the page could not be read' };
  const page = fromPage ? extracted.page : null;
  const lang = (page?.lang ?? feed.lang)?.replace(/_/g, '-') ?? null;
  const candidate = {
    id: feedArticleId(input.feedUrl, item),
    title: item.title || page?.title || null,
    text,
    outlet: input.outlet ?? (feed.title || null),
    date: isoDate(item.published) ?? isoDate(page?.publishedTime),
    byline: page?.byline ?? item.author ?? null,
    url: item.url,
    lang: lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : null,
    origin: input.origin,
    feed: input.feedUrl,
    fetched: input.fetched,
    partial: !fromPage && !item.fullText,
  };
  const checked = validateArticle(candidate, '');
  return checked.article ? { article: checked.article } : { skipped: checked.problems.join('; ') };
}
