/**
 * The messages between a page and the worker that imports a file for it: import-remote.ts is
 * the page's side, import-serve.ts the worker's. Payloads are plain structured-cloneable
 * data; an error crosses as a `WireError` and becomes the same error class on the page
 * (a structured clone would keep neither the class nor an ImportError's problems).
 *
 *   page -> worker   import (the file and where to store it), cancel
 *   worker -> page   started, progress (after each batch written), done | failed
 */
import type { CorpusProblem } from '../corpus/validate.ts';
import type { CorpusArticle } from '../types.ts';
import { ImportError, QuotaError, UnreadableFileError } from './errors.ts';
import type { ImportReport } from './import.ts';
import type { ImportProgress } from './write.ts';

export interface ImportRequest {
  /** The chosen file (the worker reads it) or its text. */
  source: Blob | string;
  /** Its name: ".ndjson" or ".jsonl" reads it as NDJSON whatever it holds. */
  fileName?: string;
  /** The IndexedDB database of the reader's corpus. */
  database: string;
  /** The bundled corpus: an id or text it holds is a duplicate, never stored. */
  bundled: Pick<CorpusArticle, 'id' | 'text'>[];
}

export type PageToWorker = { type: 'import'; request: ImportRequest } | { type: 'cancel' };

export type WorkerToPage =
  | { type: 'started' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; error: WireError };

export type WireError =
  | { kind: 'invalid'; problems: CorpusProblem[] }
  | { kind: 'quota' }
  | { kind: 'aborted'; message: string }
  | { kind: 'unreadable' }
  | { kind: 'other'; name: string; message: string };

/**
 * What both sides talk through: a Worker on the page, the worker's global scope inside it, or
 * a MessagePort (tests and the Node bench). `start` is a MessagePort's.
 */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  removeEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  start?(): void;
}

const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/** `error` as data; `aborted` is true when the import was cancelled (it failed because of that). */
export function encodeError(error: unknown, aborted = false): WireError {
  if (error instanceof ImportError) return { kind: 'invalid', problems: [...error.problems] };
  if (error instanceof QuotaError) return { kind: 'quota' };
  if (error instanceof UnreadableFileError) return { kind: 'unreadable' };
  const message = error instanceof Error ? error.message : String(error);
  if (aborted || isAbort(error)) return { kind: 'aborted', message };
  return { kind: 'other', name: error instanceof Error ? error.name : 'Error', message };
}

/** The error the page sees: the class the worker's import threw. */
export function decodeError(wire: WireError): Error {
  switch (wire.kind) {
    case 'invalid':
      return new ImportError(wire.problems);
    case 'quota':
      return new QuotaError();
    case 'unreadable':
      return new UnreadableFileError();
    case 'aborted':
      return new DOMException(wire.message, 'AbortError');
    case 'other': {
      const error = new Error(wire.message);
      error.name = wire.name;
      return error;
    }
  }
}
