/**
 * Who may send which message. The direction in a message's name (lib/protocol.ts) is also a
 * rule about its sender, checked on every message received (utils/messaging.ts `listen`):
 *
 * - `page/...` only from a content script (a sender with a tab and a URL that is not the
 *   extension's), in the top frame, and it speaks only for its own tab: the tab and the URL
 *   are the sender's, never taken from the payload.
 * - `ui/...` only from the extension's own pages (a URL on the extension's origin). A page
 *   embedded in a tab (an extension frame inside a web page, e.g. a card) may ask only about
 *   that tab: a payload `tabId` of another tab is refused, and "the active tab" means its own.
 * - `frame/...` only from Parallax's own frame on a page (`inpage.html`, an extension page in
 *   a tab; Chrome loads it under a per-session origin, so it is known by its path on a
 *   non-web scheme), and only about the tab it is in.
 * - `bg/...` and `offscreen/...` only from the background (the extension's origin, no tab).
 *
 * A content script's world can be reached by a compromised renderer; these rules keep what
 * it can do to what its own page already shows. Pure: the shell passes the sender and the
 * extension's origin (`runtime.getURL('')`).
 */
import type { MessageName } from './protocol';

/** The parts of `runtime.MessageSender` the rules read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A content script in a tab's top frame. */
export interface ContentCaller {
  role: 'content';
  tabId: number;
  url: string;
}

/** One of the extension's contexts: a page, or the background. */
export interface ExtensionCaller {
  role: 'extension';
  /** Set for a page embedded in a tab: the only tab it may ask about. */
  ownTab: number | null;
}

/** Parallax's frame on a page (entrypoints/inpage/), in the tab it speaks for. */
export interface FrameCaller {
  role: 'frame';
  /** The tab the frame is in; null when the browser did not say (a message to that tab). */
  tabId: number | null;
}

export type Caller = ContentCaller | ExtensionCaller | FrameCaller;
export type CallerOf<K extends MessageName> = K extends `page/${string}`
  ? ContentCaller
  : K extends `frame/${string}`
    ? FrameCaller
    : ExtensionCaller;

/** The path of Parallax's frame on a page. */
export const INPAGE_PATH = '/inpage.html';

/** True for a URL of Parallax's frame: its path, on a scheme that is not the web's. */
export function isInpageUrl(url: string | undefined): boolean {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return u.protocol !== 'http:' && u.protocol !== 'https:' && u.pathname === INPAGE_PATH;
  } catch {
    return false;
  }
}

/**
 * The caller of a message `type` with `payload` from `sender`, or null when that sender may
 * not send it. `extensionId` and `origin` are the extension's own (`runtime.id`,
 * `runtime.getURL('')`).
 */
export function callerOf(
  type: MessageName,
  payload: unknown,
  sender: SenderInfo,
  own: { extensionId: string; origin: string },
): Caller | null {
  if (sender.id !== own.extensionId) return null;
  const onOrigin = typeof sender.url === 'string' && sender.url.startsWith(own.origin);
  const tabId = sender.tab?.id;
  if (type.startsWith('page/')) {
    if (tabId === undefined || tabId < 0 || onOrigin || typeof sender.url !== 'string') return null;
    if (sender.frameId !== 0) return null;
    return { role: 'content', tabId, url: sender.url };
  }
  if (type.startsWith('frame/')) {
    if (!isInpageUrl(sender.url)) return null;
    // A frame's message to its tab's content script (tabs.sendMessage) may come without the
    // tab: that tab is the receiver itself. The background needs the tab, and refuses without.
    return { role: 'frame', tabId: tabId !== undefined && tabId >= 0 ? tabId : null };
  }
  if (type.startsWith('ui/')) {
    if (!onOrigin) return null;
    // An extension page at the top of a tab is a whole extension page (options, a pinned popup);
    // in a frame inside a tab, it is embedded in a page and limited to that tab.
    const embedded = sender.tab !== undefined && sender.frameId !== 0;
    if (!embedded) return { role: 'extension', ownTab: null };
    if (tabId === undefined || !tabAllowed(payload, tabId)) return null;
    return { role: 'extension', ownTab: tabId };
  }
  // bg/..., offscreen/...: the background has no tab and, when a URL is given, ours.
  if (sender.tab !== undefined) return null;
  if (sender.url !== undefined && !onOrigin) return null;
  return { role: 'extension', ownTab: null };
}

/** A payload's `tabId`, when it names one, must be the embedded page's own tab. */
function tabAllowed(payload: unknown, ownTab: number): boolean {
  if (typeof payload !== 'object' || payload === null || !('tabId' in payload)) return true;
  const asked = (payload as { tabId: unknown }).tabId;
  return asked === null || asked === undefined || asked === ownTab;
}
