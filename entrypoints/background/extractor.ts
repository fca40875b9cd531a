/**
 * Where the background has a page's article extracted, off the page's main thread: in
 * Firefox its own background page (it has a DOM); in Chrome, whose service worker has none,
 * the offscreen document (entrypoints/offscreen), created on first use and closed when idle
 * (if the worker is stopped first, the document stays until its next use resets the timer).
 */
import browser from 'webextension-polyfill';
import { extractPage, extractSnapshot, type PageExtraction, type PageSnapshot } from '@/lib/extract';
import { extractedArticle, type Extracted } from '@/lib/live';
import { send } from '@/utils/messaging';

const OFFSCREEN_PATH = '/offscreen.html';
/**
 * An idle offscreen document is closed after this; the next page opens it again. Shorter than
 * the ~30 s after which Chrome stops an idle service worker, whose timers die with it.
 */
const IDLE_CLOSE_MS = 20_000;

/** The parts of Chrome's offscreen and runtime APIs used here (not in the polyfill's types). */
interface ChromeApis {
  offscreen?: {
    createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
  runtime?: {
    getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
  };
}

let creating: Promise<void> | null = null;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

/** The extraction of `snapshot`, or null when there is nowhere to run it. */
export async function extractOffThread(snapshot: PageSnapshot, url: string): Promise<PageExtraction | null> {
  // A manifest-v2 background is a page with a DOM (Firefox). The check is a build-time
  // constant, so Chrome's service worker does not carry the extraction code.
  if (import.meta.env.MANIFEST_VERSION === 2 && typeof document !== 'undefined') {
    return extractSnapshot(snapshot, url, document.implementation);
  }
  return inOffscreen(() => send('offscreen/extract', { url, snapshot }));
}

/**
 * The article of a page a refresh fetched (live coverage), or null when it is none or there is
 * nowhere to read it. The HTML is parsed by DOMParser as 'text/html': an inert document, no
 * script runs and nothing loads. Firefox: here, in the background page; Chrome: offscreen.
 */
export async function extractHtmlOffThread(html: string, url: string): Promise<Extracted | null> {
  if (import.meta.env.MANIFEST_VERSION === 2 && typeof DOMParser !== 'undefined') {
    return extractedArticle(extractPage(new DOMParser().parseFromString(html, 'text/html'), url));
  }
  return inOffscreen(() => send('offscreen/extract-html', { url, html }));
}

/**
 * `ask` answered by the offscreen document, opened for it and closed once idle; null where
 * there is no offscreen API.
 */
async function inOffscreen<T>(ask: () => Promise<T | null | undefined>): Promise<T | null> {
  const chrome = (globalThis as { chrome?: ChromeApis }).chrome;
  const offscreen = chrome?.offscreen;
  if (!offscreen) return null;
  clearTimeout(closeTimer);
  try {
    await openDocument(offscreen, chrome.runtime);
    return (await ask()) ?? null;
  } finally {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => void offscreen.closeDocument().catch(() => undefined), IDLE_CLOSE_MS);
  }
}

async function openDocument(
  offscreen: NonNullable<ChromeApis['offscreen']>,
  runtime: ChromeApis['runtime'],
): Promise<void> {
  // Being created: its listener may not be there yet, so wait for the creation, not the context.
  if (creating) return creating;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const open = await runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open && open.length > 0) return;
  // One document per extension: concurrent pages wait for the same creation.
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: "Read the article of the page being viewed without slowing that page's main thread.",
    })
    .catch((err: unknown) => {
      // Without getContexts (Chrome < 116) an open document is only known by this refusal.
      if (!/single offscreen/i.test(err instanceof Error ? err.message : String(err))) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
