/** Opening (and when needed upgrading) the reader's corpus database. */
import { storageError } from './errors.ts';
import { DB_VERSION, migrate } from './schema.ts';

/** The database was written by a newer Parallax than this one (after a downgrade). */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
  constructor(options?: { cause?: unknown }) {
    super('Your corpus was saved by a newer version of Parallax; update the extension to open it.', options);
  }
}

/**
 * Open `name`, upgrading it to `version` with `runMigrations` (the reader's corpus migrations by
 * default; the live store passes its own).
 */
export function openDatabase(
  idb: IDBFactory,
  name: string,
  version = DB_VERSION,
  runMigrations: typeof migrate = migrate,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let upgradeFailure: unknown = null;
    let upgrade: IDBTransaction | null = null;
    const req = idb.open(name, version);
    req.onupgradeneeded = (event) => {
      const tx = req.transaction;
      if (!tx) return;
      upgrade = tx;
      runMigrations(req.result, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
        upgradeFailure = error;
        try {
          tx.abort();
        } catch {
          // The upgrade transaction already ended: `onerror` reports.
        }
      });
    };
    req.onsuccess = () => {
      const db = req.result;
      // Let a newer version (an extension update in another context) upgrade the schema.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => {
      const error = upgradeFailure ?? upgrade?.error ?? req.error;
      reject(
        req.error?.name === 'VersionError' ? new NewerSchemaError({ cause: error }) : storageError(error),
      );
    };
  });
}
