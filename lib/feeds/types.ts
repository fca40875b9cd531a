/**
 * The contract of lib/feeds, shared by the extension's live coverage (entrypoints/background)
 * and the command line (`feeds fetch`): feeds parsed from bytes, feed links found in a page,
 * OPML, and a polite HTTP client that takes `fetch` as a dependency. Pure: no browser API.
 */

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

/** One entry of a feed, its text already plain (markup stripped, entities decoded). */
export interface FeedItem {
  /** guid / atom:id / JSON Feed id, or null. */
  guid: string | null;
  /** The item's link, absolute (resolved against the feed's base), or null. */
  url: string | null;
  title: string;
  /** The feed's text for the item: its full content when the feed carries it, else its summary. */
  text: string;
  /** True when `text` is the feed's full content (content:encoded, atom:content, content_html). */
  fullText: boolean;
  /** ISO 8601 (from RFC 822 or ISO 8601 dates), or null. */
  published: string | null;
  author: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to (channel link, atom alternate link, home_page_url). */
  siteUrl: string | null;
  /** BCP 47 primary language ("en"), or null. */
  lang: string | null;
  items: FeedItem[];
}

/** Why a feed or page could not be had, as a code the UI maps to words (components/strings.ts). */
export type FeedErrorCode =
  | 'not-found' // 404, 410
  | 'forbidden' // 401, 403
  | 'rate-limited' // 429, 503 with Retry-After
  | 'server-error' // other 5xx
  | 'http-error' // other non-2xx
  | 'timeout'
  | 'too-large'
  | 'not-a-feed' // the body is not RSS, Atom or JSON Feed
  | 'malformed' // a feed, but broken beyond reading
  | 'redirect-not-allowed' // a redirect to an origin the reader has not granted
  | 'not-html' // an article link that answers with something other than a web page
  | 'network'
  | 'backing-off'; // not asked: the feed failed recently and waits its turn

export type FeedParse =
  { ok: true; feed: ParsedFeed } | { ok: false; code: 'not-a-feed' | 'malformed'; detail: string };

/** A feed a page declares with `<link rel="alternate" type="application/rss+xml" ...>`. */
export interface FeedLink {
  url: string;
  title: string | null;
  type: 'rss' | 'atom' | 'json';
}

/** What the client remembers of one feed between requests (kept by the caller). */
export interface FeedFetchState {
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failures, for the exponential backoff. */
  failures: number;
  /** Epoch ms before which the feed is not asked again (backoff or Retry-After), or null. */
  retryAt: number | null;
  lastStatus: number | null;
  lastError: FeedErrorCode | null;
  /** Epoch ms of the first failure of the current run of failures, or null. */
  errorSince: number | null;
  /** Epoch ms of the last successful read (200 or 304), or null. */
  lastOkAt: number | null;
}

/** One request the client made, for the reader's request log. */
export interface RequestRecord {
  /** Epoch ms. */
  time: number;
  url: string;
  kind: 'feed' | 'page';
  status: number | null;
  bytes: number;
  error: FeedErrorCode | null;
}

export type FeedFetchResult =
  | { kind: 'ok'; feed: ParsedFeed; url: string; state: FeedFetchState }
  | { kind: 'not-modified'; state: FeedFetchState }
  | { kind: 'error'; code: FeedErrorCode; detail: string; state: FeedFetchState };

export type PageFetchResult =
  | { ok: true; url: string; html: string; contentType: string | null }
  | { ok: false; code: FeedErrorCode; status: number | null };

export interface FeedClientOptions {
  fetch: typeof globalThis.fetch;
  /** Epoch ms. */
  now?: () => number;
  /** Requests in flight at most (default 4). */
  concurrency?: number;
  timeoutMs?: number;
  maxFeedBytes?: number;
  maxPageBytes?: number;
  /** May a request (or a redirect) go to this URL? The extension: a granted origin. */
  allowed?: (url: string) => boolean;
  /** Every request made, when it ends. */
  onRequest?: (record: RequestRecord) => void;
  /**
   * Where a redirect goes when the response is opaque (`type: 'opaqueredirect'`, status 0, no
   * headers: a manual redirect in an MV3 extension). The extension answers from
   * webRequest's response headers (lib/feeds/redirect-log.ts); null when unknown. Without it an opaque redirect is
   * 'redirect-not-allowed'. In Node the Location header is read and this is not asked.
   */
  redirectTarget?: (requestUrl: string) => Promise<string | null>;
}

export interface FeedClient {
  feed(url: string, state: FeedFetchState | null): Promise<FeedFetchResult>;
  page(url: string): Promise<PageFetchResult>;
}
