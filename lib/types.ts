/**
 * Shared data types of the pure core. Everything here is plain, serializable data:
 * it crosses the message protocol between content script, background and UI, and the
 * command-line tool prints it as JSON.
 */

/** How the outlet of a corpus article is known (from the seed manifest). */
export type Attribution = 'self-named' | 'inferred' | 'unknown';

/**
 * Where a corpus article comes from: shipped with Parallax, added by the reader (import, a
 * page, the CLI), fetched from an outlet the reader follows ('live'), or kept from the reader's
 * own reading when the reading history is on ('history').
 */
export type ArticleOrigin = 'bundled' | 'user' | 'live' | 'history';

/** One article of a corpus (bundled, user-added, or given to the CLI with --corpus). */
export interface CorpusArticle {
  id: string;
  /** Headline. When the source had none, it is derived from the lead (`titleDerived`). */
  title: string;
  /** True when `title` was derived from the first sentence, not given by the outlet. */
  titleDerived?: boolean;
  /** Cleaned body text; paragraphs separated by a blank line. */
  text: string;
  /** Outlet name, or null when unknown (never invented). */
  outlet: string | null;
  attribution?: Attribution;
  /** Publication date as ISO 8601 (date or date-time), or null. */
  date: string | null;
  byline?: string | null;
  url?: string | null;
  /** BCP 47 language tag, or null when unknown. */
  lang?: string | null;
  origin?: ArticleOrigin;
  /** The feed it was fetched from (live coverage, `feeds fetch`). */
  feed?: string | null;
  /** When it was fetched, ISO 8601 (live coverage, `feeds fetch`). */
  fetched?: string | null;
  /** True when only the feed's text could be had (the page was paywalled or failed). */
  partial?: boolean;
  /**
   * The id of an earlier article of the same corpus with the same text (wire copy, syndication):
   * both are kept as reports, and the reader is told they are identical.
   */
  identicalTo?: string | null;
}

/** The bundled corpus file shipped in assets/. */
export interface CorpusFile {
  schema: 1;
  story: string | null;
  articles: CorpusArticle[];
}

/** What detection and extraction say about a page (the CLI's `page` object is a subset). */
export interface PageInfo {
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  wordCount: number;
  /** Why the page is (or is not) considered an article: names of the signals seen. */
  signals: string[];
  url: string | null;
  canonicalUrl: string | null;
}

/** One paragraph of the extracted body, with a way back to its element in the live DOM. */
export interface ExtractedParagraph {
  text: string;
  /** Child-index path from <body> to the element in the live document, or null if unknown. */
  path: number[] | null;
}

/** A page after full extraction. */
export interface ExtractedPage {
  page: PageInfo;
  /** Body text, paragraphs separated by a blank line; empty when not an article. */
  text: string;
  paragraphs: ExtractedParagraph[];
}

export type Verdict = 'same-story' | 'related' | 'different';

/** What a match is compared by: a page being read, or a query line of the CLI. */
export interface MatchQuery {
  id?: string | null;
  title: string | null;
  text: string;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  lang?: string | null;
}

/** Why a candidate matched: the specific things both articles share. */
export interface MatchExplanation {
  names: string[];
  numbers: string[];
  terms: string[];
  /**
   * When the candidate was verified against the page's text: how many statements (headline
   * and sentences) of the shorter of the two the other also states.
   */
  statements?: { shared: number; of: number };
}

export type Confidence = 'high' | 'low';

export interface Match {
  id: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  /**
   * In [0, 1]: how surely this is the same story (content, length and dates through a logistic),
   * which nears 1 for any two full reports of one event. Not how alike the texts are.
   */
  score: number;
  /**
   * In [0, 1]: how much of their telling content the two texts share (the weighted cosine of
   * their signatures): 1 for the same text, lower for another outlet's own words. The number the
   * reader sees on demand; absent in results stored before it was kept.
   */
  similarity?: number;
  verdict: Verdict;
  /**
   * How sure the verdict is: 'low' when the shorter of the two texts is short (a two-paragraph
   * lead, a feed summary), so it rests on little; absent in results stored before it was kept.
   */
  confidence?: Confidence;
  explanation?: MatchExplanation;
  origin?: ArticleOrigin;
  headlineDerived?: boolean;
  /** The original's address (http or https only), when the corpus knows it: the reader opens it. */
  url?: string | null;
  /** True when only the feed's summary of this report could be had (from the corpus article). */
  partial?: boolean;
  /** This report's text is the same as another report's or the page's (wire copy). */
  identical?: boolean;
  /**
   * When `identical`: the report listed before it whose text it repeats, or null when it is the
   * page's text it repeats.
   */
  identicalTo?: { id: string; outlet: string | null } | null;
}
