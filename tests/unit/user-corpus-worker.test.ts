// Importing through a worker's messages: the page hears progress and gets the same report, the
// same errors, and a cancel that writes nothing, as when it imports itself.
import { MessageChannel } from 'node:worker_threads';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ImportError,
  importRemotely,
  openUserCorpus,
  QuotaError,
  serveImports,
  UnreadableFileError,
  WorkerUnavailableError,
  type ImportProgress,
  type ImportRequest,
  type Port,
} from '../../lib/user-corpus';
import { decodeError, encodeError } from '../../lib/user-corpus/import-wire';
import { article, ndjson } from './user-corpus-helpers';
import { portPair } from './port-pair';

const many = (n: number, prefix = 'n') => Array.from({ length: n }, (_, i) => article(`${prefix}${i}`));
const DB = 'parallax-test';
const open: { close(): void }[] = [];

afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** A page and a worker joined by a real MessageChannel (messages are structured clones). */
function channel(idb: IDBFactory): Port {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveImports(port2 as unknown as Port, (r) =>
    openUserCorpus(idb, r.database, { bundled: r.bundled, batchSize: 10 }),
  );
  return port1 as unknown as Port;
}

async function storedIds(idb: IDBFactory): Promise<string[]> {
  const corpus = await openUserCorpus(idb, DB);
  const ids = (await corpus.all()).map((a) => a.id);
  corpus.close();
  return ids;
}

const request = (source: Blob | string, fileName = 'mine.ndjson'): ImportRequest => ({
  source,
  fileName,
  database: DB,
  bundled: [{ id: 'seed-000', text: 'The bundled story.' }],
});

describe('importing in a worker', () => {
  it('imports the file, reporting progress and duplicates, and the page sees the articles stored', async () => {
    const idb = new IDBFactory();
    const progress: ImportProgress[] = [];
    const file = new Blob([ndjson([...many(25), article('seed-000'), article('n3')])]);
    const report = await importRemotely(channel(idb), request(file), { onProgress: (p) => progress.push(p) });
    expect(report.added).toBe(25);
    expect(report.duplicates.map((d) => [d.line, d.id, d.source])).toEqual([
      [26, 'seed-000', 'bundled'],
      [27, 'n3', 'import'],
    ]);
    expect(progress[0]).toEqual({ done: 0, total: 25 });
    expect(progress.at(-1)).toEqual({ done: 25, total: 25 });
    expect(await storedIds(idb)).toEqual(many(25).map((a) => a.id));
  });

  it('rejects a bad file with the same ImportError, every problem by line, and writes nothing', async () => {
    const idb = new IDBFactory();
    const text = `${JSON.stringify(article('a'))}\n{"id": "b", "title": "No text"}\nnot json\n`;
    const error: unknown = await importRemotely(channel(idb), request(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      { line: 2, message: 'missing field "text"' },
      { line: 3, message: "not valid JSON: Unexpected token 'o'" },
    ]);
    expect(await storedIds(idb)).toEqual([]);
  });

  it('cancels mid-import: the transaction is aborted, nothing written, and the corpus still works', async () => {
    const idb = new IDBFactory();
    const kept = await openUserCorpus(idb, DB);
    await kept.add(article('kept'));
    kept.close();
    const controller = new AbortController();
    const port = channel(idb);
    const importing = importRemotely(port, request(ndjson(many(60))), {
      signal: controller.signal,
      onProgress: (p) => p.done === 20 && controller.abort(),
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await storedIds(idb)).toEqual(['kept']);
    expect((await importRemotely(port, request(ndjson(many(3))))).added).toBe(3);
  });

  it('says when the file cannot be read', async () => {
    const [page, worker] = portPair();
    serveImports(worker, (r) => openUserCorpus(new IDBFactory(), r.database));
    const gone = {
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    } as unknown as Blob;
    await expect(importRemotely(page, request(gone))).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('rejects with WorkerUnavailableError when the worker fails before saying anything', async () => {
    const [page] = portPair();
    page.postMessage = () => setTimeout(() => page.dispatchEvent(new Event('error')), 0);
    await expect(importRemotely(page, request('{}'))).rejects.toBeInstanceOf(WorkerUnavailableError);
  });

  it('carries every error across as the class the import threw', () => {
    const across = (e: unknown) => decodeError(structuredClone(encodeError(e)));
    const invalid = across(new ImportError([{ line: 4, message: 'missing field "id"' }]));
    expect(invalid).toBeInstanceOf(ImportError);
    expect((invalid as ImportError).problems).toEqual([{ line: 4, message: 'missing field "id"' }]);
    expect(across(new QuotaError())).toBeInstanceOf(QuotaError);
    expect(across(new UnreadableFileError())).toBeInstanceOf(UnreadableFileError);
    expect(across(new DOMException('stop', 'AbortError'))).toMatchObject({ name: 'AbortError' });
    expect(decodeError(encodeError(new Error('why'), true))).toMatchObject({ name: 'AbortError' });
    expect(across(new TypeError('disk on fire'))).toMatchObject({
      name: 'TypeError',
      message: 'disk on fire',
    });
  });
});

describe('import limits in a worker', () => {
  it('refuses a file of more articles than one import takes, and writes nothing', async () => {
    const idb = new IDBFactory();
    const lines = Array.from({ length: 50_001 }, (_, i) => JSON.stringify(article(`m${i}`)));
    const error: unknown = await importRemotely(channel(idb), request(new Blob([lines.join('\n')]))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      {
        line: null,
        message:
          'the file holds more than 50,000 articles, the most your corpus can hold (split it into smaller files)',
      },
    ]);
    expect(await storedIds(idb)).toEqual([]);
  });
});
