/**
 * Running an import for the options page: in a worker when one starts (the page's thread only
 * sends the file and hears progress), else on the page in slices of a few milliseconds, each
 * its own task, so the page and an open popup still respond. Either way the same lib code
 * imports all or nothing and fails with the same errors.
 */
import {
  importRemotely,
  readSourceText,
  timeSlices,
  WorkerUnavailableError,
  type ImportProgress,
  type ImportReport,
  type UserCorpus,
} from '@/lib/user-corpus';
import type { CorpusArticle } from '@/lib/types';
import ImportWorker from './import-worker?worker';

/** Work done on the page between two yields when there is no worker. */
export const PAGE_SLICE_MS = 8;

export interface RunImport {
  /** The corpus as the page opened it (used when no worker starts). */
  corpus: UserCorpus;
  database: string;
  bundled: readonly Pick<CorpusArticle, 'id' | 'text'>[];
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new ImportWorker({ name: 'parallax-import' });
  } catch (err) {
    console.debug('[Parallax] no import worker:', err);
    return null;
  }
}

export async function runImport(file: File, run: RunImport): Promise<ImportReport> {
  const { signal, onProgress } = run;
  const worker = startWorker();
  if (worker) {
    try {
      const bundled = run.bundled.map(({ id, text }) => ({ id, text }));
      const request = { source: file, fileName: file.name, database: run.database, bundled };
      return await importRemotely(worker, request, { signal, onProgress });
    } catch (err) {
      if (!(err instanceof WorkerUnavailableError)) throw err;
      console.debug('[Parallax] importing on the page:', err.message);
    } finally {
      worker.terminate();
    }
  }
  const text = await readSourceText(file);
  return run.corpus.importText(text, {
    signal,
    onProgress,
    fileName: file.name,
    pause: timeSlices(PAGE_SLICE_MS),
  });
}
