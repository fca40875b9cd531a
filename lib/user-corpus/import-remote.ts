/**
 * The page's side of an import run by a worker (see import-wire.ts): the same promise as
 * `UserCorpus.importText`, resolving with the report or rejecting with the same errors
 * (ImportError, QuotaError, UnreadableFileError, an AbortError once cancelled), while the page's
 * thread only sends the file and hears progress.
 */
import type { ImportReport } from './import.ts';
import { decodeError, type ImportRequest, type Port, type WorkerToPage } from './import-wire.ts';
import type { ImportProgress } from './write.ts';

/** The worker failed before it said anything (it did not load): the import never started. */
export class WorkerUnavailableError extends Error {
  override name = 'WorkerUnavailableError';
  constructor(detail: string) {
    super(`the import worker could not start: ${detail}`);
  }
}

export interface RemoteImportOptions {
  /** Aborting asks the worker to cancel; the promise rejects once it has (nothing written). */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

function errorDetail(event: Event): string {
  const message = (event as ErrorEvent).message;
  return typeof message === 'string' && message !== '' ? message : 'no detail';
}

/** Import `request` through the worker at `port`. */
export function importRemotely(
  port: Port,
  request: ImportRequest,
  { signal, onProgress }: RemoteImportOptions = {},
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    let heard = false;
    const cancel = () => port.postMessage({ type: 'cancel' });
    const settle = (end: () => void) => {
      port.removeEventListener('message', onMessage);
      port.removeEventListener('error', onError);
      signal?.removeEventListener('abort', cancel);
      end();
    };
    function onMessage(event: Event) {
      heard = true;
      const message = (event as MessageEvent<WorkerToPage>).data;
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.report));
      else if (message.type === 'failed') settle(() => reject(decodeError(message.error)));
    }
    function onError(event: Event) {
      event.preventDefault();
      const detail = errorDetail(event);
      settle(() =>
        reject(heard ? new Error(`the import worker failed: ${detail}`) : new WorkerUnavailableError(detail)),
      );
    }
    port.addEventListener('message', onMessage);
    port.addEventListener('error', onError);
    port.start?.();
    port.postMessage({ type: 'import', request });
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
  });
}
