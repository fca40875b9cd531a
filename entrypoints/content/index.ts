import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isSkippablePage,
  probePage,
  resolvePath,
  takeSnapshot,
  tooLargePage,
  unreadable,
  type PageExtraction,
  type PageSnapshot,
} from '@/lib/extract';
import type { ProbeResult } from '@/lib/extract';
import { timeSlices } from '@/lib/slices';
import type { ExtractedPage } from '@/lib/types';
import { listen, send } from '@/utils/messaging';
import { createHighlighter } from './highlights';

/** How long to keep watching for an article that arrives after load (single-page sites). */
const WATCH_MS = 15_000;
const DEBOUNCE_MS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (isSkippablePage(document, location.href)) return;
    let lastSent = '';
    /** The background asked for this page (the popup is open on it): answer even if not an article. */
    let asked = false;
    let current: ExtractedPage | null = null;
    /** After a history navigation: the previous page's text, until new content replaces it. */
    let staleText: string | null = null;
    const highlighter = createHighlighter(ctx, () => void turnOffForSite());

    /** The live elements the extracted paragraphs came from (the article when unknown). */
    const roots = (): Element[] => {
      const found = (current?.paragraphs ?? [])
        .map((p) => (p.path ? resolvePath(document, p.path) : null))
        .filter((e): e is Element => e !== null);
      const unique = [...new Set(found)];
      return unique.length > 0 ? unique : document.body ? [document.body] : [];
    };

    const refreshMarks = async () => {
      const marks = current ? await send('page/get-marks', {}) : null;
      if (marks) highlighter.apply(marks, roots());
      else highlighter.clear();
    };

    const turnOffForSite = async () => {
      await send('page/highlights-off', {});
    };

    const detectNow = async (): Promise<boolean> => {
      if (ctx.isInvalid) return true;
      const url = location.href;
      const probe = probePage(document, url);
      if (!probe.likely) {
        // Just after a history navigation the app may still be loading: keep watching.
        if (staleText !== null) return false;
        current = null;
        highlighter.clear();
        if (lastSent !== `no:${url}`) {
          lastSent = `no:${url}`;
          markResult('not-article');
          // Most pages are not articles: the service worker is not woken for them. The
          // background only asks (bg/refresh) when the reader opens the popup here.
          if (asked) await send('page/not-article', { url, page: null, reason: probe.reason });
        }
        asked = false;
        return false;
      }
      // The probe and the extraction run as separate tasks, so neither holds the page long.
      await yieldToPage();
      if (ctx.isInvalid) return true;
      const { extracted, settled } = await extractAway(probe, url);
      // Navigated meanwhile (single-page site): the run for the new address answers instead.
      if (ctx.isInvalid || location.href !== url) return true;
      const key = `${extracted.page.isArticle ? 'yes' : 'no'}:${url}:${extracted.text.length}`;
      if (key === lastSent) return extracted.page.isArticle;
      lastSent = key;
      if (!extracted.page.isArticle) {
        current = null;
        highlighter.clear();
        await send('page/not-article', {
          url,
          page: extracted.page,
          reason: extracted.reason,
        });
        markResult('not-article');
        return false;
      }
      if (staleText !== null && extracted.text === staleText) return false; // not swapped in yet
      staleText = null;
      current = extracted;
      const state = await send('page/article', { url, extracted });
      if (state.kind === 'matched') {
        await yieldToPage();
        await refreshMarks();
      } else highlighter.clear();
      markResult(state.kind);
      // A copy the page changed under: the watch reads it again once the DOM is calm.
      return settled;
    };

    /**
     * One detection at a time: a request while one runs (a mutation, a refresh) runs once
     * more after it, so an older result never lands after a newer one.
     */
    let running: Promise<boolean> | null = null;
    let again = false;
    const detect = (): Promise<boolean> => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let found: boolean;
        do {
          again = false;
          found = await detectNow();
        } while (again && !ctx.isInvalid);
        return found;
      })().finally(() => {
        running = null;
      });
      return running;
    };

    listen({
      'bg/locate': ({ text }) => ({ found: highlighter.locate(text, roots()) }),
      'bg/refresh': () => {
        lastSent = '';
        asked = true;
        void detect().catch(report);
      },
    });

    /** The watch ended without new content after a navigation: say what the page is now. */
    const giveUp = () => {
      if (staleText === null) return;
      staleText = null;
      void detect().catch(report);
    };
    const run = () =>
      idle(
        ctx,
        () =>
          void detect()
            .then((found) => found || watch(ctx, detect, giveUp))
            .catch(report),
      );
    run();
    // Single-page sites: a history navigation is a new page.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lastSent = '';
      staleText = current?.text ?? null;
      current = null;
      highlighter.clear();
      run();
    });
  },
});

