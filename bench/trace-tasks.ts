/**
 * The tasks of a page's renderer main thread, from a DevTools trace: each task's wall time and
 * its thread (CPU) time. On a machine shared with other work a task's wall time grows with its
 * wait for a CPU; its thread time is the work itself, so targets use that.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface MainThreadTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

/** Start tracing `page`'s process; `stop()` returns the tasks of its main thread meanwhile. */
export async function traceMainThread(
  context: BrowserContext,
  page: Page,
): Promise<{ stop(): Promise<MainThreadTask[]> }> {
  const trace = await traceMainThreads(context, [page]);
  return { stop: async () => (await trace.stop())[0]! };
}

/**
 * Start tracing (the browser runs one trace at a time); `stop()` returns the tasks of each
 * page's main thread meanwhile, in the order of `pages`. Only pages whose renderer the trace
 * names (the traced page's, and pages sharing its process) can be found.
 */
export async function traceMainThreads(
  context: BrowserContext,
  pages: readonly Page[],
): Promise<{ stop(): Promise<MainThreadTask[][]> }> {
  const cdp = await context.newCDPSession(pages[0]!);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      const frames = events.flatMap((e) =>
        e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : [],
      );
      return pages.map((page) => {
        const url = page.url();
        const pid = frames.find((f) => f.url === url)?.processId;
        const main = events.find((e) => e.ph === 'M' && e.pid === pid && e.args?.name === 'CrRendererMain');
        if (pid === undefined || !main) throw new Error(`no renderer main thread for ${url} in the trace`);
        return events
          .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === main.tid)
          .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }));
      });
    },
  };
}
