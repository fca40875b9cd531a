/**
 * The one typed message protocol between the extension's contexts. Messages are named by
 * direction: content -> background (`page/...`), UI -> background (`ui/...`), background ->
 * UI broadcasts (`bg/...`), background -> offscreen document (`offscreen/...`), and Parallax's
 * frame on the page (entrypoints/inpage/, an extension page the page cannot read) -> the
 * background or its tab's content script (`frame/...`). Each name maps to its payload and its
 * reply, so a wrong payload is a compile error. The direction is also who may send it:
 * lib/senders.ts checks the sender of every message against its prefix.
 */
import type { Comparison } from './compare';
import type { PageExtraction, PageSnapshot } from './extract';
import type { FeedErrorCode, FeedLink, RequestRecord } from './feeds/types';
import type { OpmlFeed } from './feeds/opml';
import type { Extracted, RefreshProgress } from './live/refresh';
import type { OutletStatus } from './live/outlets';
import type { FeedReport, LiveErrorCode, LiveUsage, Outlet } from './live/types';
import type { PageMarks } from './marks';
import type { Settings } from './settings';
import type { ArticleOrigin, ExtractedPage, Match, PageInfo } from './types';

/**
 * Where the corpus article the page IS (selfId) came from, so the reader is told the truth:
 * bundled with Parallax, added by the reader, fetched from an outlet they follow, or kept from
 * their reading. Absent in states stored before it was kept.
 */
export interface SelfArticle {
  origin: ArticleOrigin;
  outlet: string | null;
}

/** The background's view of one tab. */
export type TabState =
  | { kind: 'idle' }
  | { kind: 'not-article'; page: PageInfo | null; reason: string }
  | { kind: 'working'; page: PageInfo }
  | {
      kind: 'no-coverage';
      page: PageInfo;
      best: Match | null;
      selfId: string | null;
      self?: SelfArticle | null;
    }
  | {
      kind: 'matched';
      page: PageInfo;
      matches: Match[];
      selfId: string | null;
      self?: SelfArticle | null;
      sameStoryCount: number;
    }
  | { kind: 'unsupported-language'; page: PageInfo; lang: string | null }
  | { kind: 'error'; page: PageInfo | null; message: string };

export interface Messages {
  /** content -> background: the page is an article; here is what was extracted. */
  'page/article': { payload: { url: string; extracted: ExtractedPage }; reply: TabState };
  /**
   * content -> background: extract the article from this snapshot of the page, away from the
   * page's main thread (null: the background could not; the page is then "could not be read").
   */
  'page/extract': { payload: { url: string; snapshot: PageSnapshot }; reply: PageExtraction | null };
  /** background -> offscreen document (Chrome): the same, where a DOM is available. */
  'offscreen/extract': { payload: { url: string; snapshot: PageSnapshot }; reply: PageExtraction };
  /** content -> background: the page is not an article (probe said no). */
  'page/not-article': { payload: { url: string; page: PageInfo | null; reason: string }; reply: TabState };
  /** UI -> background: the state of a tab (the active one when tabId is null). */
  'ui/get-state': { payload: { tabId: number | null }; reply: { tabId: number | null; state: TabState } };
  /** UI -> background: the articles a sidebar needs to show a tab's story side by side. */
  'ui/get-story': { payload: { tabId: number | null }; reply: StoryView | null };
  /** content -> background: what to mark on this tab's page (null: nothing, or turned off). */
  'page/get-marks': { payload: Record<string, never>; reply: PageMarks | null };
  /**
   * content -> background: highlights on or off for the sender's own site (the reader's
   * click in the frame's panel). The site is the sender's; the reply says only that site's choice.
   */
  'page/set-site-highlights': { payload: { on: boolean }; reply: { on: boolean } };
  /**
   * content -> its own tab's frame (runtime.sendMessage; only the card frame of the sender's
   * tab answers): show the card of this sentence of the marks (null: none). The reply is the
   * card's size, for the content script to place the frame (null: nothing to show).
   */
  'page/show-card': { payload: { text: string | null }; reply: { width: number; height: number } | null };
  /**
   * background -> a tab's frames (tabs.sendMessage): 'page/show-card' passed on, in Firefox,
   * where an extension frame in a web page hears no content script's runtime message (it
   * hears only what is sent to its tab). The same payload and reply.
   */
  'bg/show-card': { payload: { text: string | null }; reply: { width: number; height: number } | null };
  /** frame -> background: the marks of the frame's own tab (null: none, or turned off). */
  'frame/get-marks': {
    payload: Record<string, never>;
    reply: { tabId: number; marks: PageMarks | null } | null;
  };
  /** frame -> its tab's content script: the panel focused a sentence (null: none). */
  'frame/focus': { payload: { text: string | null }; reply: void };
  /** frame -> its tab's content script: the panel's size changed (opened, closed). */
  'frame/resize': { payload: { width: number; height: number }; reply: void };
  /** frame -> its tab's content script: the reader turned highlights off for this site. */
  'frame/turn-off': { payload: Record<string, never>; reply: void };
  /** frame -> background: the reader's switch by the legend, also mark what others report. */
  'frame/set-mark-shared': { payload: { on: boolean }; reply: { on: boolean } };
  /** UI -> background -> content: scroll the tab's page to a sentence and flash it. */
  'ui/locate': { payload: { tabId: number | null; text: string }; reply: { found: boolean } };
  /** UI -> background: the settings, and a change to them (all of them: the options page). */
  'ui/get-settings': { payload: Record<string, never>; reply: Settings };
  'ui/set-settings': { payload: { settings: Settings }; reply: Settings };
  /**
   * UI -> background: change some settings, applied to the latest stored ones in one step
   * (`highlightsBySite` merged host by host), so two surfaces never undo each other's change.
   */
  'ui/patch-settings': { payload: { patch: Partial<Settings> }; reply: Settings };
  /** UI -> background: add the tab's article to the reader's corpus. */
  'ui/corpus-add': { payload: { tabId: number | null }; reply: CorpusAddReply };
  /** UI -> background: the reader's corpus changed (import, removal): reload the index. */
  'ui/corpus-changed': { payload: Record<string, never>; reply: { size: number } };
  /** background -> UI (broadcast): a tab's state changed; UIs showing it refetch. */
  'bg/state-changed': { payload: { tabId: number }; reply: void };
  /** background -> content (to one tab): scroll to the sentence and flash it. */
  'bg/locate': { payload: { text: string }; reply: { found: boolean } };
  /**
   * background -> content: detect the page and ask again (the corpus or settings changed, or
   * a restarted service worker lost an answer it never gave).
   */
  'bg/refresh': { payload: Record<string, never>; reply: void };

