/**
 * Snapshot and send: the page's extraction, run away from its main thread. The page is read
 * into plain data in short slices and the background extracts that (Readability's one long
 * parse happens in the extension's own process, and the content script that runs on every
 * page does not carry it). `settled` is false when the page changed its DOM during every
 * copy: the result may miss part of it, and the page should be read again once it is calm.
 */
import {
  takeSnapshot,
  tooLargePage,
  unreadable,
  type PageExtraction,
  type PageSnapshot,
  type ProbeResult,
} from '@/lib/extract';
import { timeSlices } from '@/lib/slices';
import type { Messages } from '@/lib/protocol';
import type { Lifetime } from './context';

/** The page's main thread is held at most about this long by one slice of the snapshot. */
const SLICE_MS = 8;
/** How long the background may take to extract a page before it is asked once more. */
export const EXTRACT_TIMEOUT_MS = 20_000;
/** Copies taken while the page keeps changing its DOM, before one is used as it is. */
const COPY_ATTEMPTS = 2;

export type AskExtract = (payload: Messages['page/extract']['payload']) => Promise<PageExtraction | null>;

export interface ExtractAwayDeps {
  doc: Document;
  ctx: Pick<Lifetime, 'setTimeout'>;
  /** Sends 'page/extract' to the background. */
  ask: AskExtract;
  yieldToPage: () => Promise<void>;
  now?: () => number;
}

export type ExtractAway = (
  probe: ProbeResult,
  url: string,
) => Promise<{ extracted: PageExtraction; settled: boolean }>;

export function createExtractAway({
  doc,
  ctx,
  ask,
  yieldToPage,
  now = () => performance.now(),
}: ExtractAwayDeps): ExtractAway {
  return async (probe, url) => {
    // Pathological nesting, or more elements or text than extractPage reads: "too large".
    if (probe.signals.includes('too-deep'))
      return { extracted: tooLargePage(doc, url, probe), settled: true };
    let snapshot: PageSnapshot | null = null;
    for (let i = 0; i < COPY_ATTEMPTS && (!snapshot || snapshot.changedWhileCopied); i++) {
      snapshot = await takeSnapshot(doc, { pause: timeSlices(SLICE_MS, now, yieldToPage) });
      if (!snapshot) return { extracted: tooLargePage(doc, url, probe), settled: true };
    }
    const copy = snapshot!;
    const once = () =>
      Promise.race([
        ask({ url, snapshot: copy }).then(
          (reply) => reply ?? unreadable(url, 'extractor-failed'),
          () => null, // a worker stopped mid-request: asked once more
        ),
        new Promise<null>((resolve) => ctx.setTimeout(() => resolve(null), EXTRACT_TIMEOUT_MS)),
      ]);
    const extracted = (await once()) ?? (await once()) ?? unreadable(url, 'no-extractor');
    return { extracted, settled: !copy.changedWhileCopied };
  };
}

/**
 * Lets the page run its own work before our next step (one task each). `scheduler.yield`
 * where there is one; else a message to ourselves (timers are throttled in background tabs).
 */
export function yieldToPage(): Promise<void> {
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
