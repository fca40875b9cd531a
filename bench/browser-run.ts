/**
 * One page load in one browser context: long tasks (observed from before any page script),
 * the Parallax result mark and the page's responsiveness while it loads and settles.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Installed before any page script: every long task's start and duration. */
/** Every page: the longest delay of a 10 ms timer since `__parallaxLag.reset()`. */
export const LAG_PROBE = `(() => {
  const probe = { max: 0, reset() { probe.max = 0; } };
  Object.defineProperty(window, '__parallaxLag', { value: probe });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    probe.max = Math.max(probe.max, now - last - 10);
    last = now;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
})();`;

type Probed = Window & { __parallaxLag: { max: number; reset(): void } };

/** The longest delay of a timer on `page` since the last `resetLag` (LAG_PROBE installed). */
export const lagOf = (page: Page) => page.evaluate(() => (window as unknown as Probed).__parallaxLag.max);

export const resetLag = (page: Page) =>
  page.evaluate(() => (window as unknown as Probed).__parallaxLag.reset());

export const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__parallaxBenchLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface LoadResult {
  /** Long tasks [start, duration] in ms since navigation start. */
  longTasks: [number, number][];
  domContentLoaded: number;
  load: number;
  /** The parallax mark's kind and time since navigation start (null: none in time). */
  mark: { kind: string; at: number } | null;
  /**
   * Longest round trip of a tiny script after the load event, until the result (and the page
   * idle): how responsive the page stays while Parallax works. Loading itself is not counted.
   */
  maxRoundTripMs: number;
  /** Parallax's own console reports (its one line per page when something failed). */
  errors: string[];
  /** Uncaught errors of the page's own scripts (saved pages miss their external scripts). */
  pageErrors: number;
}

interface Probe {
  mark: { kind: string; at: number } | null;
  idle: boolean;
  dcl: number;
  load: number;
}

/** Polls the page: Parallax's mark, and whether the page has loaded and gone idle once. */
function probe(): Probe {
  const w = window as unknown as { __benchIdle?: boolean; __benchIdleAsked?: boolean };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const loaded = document.readyState === 'complete';
  if (loaded && !w.__benchIdleAsked) {
    w.__benchIdleAsked = true;
    requestIdleCallback(() => (w.__benchIdle = true), { timeout: 2000 });
  }
  const m = performance.getEntriesByType('mark').find((e) => e.name.startsWith('parallax:'));
  return {
    mark: m ? { kind: m.name.slice('parallax:'.length), at: m.startTime } : null,
    idle: w.__benchIdle === true,
    dcl: nav?.domContentLoadedEventEnd ?? 0,
    load: nav?.loadEventEnd ?? 0,
  };
}

/**
 * Loads `url` in a new page of `context` and waits until the Parallax mark appears (when
 * `expectMark`) or the page has loaded and gone idle, at most `timeoutMs`.
 */
export async function loadPage(
  context: BrowserContext,
  url: string,
  expectMark: boolean,
  timeoutMs = 10_000,
): Promise<LoadResult> {
  const page: Page = await context.newPage();
  const errors: string[] = [];
  let pageErrors = 0;
  page.on('pageerror', () => pageErrors++);
  page.on('console', (m) => {
    if (m.text().startsWith('[Parallax]')) errors.push(m.text());
  });
  const end = Date.now() + timeoutMs;
  let maxRoundTripMs = 0;
  let last: Probe = { mark: null, idle: false, dcl: 0, load: 0 };
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    while (Date.now() < end) {
      const t0 = performance.now();
      const loaded = last.load > 0;
      last = await Promise.race([
        page.evaluate(probe).catch(() => last), // the document may not exist yet
        new Promise<Probe>((ok) => setTimeout(() => ok(last), Math.max(1, end - Date.now()))),
      ]);
      if (loaded) maxRoundTripMs = Math.max(maxRoundTripMs, performance.now() - t0);
      const done = expectMark ? last.mark !== null && last.idle : last.idle;
      if (done) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const longTasks = await page
      .evaluate(
        () =>
          (window as unknown as { __parallaxBenchLongTasks?: [number, number][] }).__parallaxBenchLongTasks ??
          [],
      )
      .catch(() => []);
    return {
      longTasks,
      domContentLoaded: last.dcl,
      load: last.load,
      mark: last.mark,
      maxRoundTripMs,
      errors,
      pageErrors,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
