// An extension update must never lose the reader's corpus: a v1 database upgrades in place.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NewerSchemaError, openUserCorpus } from '../../lib/user-corpus';
import { article, FIXED_NOW } from './user-corpus-helpers';

/** A database as version 1 of Parallax wrote it: articles keyed by id, nothing else. */
function writeV1(idb: IDBFactory, name: string, articles: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('articles', { keyPath: 'id' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('articles', 'readwrite');
      for (const a of articles) tx.objectStore('articles').put(a);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const v1Article = (id: string) => ({
  ...article(id),
  titleDerived: false,
  outlet: 'The Gazette',
  date: '2024-11-02',
  byline: null,
  url: null,
  lang: 'en',
  origin: 'user',
});

describe('user corpus: schema migrations', () => {
  it('upgrades v1 data to v2: every article kept, duplicate texts found through the new index', async () => {
    const idb = new IDBFactory();
    await writeV1(idb, 'parallax', [v1Article('b'), v1Article('a')]);

    const corpus = await openUserCorpus(idb, 'parallax', { now: FIXED_NOW });
    expect(await corpus.count()).toBe(2);
    expect(await corpus.get('a')).toEqual({ ...v1Article('a'), addedAt: null });
    // The v2 text-hash index covers migrated articles.
    // (The same outlet at the same address: another outlet's copy would be kept, as wire copy.)
    expect(
      await corpus.add({ ...article('c'), outlet: 'The Gazette', text: v1Article('b').text }),
    ).toMatchObject({
      duplicate: 'text',
      of: 'b',
    });
    // New articles come after the migrated ones.
    await corpus.add(article('d'));
    expect((await corpus.all()).map((a) => a.id)).toEqual(['a', 'b', 'd']);
    corpus.close();

    // The upgraded database is a plain v2 one: reopening runs no migration again.
    const again = await openUserCorpus(idb, 'parallax');
    expect(await again.count()).toBe(3);
    again.close();
  });

  it('refuses, with a clear error, a database written by a newer version', async () => {
    const idb = new IDBFactory();
    await new Promise<void>((resolve) => {
      const open = idb.open('parallax', 99);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    await expect(openUserCorpus(idb, 'parallax')).rejects.toBeInstanceOf(NewerSchemaError);
  });
});
