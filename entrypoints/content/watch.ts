/**
 * What makes the content script look at the page again: a history navigation (single-page
 * sites) and, for a while after each page start, DOM changes (an article that arrives late).
 * Both only ask the pacer; neither is visible to or drivable by the page: the location is
 * read from `location.href` (a trusted Navigation API event only makes the check earlier),
 * never from an event's data.
 */
import type { Lifetime } from './context';

/** How often the address is checked where there is no Navigation API (and for orphaned scripts). */
const POLL_MS = 1_000;

/** Calls `onChange` after the page's address changed (pushState, back, forward, hash). */
export function watchLocation(
  ctx: Lifetime,
  onChange: () => void,
  href: () => string = () => location.href,
): void {
  let last = href();
  const check = () => {
    if (ctx.isInvalid) return;
    const now = href();
    if (now === last) return;
    last = now;
    onChange();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // `navigate` fires before the address changes: check right after. A page's synthetic
    // event (isTrusted false) is ignored, and the check reads the address anyway.
    const onNavigate = (e: Event) => {
      if (e.isTrusted) ctx.setTimeout(check, 0);
    };
    nav.addEventListener('navigate', onNavigate);
    ctx.onInvalidated(() => nav.removeEventListener('navigate', onNavigate));
  }
  ctx.setInterval(check, POLL_MS);
}

/** How long to keep watching for an article that arrives after load (single-page sites). */
export const WATCH_MS = 15_000;
/** DOM changes are read once they have settled this long. */
export const SETTLE_MS = 500;

export interface DomWatch {
  /** (Re)starts watching; the previous watch stops. */
  start(): void;
  stop(): void;
}

/**
 * One watch at a time: DOM changes ask for a detection (settled, paced by the caller); it
 * ends when `stop()` is called (the article was found), when the time is up (`onTimeout`),
 * or with the content script.
 */
export function createDomWatch(
  ctx: Lifetime,
  doc: Document,
  onChange: () => void,
  onTimeout: () => void,
): DomWatch {
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  const stop = () => {
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  ctx.onInvalidated(stop);
  return {
    start() {
      stop();
      if (ctx.isInvalid) return;
      observer = new MutationObserver(onChange);
      observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
      timer = ctx.setTimeout(() => {
        stop();
        onTimeout();
      }, WATCH_MS);
    },
    stop,
  };
}
