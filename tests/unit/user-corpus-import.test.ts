// Importing a corpus file into the reader's corpus: all or nothing, cancellable, never losing data.
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportError, QuotaError, type ImportProgress } from '../../lib/user-corpus';
import { article, freshCorpus, ndjson } from './user-corpus-helpers';

const many = (n: number, prefix = 'n') => Array.from({ length: n }, (_, i) => article(`${prefix}${i}`));
const ids = async (corpus: { all(): Promise<{ id: string }[]> }) => (await corpus.all()).map((a) => a.id);

afterEach(() => vi.restoreAllMocks());

describe('user corpus: import', () => {
  it('imports NDJSON or a JSON array and reports duplicates by line, stored once', async () => {
    const { corpus } = await freshCorpus({ bundled: [{ id: 'seed-000', text: 'Bundled text.' }] });
    await corpus.add(article('old'));
    const text = ndjson([
      article('a'),
      article('old'), // same id as a stored article
      { ...article('b'), text: article('a').text }, // same text as line 1
      article('seed-000'), // a bundled id
      { id: 'c', text: 'BUNDLED   text.' }, // a bundled text
      article('d'),
    ]);
    const report = await corpus.importText(text);
    expect(report.added).toBe(2);
    expect(report.ids).toEqual(['a', 'd']);
    expect(report.duplicates).toEqual([
      { line: 2, id: 'old', reason: 'id', of: 'old', source: 'user' },
      { line: 3, id: 'b', reason: 'text', of: 'a', source: 'import' },
      { line: 4, id: 'seed-000', reason: 'id', of: 'seed-000', source: 'bundled' },
      { line: 5, id: 'c', reason: 'text', of: 'seed-000', source: 'bundled' },
    ]);
    expect(await ids(corpus)).toEqual(['old', 'a', 'd']);
    expect((await corpus.get('a'))?.origin).toBe('user');

    const array = await corpus.importText(JSON.stringify([article('e'), article('a')], null, 2));
    expect(array).toMatchObject({ added: 1, duplicates: [{ line: 7, id: 'a', reason: 'id' }] });
  });

  it('imports nothing from a file with a problem, and names every problem with its line', async () => {
    const { corpus } = await freshCorpus();
    await corpus.add(article('kept'));
    const text = [JSON.stringify(article('a')), '{"id":"b","title":"No text"}', 'not json', ''].join('\n');
    const error: unknown = await corpus.importText(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      { line: 2, message: 'missing field "text"' },
      { line: 3, message: "not valid JSON: Unexpected token 'o'" },
    ]);
    expect((error as ImportError).message).toMatch(
      /^2 problems, nothing was imported:\n {2}line 2: missing field/,
    );
    expect(await ids(corpus)).toEqual(['kept']);
  });

  it('reports progress in batches and can be cancelled mid-import, leaving the corpus untouched', async () => {
    const { corpus } = await freshCorpus({ batchSize: 10 });
    await corpus.add(article('kept'));
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const importing = corpus.importText(ndjson(many(35)), {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.done === 20) controller.abort();
      },
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([
      { done: 0, total: 35 },
      { done: 10, total: 35 },
      { done: 20, total: 35 },
    ]);
    expect(await ids(corpus)).toEqual(['kept']);
    // The corpus is usable afterwards and the same file imports in full.
    const done: ImportProgress[] = [];
    expect((await corpus.importText(ndjson(many(35)), { onProgress: (p) => done.push(p) })).added).toBe(35);
    expect(done.at(-1)).toEqual({ done: 35, total: 35 });
  });

  it('rejects at once with the abort reason when cancelled before it starts', async () => {
    const { corpus } = await freshCorpus();
    const signal = AbortSignal.abort();
    await expect(corpus.importText(ndjson(many(3)), { signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await corpus.count()).toBe(0);
  });

  it('surfaces a full disk as a QuotaError and loses nothing already stored (error thrown by put)', async () => {
    const { corpus } = await freshCorpus({ batchSize: 5 });
    await corpus.importText(ndjson(many(3, 'old')));
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 12) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args as [unknown]);
    });
    const error: unknown = await corpus.importText(ndjson(many(20))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaError);
    expect((error as QuotaError).message).toMatch(/Not enough storage space.*already stored are unchanged/);
    vi.restoreAllMocks();
    expect(await ids(corpus)).toEqual(['old0', 'old1', 'old2']);
  });

  it('surfaces a full disk as a QuotaError when the write request fails (as browsers report it)', async () => {
    const { corpus } = await freshCorpus({ batchSize: 5 });
    await corpus.add(article('kept'));
    const add = IDBObjectStore.prototype.add;
    let failAt = 8;
    let calls = 0;
    type Internal = { _execRequestAsync(r: { operation: () => never; source: unknown }): IDBRequest };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls !== failAt) return add.apply(this, args as [unknown]);
      // fake-indexeddb's own request path: the request fails later, with the browser's error.
      return (this.transaction as unknown as Internal)._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    });
    await expect(corpus.importText(ndjson(many(20)))).rejects.toBeInstanceOf(QuotaError);
    failAt = calls + 1;
    await expect(corpus.add(article('x'))).rejects.toBeInstanceOf(QuotaError);
    vi.restoreAllMocks();
    expect(await ids(corpus)).toEqual(['kept']);
  });

  it('exports NDJSON that imports back into an empty corpus unchanged', async () => {
    const { corpus } = await freshCorpus();
    await corpus.add({
      ...article('a'),
      outlet: 'The Gazette',
      date: '2025-04-08',
      url: 'https://example.org/a',
    });
    await corpus.importText(
      ndjson([article('b', { lang: 'pt-BR' }), { id: 'c', text: 'Text without a title.' }]),
    );
    const exported = await corpus.exportNdjson();
    expect(exported.trim().split('\n')).toHaveLength(3);

    const { corpus: other } = await freshCorpus();
    expect(await other.importText(exported)).toMatchObject({ added: 3, duplicates: [] });
    expect(await other.all()).toEqual(await corpus.all());
    expect(await other.exportNdjson()).toBe(exported);
  });
});

describe('user corpus: the limit of its size', () => {
  it('refuses an import that would take the corpus past its limit, and writes nothing of it', async () => {
    const { corpus } = await freshCorpus({ maxArticles: 5 });
    await corpus.importText(ndjson(many(3, 'old')));
    const error: unknown = await corpus.importText(ndjson(many(3))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      {
        line: null,
        message:
          'your corpus holds 3 articles and this file would add 3, more than the 5 it can hold (remove some first, or import fewer)',
      },
    ]);
    expect(await ids(corpus)).toEqual(['old0', 'old1', 'old2']);
    // Duplicates take no room: up to the limit exactly is fine.
    expect((await corpus.importText(ndjson([...many(2), article('old0')]))).added).toBe(2);
    expect(await corpus.count()).toBe(5);
  });
});