/** The page's main thread is held at most about this long by one slice of the snapshot. */
const SLICE_MS = 8;
/** How long the background may take to extract a page before it is asked once more. */
const EXTRACT_TIMEOUT_MS = 20_000;
/** Copies taken while the page keeps changing its DOM, before one is used as it is. */
const COPY_ATTEMPTS = 2;

/**
 * The page's extraction, run away from its main thread: the page is read into plain data in
 * short slices and the background extracts that (Readability's one long parse happens in the
 * extension's own process, and the content script that runs on every page does not carry it).
 * `settled` is false when the page changed its DOM during every copy: the result may miss
 * part of it, and the page should be read again once it is calm.
 */
async function extractAway(
  probe: ProbeResult,
  url: string,
): Promise<{ extracted: PageExtraction; settled: boolean }> {
  // Pathological nesting, or more elements or text than extractPage reads: "too large".
  if (probe.signals.includes('too-deep'))
    return { extracted: tooLargePage(document, url, probe), settled: true };
  let snapshot: PageSnapshot | null = null;
  for (let i = 0; i < COPY_ATTEMPTS && (!snapshot || snapshot.changedWhileCopied); i++) {
    snapshot = await takeSnapshot(document, {
      pause: timeSlices(SLICE_MS, () => performance.now(), yieldToPage),
    });
    if (!snapshot) return { extracted: tooLargePage(document, url, probe), settled: true };
  }
  const copy = snapshot!;
  const ask = () =>
    Promise.race([
      send('page/extract', { url, snapshot: copy }).then(
        (reply) => reply ?? unreadable(url, 'extractor-failed'),
        () => null, // a worker stopped mid-request: asked once more
      ),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), EXTRACT_TIMEOUT_MS)),
    ]);
  const extracted = (await ask()) ?? (await ask()) ?? unreadable(url, 'no-extractor');
  return { extracted, settled: !copy.changedWhileCopied };
}

/** Runs `fn` when the page is idle, never blocking it. */
function idle(ctx: ContentScriptContext, fn: () => void): void {
  if ('requestIdleCallback' in window) ctx.requestIdleCallback(fn, { timeout: 2000 });
  else ctx.setTimeout(fn, 0);
}

/**
 * The article may arrive after load: watch the DOM for a while, debounced, and stop as soon
 * as it is found, the time is up, or the extension is reloaded.
 */
function watch(ctx: ContentScriptContext, detect: () => Promise<boolean>, onTimeout: () => void): void {
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      void detect().then((found) => found && stop());
    }, DEBOUNCE_MS);
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.setTimeout(() => {
    stop();
    onTimeout();
  }, WATCH_MS);
  ctx.onInvalidated(stop);
}

/**
 * Lets the page run its own work before our next step (one task each). `scheduler.yield`
 * where there is one; else a message to ourselves (timers are throttled in background tabs).
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A User Timing mark when Parallax has its result for the page ("parallax:matched", …), for
 * DevTools and the browser benchmark: the time from navigation to result.
 */
function markResult(kind: string): void {
  try {
    performance.mark(`parallax:${kind}`);
  } catch {
    // A page that replaced `performance` gets no mark.
  }
}

let reported = false;
/** At most one concise line per page. */
function report(err: unknown): void {
  if (reported) return;
  reported = true;
  console.debug('[Parallax]', err instanceof Error ? err.message : String(err));
}