  // Live coverage: outlets the reader follows (lib/live, entrypoints/background/live.ts).
  /** background -> offscreen document (Chrome): extract a fetched article page's HTML, inert. */
  'offscreen/extract-html': { payload: { url: string; html: string }; reply: Extracted | null };
  /**
   * content -> background: the feeds the sender's page declares (`<link rel="alternate">`), read
   * from its head; the popup offers to follow them. Never fetched because of this.
   */
  'page/feeds': { payload: { feeds: FeedLink[]; siteName: string | null }; reply: void };
  /** UI -> background: a tab's declared feeds, and the followed outlet they belong to (if any). */
  'ui/page-feeds': { payload: { tabId: number | null }; reply: PageFeeds };
  /** UI -> background: the followed outlets, their status, the refresh in progress, storage. */
  'ui/live-status': { payload: Record<string, never>; reply: LiveStatus };
  /**
   * UI -> background: follow an outlet by a feed URL or a site URL (whose home page names its
   * feeds). The UI has asked for the host permissions first, from the reader's click; the
   * reply says which origins are still missing when the feed or its articles live elsewhere.
   */
  'ui/follow': { payload: FollowRequest; reply: FollowReply };
  /** UI -> background: follow every feed of an OPML file (its origins granted by the UI first). */
  'ui/import-opml': { payload: { feeds: OpmlFeed[] }; reply: ImportOpmlReply };
  /** UI -> background: the followed outlets as OPML 2.0. */
  'ui/export-opml': { payload: Record<string, never>; reply: { text: string } };
  /**
   * UI -> background: stop following; its articles leave storage and the index. The reply's
   * origins are the host permissions no other outlet needs: the UI gives them back.
   */
  'ui/unfollow': { payload: { outletId: string }; reply: { ok: boolean; releaseOrigins: string[] } };
  'ui/rename-outlet': { payload: { outletId: string; name: string }; reply: Outlet | null };
  /** UI -> background: refresh every followed feed now (progress comes as bg/live-changed). */
  'ui/refresh-now': { payload: Record<string, never>; reply: RefreshSummary };
  /** UI -> background: the last 500 requests Parallax made (time, URL, status, bytes). */
  'ui/get-requests': { payload: Record<string, never>; reply: RequestRecord[] };
  /** UI -> background: every article kept from the reader's reading is removed. */
  'ui/forget-history': { payload: Record<string, never>; reply: { removed: number } };
  /** background -> UI (broadcast): outlets, a refresh's progress or storage changed. */
  'bg/live-changed': { payload: { progress: RefreshProgress | null }; reply: void };
}

export interface PageFeeds {
  feeds: FeedLink[];
  siteName: string | null;
  /** The followed outlet one of these feeds belongs to, or null. */
  followed: { id: string; name: string } | null;
}

export interface FollowRequest {
  /** A feed URL or a site URL, as the reader gave it (or a feed link of the page). */
  url: string;
  /** The name to use (else the site's or the feed's own). */
  name?: string | null;
}

