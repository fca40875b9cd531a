/** Promises over IndexedDB requests and transactions, mapping a full disk to a QuotaError. */
import { storageError } from './errors.ts';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Run `body` in one transaction and resolve with its result once the transaction has
 * committed. If `body` fails or a request fails, the transaction is aborted and nothing it
 * wrote is kept; the promise rejects with the root cause (the disk being full shows as a
 * QuotaError, not as the AbortError of the requests that were cut short).
 * `body` must only await IndexedDB requests of `tx`, or the transaction commits early.
 */
export function transaction<T>(
  db: IDBDatabase,
  stores: string | string[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => Promise<T>,
  onStart: (tx: IDBTransaction) => void = () => {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    let result: { value: T } | null = null;
    let failure: unknown = null;
    tx.oncomplete = () =>
      result ? resolve(result.value) : reject(new Error('the transaction ended before its work did'));
    tx.onabort = () => reject(storageError(tx.error ?? failure ?? new DOMException('aborted', 'AbortError')));
    onStart(tx);
    body(tx).then(
      (value) => {
        result = { value };
      },
      (error: unknown) => {
        failure = error;
        try {
          tx.abort();
        } catch {
          // Already aborting (a failed request aborts it) or finished: `onabort` reports.
        }
      },
    );
  });
}

/** A cursor walked to its end, `visit` called on each position. */
export function eachCursor<C extends IDBCursor>(
  req: IDBRequest<C | null>,
  visit: (cursor: C) => void,
): Promise<void> {
  return walkCursor(req, (cursor) => {
    visit(cursor);
    return true;
  });
}

/** A cursor walked while `visit` returns true (it may stop early, e.g. past a cut-off). */
export function walkCursor<C extends IDBCursor>(
  req: IDBRequest<C | null>,
  visit: (cursor: C) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve();
      try {
        if (visit(cursor)) cursor.continue();
        else resolve();
      } catch (error) {
        reject(error);
      }
    };
    req.onerror = () => reject(req.error);
  });
}
