/**
 * The reader's request log: the feed client reports each request as it ends (`onRequest`, a
 * plain callback), and the records are written to the live store in batches (`flush`, which the
 * refresher calls after each feed and at the end), so that a refresh of 2,500 pages is not
 * 2,500 transactions. The store keeps the last 500.
 */
import type { RequestRecord } from '../feeds/types.ts';
import type { LiveStore } from './store.ts';

export interface RequestLog {
  /** Give this to the feed client (`FeedClientOptions.onRequest`). */
  onRequest(record: RequestRecord): void;
  /** Write what is waiting; a failed write is dropped (the log is a record, never a blocker). */
  flush(): Promise<void>;
}

/** Records waiting past this many are written without waiting for `flush`. */
const BATCH = 100;

export function createRequestLog(store: Pick<LiveStore, 'logRequests'>): RequestLog {
  let waiting: RequestRecord[] = [];
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    const batch = waiting;
    waiting = [];
    if (batch.length > 0) {
      writing = writing.then(() => store.logRequests(batch)).catch(() => undefined);
    }
    return writing;
  }

  return {
    onRequest(record) {
      waiting.push(record);
      if (waiting.length >= BATCH) void flush();
    },
    flush,
  };
}
