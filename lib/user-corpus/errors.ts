/**
 * Errors of the reader's corpus. Each says what happened and what became of the corpus, so a
 * UI can show `message` as is. A cancelled import rejects with the signal's reason (an
 * `AbortError` DOMException unless the caller gave another).
 */
import { formatProblem, type CorpusProblem } from '../corpus/validate.ts';

/** The file (or article) is not valid: nothing was written. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: readonly CorpusProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const shown = problems.slice(0, 5).map((p) => `\n  ${formatProblem(p)}`);
    const more = problems.length > 5 ? `\n  … and ${problems.length - 5} more` : '';
    super(`${count}, nothing was imported:${shown.join('')}${more}`);
  }
}

/** The browser refused to store more: nothing of this operation was written, nothing lost. */
export class QuotaError extends Error {
  override name = 'QuotaError';
  constructor(options?: { cause?: unknown }) {
    super(
      'Not enough storage space for your corpus: nothing of this change was saved, and the articles already stored are unchanged.',
      options,
    );
  }
}

/** True for the storage-full error of IndexedDB, as browsers name it. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** The error a storage failure surfaces as: a QuotaError when the disk is full. */
export function storageError(error: unknown): unknown {
  return isQuotaExceeded(error) ? new QuotaError({ cause: error }) : error;
}

/** What a cancelled operation rejects with. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The import was cancelled.', 'AbortError');
}

/** The chosen file could not be read (moved, deleted, or not readable): nothing was written. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
  constructor(options?: { cause?: unknown }) {
    super('the file could not be read', options);
  }
}
