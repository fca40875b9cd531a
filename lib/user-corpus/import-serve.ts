/**
 * The worker's side of an import (see import-wire.ts): read the file, open the corpus and
 * import into it, telling the page how far it got. A cancel from the page aborts the import's
 * transaction, so nothing is written; an import that had already committed reports `done`.
 */
import {
  encodeError,
  type ImportRequest,
  type PageToWorker,
  type Port,
  type WorkerToPage,
} from './import-wire.ts';
import { timeSlices } from '../slices.ts';
import { readSourceText } from './source.ts';
import type { UserCorpus } from './store.ts';

/** How long the worker reads before it looks at its messages (a cancel) again. */
export const WORKER_SLICE_MS = 50;

async function readSource(source: Blob | string): Promise<string> {
  return typeof source === 'string' ? source : readSourceText(source);
}

/**
 * Answer the import requests that arrive on `port`; `open` opens the corpus a request names
 * (the worker shell passes its `indexedDB`).
 */
export function serveImports(port: Port, open: (request: ImportRequest) => Promise<UserCorpus>): void {
  let running: AbortController | null = null;
  const post = (message: WorkerToPage) => port.postMessage(message);

  async function run(request: ImportRequest): Promise<void> {
    const controller = new AbortController();
    const { signal } = controller;
    running = controller;
    post({ type: 'started' });
    let corpus: UserCorpus | null = null;
    try {
      const text = await readSource(request.source);
      signal.throwIfAborted();
      corpus = await open(request);
      const report = await corpus.importText(text, {
        signal,
        fileName: request.fileName,
        onProgress: (progress) => post({ type: 'progress', progress }),
        pause: timeSlices(WORKER_SLICE_MS),
      });
      post({ type: 'done', report });
    } catch (error) {
      post({ type: 'failed', error: encodeError(error, signal.aborted) });
    } finally {
      corpus?.close();
      running = null;
    }
  }

  port.addEventListener('message', (event) => {
    const message = (event as MessageEvent<PageToWorker>).data;
    if (message.type === 'cancel') running?.abort();
    // One import at a time: the page starts a worker for each import and waits for its end.
    else if (message.type === 'import' && running === null) void run(message.request);
  });
  port.start?.();
}
