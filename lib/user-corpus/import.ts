/**
 * Importing a corpus text into the store: validated first (any problem: nothing is written),
 * then, in ONE readwrite transaction, checked for duplicates against what is stored and
 * written in batches. A cancel or a failure aborts the transaction, so the corpus is left
 * exactly as it was; the promise rejects with the signal's reason, a QuotaError or the cause.
 */
import { abortReason, ImportError, QuotaError } from './errors.ts';
import { request, transaction } from './idb.ts';
import { roomProblem } from './limits.ts';
import type { KnownArticles } from './known.ts';
import { dedupe, type Duplicate } from './plan.ts';
import { readImportSteps } from './read.ts';
import { ARTICLES, fromRecord, toRecord, type UserArticle } from './schema.ts';
import { driveSteps } from './steps.ts';
import { loadKnown, nextSeq, writeInBatches, type ImportProgress } from './write.ts';

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Name of the imported file: ".ndjson" or ".jsonl" reads it as NDJSON whatever it holds. */
  fileName?: string;
  /**
   * Awaited between steps of reading the file (before the transaction starts), so that the
   * thread stays responsive and hears a cancel (`timeSlices` of steps.ts). Without it the
   * file is read in one go.
   */
  pause?: () => Promise<void>;
}

export interface ImportReport {
  added: number;
  /** Ids added, in file order. */
  ids: string[];
  duplicates: Duplicate[];
}

export interface ImportContext {
  /** Articles outside the store that count as present (the bundled corpus). */
  bundled: KnownArticles;
  addedAt: string;
  batchSize?: number;
  /** Most articles the corpus may hold after the import; IMPORT_LIMITS.articles by default. */
  maxArticles?: number;
}

export async function importInto(
  db: IDBDatabase,
  text: string,
  options: ImportOptions,
  context: ImportContext,
): Promise<{ report: ImportReport; articles: UserArticle[] }> {
  const { signal, onProgress, fileName, pause } = options;
  signal?.throwIfAborted();
  const parsed = await driveSteps(readImportSteps(text, fileName), { pause, signal });
  if (parsed.problems.length > 0) throw new ImportError(parsed.problems);
  let stopOnAbort = () => {};
  try {
    const { records, duplicates } = await transaction(
      db,
      ARTICLES,
      'readwrite',
      async (tx) => {
        const store = tx.objectStore(ARTICLES);
        const hashes = new Set(parsed.articles.flatMap((e) => (e.hash === undefined ? [] : [e.hash])));
        const { fresh, duplicates } = dedupe(
          parsed.articles,
          await loadKnown(store, context.bundled, hashes),
        );
        const full = roomProblem(await request(store.count()), fresh.length, context.maxArticles);
        if (full) throw new ImportError([full]);
        let seq = await nextSeq(store);
        const records = fresh.map((e) => toRecord(e.article, context.addedAt, seq++, e.hash));
        await writeInBatches(store, records, { signal, onProgress, batchSize: context.batchSize });
        return { records, duplicates };
      },
      (tx) => {
        stopOnAbort = () => {
          try {
            tx.abort();
          } catch {
            // Already committed: the import is complete and reported as such.
          }
        };
        signal?.addEventListener('abort', stopOnAbort, { once: true });
      },
    );
    const articles = records.map(fromRecord);
    return { report: { added: articles.length, ids: articles.map((a) => a.id), duplicates }, articles };
  } catch (error) {
    if (signal?.aborted && !(error instanceof QuotaError)) throw abortReason(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopOnAbort);
  }
}
