/**
 * Where an import of a file stands, and what a failed one becomes for the reader. Pure: the
 * options page drives the store and keeps one of these; the view only renders it.
 */
import type { CorpusProblem } from '@/lib/corpus/validate';
import { ImportError, QuotaError, UnreadableFileError, type Duplicate } from '@/lib/user-corpus';
import { strings } from '../strings';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'writing'; fileName: string; done: number; total: number }
  | { kind: 'done'; added: number; duplicates: Duplicate[] }
  | { kind: 'invalid'; problems: readonly CorpusProblem[] }
  | { kind: 'cancelled' }
  | { kind: 'quota' }
  | { kind: 'failed'; detail: string };

export const IDLE: ImportState = { kind: 'idle' };

export function isBusy(state: ImportState): boolean {
  return state.kind === 'reading' || state.kind === 'writing';
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The state an import ends in when it throws `error` (the corpus is unchanged in every case). */
export function importFailure(error: unknown, cancelled = false): ImportState {
  if (error instanceof ImportError) return { kind: 'invalid', problems: error.problems };
  if (error instanceof QuotaError) return { kind: 'quota' };
  if (error instanceof UnreadableFileError)
    return { kind: 'failed', detail: strings.options.importing.unreadable };
  if (cancelled || isAbort(error)) return { kind: 'cancelled' };
  return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
}
