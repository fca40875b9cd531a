/**
 * The content script: wiring only. Detection (detector.ts) runs when the page is idle, after
 * a history navigation and while the DOM settles (watch.ts), paced by a token bucket so a page
 * that navigates or rewrites itself without end gets a bounded number of detections; the
 * highlights and our frames (highlights.ts, frames.ts) show a matched article's marks.
 * Nothing here is visible to the page's scripts but the highlights themselves
 * (docs/ARCHITECTURE.md, threats).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isSkippablePage } from '@/lib/extract';
import { createPacer } from '@/lib/pacer';
import { listen, send } from '@/utils/messaging';
import type { Lifetime } from './context';
import { createDetector } from './detector';
import { createExtractAway, yieldToPage } from './extract-away';
import { declaredFeeds } from './feeds';
import { createInpageUi } from './frames';
import { randomNames } from './highlight-styles';
import { createHighlighter } from './highlights';
import { createDomWatch, SETTLE_MS, watchLocation } from './watch';

/** Detections per page: a burst of 5, then one per 3 s (a reader's clicks never wait). */
export const DETECTION_RATE = { burst: 5, refillMs: 3_000 };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (isSkippablePage(document, location.href)) return;
    start(ctx);
  },
});

function start(ctx: Lifetime): void {
  const ui = createInpageUi(document, window, (text) => send('page/show-card', { text }));
  const highlights = createHighlighter({ ctx, doc: document, win: window, ui, names: randomNames() });
  const detector = createDetector({
    doc: document,
    url: () => location.href,
    ctx,
    send: {
      article: (p) => {
        // A detected article's declared feeds, for the popup's "Follow" (never fetched for it).
        const { feeds, siteName } = declaredFeeds(document);
        if (feeds.length > 0) send('page/feeds', { feeds, siteName }).catch(() => undefined);
        return send('page/article', p);
      },
      notArticle: (p) => send('page/not-article', p),
      marks: () => send('page/get-marks', {}),
    },
    extractAway: createExtractAway({
      doc: document,
      ctx,
      ask: (p) => send('page/extract', p),
      yieldToPage,
    }),
    highlights,
    yieldToPage,
    onResult: markResult,
  });

  const watch = createDomWatch(
    ctx,
    document,
    () => pacer.request(SETTLE_MS),
    () => detector.gaveUp() && pacer.request(),
  );
  const pacer = createPacer({
    rate: DETECTION_RATE,
    now: () => performance.now(),
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: (id) => clearTimeout(id as number),
    run: () =>
      detector.detect().then(
        (done) => done && watch.stop(),
        (err: unknown) => report(err),
      ),
  });
  ctx.onInvalidated(() => pacer.cancel());

  listen({
    'bg/locate': ({ text }) => ({ found: highlights.locate(text, detector.roots()) }),
    'bg/refresh': () => {
      detector.asked();
      pacer.request();
    },
    'frame/focus': ({ text }) => highlights.focus(text, detector.roots()),
    'frame/resize': ({ width, height }) => ui.resizePanel(width, height),
    'frame/turn-off': async () => {
      await send('page/set-site-highlights', { on: false });
    },
  });

  const pageStart = () => {
    watch.start();
    pacer.request();
  };
  idle(ctx, pageStart);
  // Single-page sites: a history navigation is a new page.
  watchLocation(ctx, () => {
    detector.navigated();
    pageStart();
  });
}

/** Runs `fn` when the page is idle, never blocking it. */
function idle(ctx: Lifetime, fn: () => void): void {
  if ('requestIdleCallback' in window) ctx.requestIdleCallback(fn, { timeout: 2000 });
  else ctx.setTimeout(fn, 0);
}

/**
 * Test builds only (`PARALLAX_TEST_BUILD=1`, for the browser benchmark): a User Timing mark
 * when Parallax has its result for the page ("parallax:matched", …). The page's scripts can
 * read the performance timeline, so a build for readers has none.
 */
function markResult(kind: string): void {
  if (!__PARALLAX_TEST_BUILD__) return;
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
