/**
 * Live coverage: the outlets the reader follows, what their feeds last answered, the articles
 * fetched from them (and, when the reader turns it on, the articles they read), the refresh in
 * progress and the request log. Plain data, stored by lib/live/store.ts in its own database.
 */
import type { FeedErrorCode, FeedFetchState } from '../feeds/types.ts';
import type { CorpusArticle } from '../types.ts';

/** An outlet the reader follows. */
export interface Outlet {
  id: string;
  /** From the site or feed metadata, or as the reader typed it (`nameEdited`). */
  name: string;
  /** True once the reader renamed it: a refresh no longer replaces the name. */
  nameEdited: boolean;
  siteUrl: string | null;
  /** Its feed URLs. */
  feeds: string[];
  /** BCP 47 primary language, or null. */
  lang: string | null;
  /** The origins asked for as optional host permissions (feed and article hosts). */
  origins: string[];
  /** Epoch ms. */
  addedAt: number;
}

/** What Parallax knows of one feed: the client's state and how the last refresh went. */
export interface FeedRecord {
  url: string;
  outletId: string | null;
  state: FeedFetchState;
  /** Epoch ms of the last refresh that asked this feed (or skipped it while it backs off). */
  lastRefreshAt: number | null;
  /** New articles the last refresh found in it. */
  lastNew: number;
}

/** An article fetched from a followed outlet ('live') or kept from the reader's reading ('history'). */
export interface LiveArticle extends CorpusArticle {
  origin: 'live' | 'history';
  outlet: string | null;
  /** The followed outlet it came from; null for reading history. */
  outletId: string | null;
  url: string | null;
  date: string | null;
  feed: string | null;
  /** The feed item's GUID, or null. */
  guid: string | null;
  /** ISO 8601. */
  fetched: string;
  partial: boolean;
  identicalTo: string | null;
  /** What it takes in storage, about (UTF-8 bytes of its JSON). */
  bytes: number;
}

/** An article to store: the store fills in the id (when absent), `bytes` and `identicalTo`. */
export type LiveArticleInput = Omit<LiveArticle, 'id' | 'bytes' | 'identicalTo' | 'fetched'> & {
  id?: string;
  /** ISO 8601 (the store's clock when absent). */
  fetched?: string;
  /** More addresses the same article is known by (the page's address after redirects). */
  alsoUrls?: string[];
};

export type PutResult =
  | { added: true; article: LiveArticle }
  /** Already stored (by URL or GUID), or the same text from the same outlet at the same or no address. */
  | { added: false; duplicateOf: string; by: 'url' | 'guid' | 'text' };

/** What started a refresh. */
export type RefreshTrigger = 'schedule' | 'manual' | 'follow';

export interface QueueEntry {
  feed: string;
  outletId: string | null;
}

/** The refresh in progress, persisted so that a stopped worker's successor resumes it. */
export interface RefreshJob {
  trigger: RefreshTrigger;
  /** Epoch ms. */
  startedAt: number;
  /** Feeds not finished yet (a feed leaves the queue when its articles and state are saved). */
  queue: QueueEntry[];
  total: number;
  done: number;
  /** Who runs it, until when (epoch ms): a lease past `until` belongs to a stopped worker. */
  lease: { owner: string; until: number };
}

export type LeaseResult = { job: RefreshJob; resumed: boolean } | { busy: true; job: RefreshJob };

/** Storage used by live coverage. */
export interface LiveUsage {
  articles: number;
  bytes: number;
}

/** Why live storage failed, as a code the UI maps to words (components/strings.ts). */
export type LiveErrorCode = 'disk-full';

/** How one feed went in a refresh. */
export interface FeedReport {
  feed: string;
  outletId: string | null;
  status: 'ok' | 'not-modified' | 'error' | 'backing-off';
  new: number;
  /** Articles whose page could not be read or extracted: the feed's text was kept. */
  partial: number;
  error: FeedErrorCode | null;
}