/** What became of a follow, as a code the UI maps to words (components/strings.ts). */
export type FollowCode =
  | 'followed'
  | 'already-followed'
  | 'invalid-url'
  | 'no-feed' // a site whose home page names no feed
  | 'needs-permission' // `origins` must be granted first
  | 'feed-error' // the feed could not be read: `error`
  | 'disk-full';

export interface FollowReply {
  code: FollowCode;
  outlet?: Outlet;
  /** For 'needs-permission': the origins (`https://host`) to ask for. */
  origins?: string[];
  error?: FeedErrorCode;
  detail?: string;
}

export interface ImportOpmlReply {
  followed: number;
  already: number;
  /** Feeds whose origins were not granted. */
  notGranted: string[];
}

export interface OutletView {
  outlet: Outlet;
  status: OutletStatus;
  articles: number;
}

export interface LiveStatus {
  outlets: OutletView[];
  /** The refresh in progress, or null. */
  progress: RefreshProgress | null;
  /** Epoch ms of the last finished refresh, or null. */
  lastRefreshAt: number | null;
  /** Epoch ms of the next scheduled refresh, or null (manual only, or nothing followed). */
  nextRefreshAt: number | null;
  usage: LiveUsage;
  historyArticles: number;
  error: LiveErrorCode | null;
}

export interface RefreshSummary {
  status: 'done' | 'stopped' | 'lease-lost' | 'busy' | 'failed';
  feeds: FeedReport[];
  added: number;
  removed: number;
  error: LiveErrorCode | null;
}

/**
 * What became of "Add this article to my corpus", as a code the UI maps to its text
 * (components/strings.ts); `detail` is the underlying problem, when there is one.
 */
export type CorpusAddCode =
  'added' | 'no-article' | 'duplicate-id' | 'duplicate-text' | 'not-addable' | 'corpus-full' | 'failed';

export interface CorpusAddReply {
  ok: boolean;
  code: CorpusAddCode;
  detail?: string;
}

/** What the sidebar shows: the article being read and the other reports of its story. */
export interface StoryView {
  tabId: number;
  page: PageInfo;
  /** The article being read: its extracted paragraphs (or its corpus text if it is one). */
  paragraphs: string[];
  selfId: string | null;
  reports: StoryReport[];
  /** The comparison of the page with the same-story reports (page id "page"), or null. */
  comparison: Comparison | null;
  /** Each compared outlet's sentences in reading order, by id, for the side-by-side view. */
  sentences: Record<string, string[]>;
}

export interface StoryReport {
  match: Match;
  /** The report's first paragraphs, for reading without leaving the sidebar. */
  lead: string[];
  url: string | null;
}

export type MessageName = keyof Messages;

export interface Envelope<K extends MessageName = MessageName> {
  parallax: 1;
  type: K;
  payload: Messages[K]['payload'];
}

export function envelope<K extends MessageName>(type: K, payload: Messages[K]['payload']): Envelope<K> {
  return { parallax: 1, type, payload };
}

/** Every message name, once: a name missing here (or one that is not a message) fails to compile. */
const NAME_LIST = {
  'page/article': true,
  'page/extract': true,
  'offscreen/extract': true,
  'page/not-article': true,
  'page/set-site-highlights': true,
  'page/show-card': true,
  'bg/show-card': true,
  'frame/get-marks': true,
  'frame/set-mark-shared': true,
  'frame/focus': true,
  'frame/resize': true,
  'frame/turn-off': true,
  'ui/get-state': true,
  'ui/get-story': true,
  'page/get-marks': true,
  'ui/locate': true,
  'ui/get-settings': true,
  'ui/set-settings': true,
  'ui/patch-settings': true,
  'ui/corpus-add': true,
  'ui/corpus-changed': true,
  'bg/state-changed': true,
  'bg/locate': true,
  'bg/refresh': true,
  'offscreen/extract-html': true,
  'page/feeds': true,
  'ui/page-feeds': true,
  'ui/live-status': true,
  'ui/follow': true,
  'ui/import-opml': true,
  'ui/export-opml': true,
  'ui/unfollow': true,
  'ui/rename-outlet': true,
  'ui/refresh-now': true,
  'ui/get-requests': true,
  'ui/forget-history': true,
  'bg/live-changed': true,
} as const satisfies Record<MessageName, true>;

export const MESSAGE_NAMES: readonly MessageName[] = Object.keys(NAME_LIST) as MessageName[];
const NAMES: ReadonlySet<string> = new Set(MESSAGE_NAMES);

/** True for a well-formed envelope of a known message; anything else is ignored. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.parallax === 1 &&
    typeof v.type === 'string' &&
    NAMES.has(v.type) &&
    typeof v.payload === 'object' &&
    v.payload !== null
  );
}
