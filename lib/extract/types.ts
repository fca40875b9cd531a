/** Types of the extraction core that do not cross the message protocol (see lib/types.ts). */

/** What the cheap probe says about a page, before any full extraction. */
export interface ProbeResult {
  /** True when the page may be an article: only then is the full extraction worth running. */
  likely: boolean;
  /** Names of the signals seen (metadata and structure), for the popup and for debugging. */
  signals: string[];
  /**
   * One sentence a reader can be shown after "Why:": the reason itself ("Too little running
   * text."), not the verdict, which the popup states in its own words.
   */
  reason: string;
}

/** What the page's metadata (JSON-LD, OpenGraph, Parse.ly, Dublin Core, <time>) says. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** Outlet name from metadata or from the site's own declarations; never derived from the URL. */
  siteName: string | null;
  /** Publication time as given by the page (ISO 8601 in practice), not reformatted. */
  publishedTime: string | null;
  /** BCP 47 language tag (`en-US`, not `en_US`). */
  lang: string | null;
  canonicalUrl: string | null;
  /** Page types declared: schema.org types (`NewsArticle`) and OpenGraph ones (`og:article`). */
  types: string[];
  /** Names of the metadata signals seen (`json-ld:NewsArticle`, `og:type=article`, ...). */
  signals: string[];
}
