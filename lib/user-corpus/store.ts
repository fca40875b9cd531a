/**
 * The reader's own corpus, stored in IndexedDB next to the read-only bundled corpus. Every
 * change is one transaction: it is written whole or not at all. Listeners hear of changes
 * once they are committed (to update the match index).
 */
import { sameArticle } from '../corpus/copies.ts';
import { corpusToNdjson, validateArticle } from '../corpus/validate.ts';
import type { CorpusArticle } from '../types.ts';
import { ImportError } from './errors.ts';
import { importInto, type ImportOptions, type ImportReport } from './import.ts';
import { request, transaction } from './idb.ts';
import { knownArticles, type DuplicateSource } from './known.ts';
import { openDatabase } from './open.ts';
import { copyOf, findDuplicate } from './plan.ts';
import {
  ARTICLES,
  BY_SEQ,
  BY_TEXT_HASH,
  fromRecord,
  toRecord,
  type StoredArticle,
  type UserArticle,
} from './schema.ts';
import { textHash } from '../corpus/text-key.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { nextSeq } from './write.ts';

export interface UserCorpusOptions {
  /** The bundled corpus: an id or text it holds is a duplicate, never stored. */
  bundled?: readonly (Pick<CorpusArticle, 'id' | 'text'> & Partial<Pick<CorpusArticle, 'outlet' | 'url'>>)[];
  /** Clock for `addedAt` (tests pass a fixed one). */
  now?: () => Date;
  /** Articles written per batch of an import, between progress reports. */
  batchSize?: number;
  /** Most articles the corpus holds (IMPORT_LIMITS.articles); smaller in tests. */
  maxArticles?: number;
  /**
   * IndexedDB's key ranges, to list the corpus in batches (the global `IDBKeyRange` by
   * default). Without one (Node without a global), `all()` reads everything in one request.
   */
  keyRange?: Pick<typeof IDBKeyRange, 'lowerBound'>;
}

/**
 * Records `all()` reads per request: each batch is deserialized in its own task, so listing
 * 10,000 articles never blocks a page for long.
 */
export const READ_BATCH = 500;

/** An article to add: id and text, and any other corpus field (absent ones are null). */
export type ArticleInput = Pick<CorpusArticle, 'id' | 'text'> & Partial<Omit<CorpusArticle, 'id' | 'text'>>;

export type AddResult =
  | { added: true; article: UserArticle }
  | { added: false; duplicate: 'id' | 'text'; of: string; source: DuplicateSource }
  /** The corpus already holds the most articles it can (`limit`): nothing was written. */
  | { added: false; full: true; limit: number };

/** A committed change: feed it to the match index (`index.add`, `index.remove`). */
export type CorpusChange = { type: 'added'; articles: UserArticle[] } | { type: 'removed'; ids: string[] };

export interface UserCorpus {
  /** All user articles, in the order they were added. */
  all(): Promise<UserArticle[]>;
  get(id: string): Promise<UserArticle | null>;
  /** Add one article (validated; marked `origin: 'user'`), unless it is a duplicate. */
  add(article: ArticleInput): Promise<AddResult>;
  /** True when there was such an article. */
  remove(id: string): Promise<boolean>;
  /** Remove every user article; the bundled corpus is untouched. Returns how many were removed. */
  clear(): Promise<number>;
  count(): Promise<number>;
  /** The user articles as NDJSON, readable by `importText` and `parallax corpus check`. */
  exportNdjson(): Promise<string>;
  /** Import a corpus text all or nothing; throws ImportError, QuotaError or the abort reason. */
  importText(text: string, options?: ImportOptions): Promise<ImportReport>;
  /** Hear of committed changes; returns the function that stops listening. */
  onChange(listener: (change: CorpusChange) => void): () => void;
  close(): void;
}

export async function openUserCorpus(
  idb: IDBFactory = indexedDB,
  name = 'parallax',
  options: UserCorpusOptions = {},
): Promise<UserCorpus> {
  const db = await openDatabase(idb, name);
  const bundled = knownArticles(
    (options.bundled ?? []).map((a) => ({
      id: a.id,
      text: a.text,
      outlet: a.outlet,
      url: a.url,
      origin: 'bundled',
    })),
  );
  const now = options.now ?? (() => new Date());
  const maxArticles = options.maxArticles ?? IMPORT_LIMITS.articles;
  const listeners = new Set<(change: CorpusChange) => void>();
  const emit = (change: CorpusChange) => listeners.forEach((listener) => listener(change));
  const read = <T>(body: (store: IDBObjectStore) => Promise<T>) =>
    transaction(db, ARTICLES, 'readonly', (tx) => body(tx.objectStore(ARTICLES)));
  const write = <T>(body: (store: IDBObjectStore) => Promise<T>) =>
    transaction(db, ARTICLES, 'readwrite', (tx) => body(tx.objectStore(ARTICLES)));

  const keyRange =
    options.keyRange ?? (globalThis as { IDBKeyRange?: Pick<typeof IDBKeyRange, 'lowerBound'> }).IDBKeyRange;

  const all = () =>
    read(async (store) => {
      const bySeq = store.index(BY_SEQ);
      if (!keyRange) return (await request(bySeq.getAll())).map((r: StoredArticle) => fromRecord(r));
      const out: UserArticle[] = [];
      for (let after: number | null = null; ;) {
        const query = after === null ? null : keyRange.lowerBound(after, true);
        const batch = (await request(bySeq.getAll(query, READ_BATCH))) as StoredArticle[];
        for (const record of batch) out.push(fromRecord(record));
        const last = batch.at(-1);
        if (batch.length < READ_BATCH || !last) return out;
        after = last.seq;
      }
    });

  async function add(input: ArticleInput): Promise<AddResult> {
    const checked = validateArticle(input, '');
    if (!checked.article) throw new ImportError(checked.problems.map((message) => ({ line: null, message })));
    const article: CorpusArticle = { ...checked.article, origin: 'user' };
    const hash = textHash(article.text);
    const bundledCopy = findDuplicate(article, bundled, hash);
    if (bundledCopy)
      return { added: false, duplicate: bundledCopy.reason, of: bundledCopy.of, source: 'bundled' };
    const result = await write(async (store): Promise<AddResult> => {
      if ((await request(store.getKey(article.id))) !== undefined)
        return { added: false, duplicate: 'id', of: article.id, source: 'user' };
      // The same text from another outlet or address is a copy (wire copy): kept, marked.
      const same = (await request(store.index(BY_TEXT_HASH).getAll(hash))) as StoredArticle[];
      const twice = same.find((s) => sameArticle(s, article));
      if (twice) return { added: false, duplicate: 'text', of: twice.id, source: 'user' };
      // The same limit as an import's: one more article than the corpus can hold is refused.
      if ((await request(store.count())) >= maxArticles)
        return { added: false, full: true, limit: maxArticles };
      const original = copyOf(bundled, hash) ?? same.find((s) => !s.identicalTo)?.id ?? same[0]?.id;
      const kept = original === undefined ? article : { ...article, identicalTo: original };
      const record = toRecord(kept, now().toISOString(), await nextSeq(store), hash);
      await request(store.add(record));
      return { added: true, article: fromRecord(record) };
    });
    if (result.added) emit({ type: 'added', articles: [result.article] });
    return result;
  }

  async function importText(text: string, opts: ImportOptions = {}): Promise<ImportReport> {
    const context = {
      bundled,
      addedAt: now().toISOString(),
      batchSize: options.batchSize,
      maxArticles: options.maxArticles,
    };
    const { report, articles } = await importInto(db, text, opts, context);
    if (articles.length > 0) emit({ type: 'added', articles });
    return report;
  }

  return {
    all,
    get: (id) =>
      read(async (store) => {
        const record = (await request(store.get(id))) as StoredArticle | undefined;
        return record ? fromRecord(record) : null;
      }),
    add,
    async remove(id) {
      const removed = await write(async (store) => {
        if ((await request(store.getKey(id))) === undefined) return false;
        await request(store.delete(id));
        return true;
      });
      if (removed) emit({ type: 'removed', ids: [id] });
      return removed;
    },
    async clear() {
      const ids = await write(async (store) => {
        const keys = (await request(store.getAllKeys())).map(String);
        await request(store.clear());
        return keys;
      });
      if (ids.length > 0) emit({ type: 'removed', ids });
      return ids.length;
    },
    count: () => read((store) => request(store.count())),
    async exportNdjson() {
      return corpusToNdjson((await all()).map(({ addedAt: _addedAt, ...article }) => article));
    },
    importText,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => db.close(),
  };
}
