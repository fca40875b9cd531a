// The background's engine with live coverage: articles fetched from followed outlets are
// matched with the page being read, join and leave the index in place after a refresh (no
// rebuild), and the index cache is kept under the key a restarted worker computes from the stores.
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createEngine } from '@/entrypoints/background/engine';
import { indexFingerprint, openLiveStore, type LiveArticle } from '@/lib/live';
import type { SerializedIndex } from '@/lib/match';
import type { CorpusArticle, CorpusFile } from '@/lib/types';
import { corpusFingerprint, openIndexCache } from '@/lib/user-corpus';
import { FERRY_A, FERRY_B, FERRY_OTHER, asQuery } from './match-fixtures';

const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
const bundledIndex = JSON.parse(readFileSync('assets/corpus-index.json', 'utf8')) as SerializedIndex;

async function setup(extra: Partial<Parameters<typeof createEngine>[0]> = {}) {
  const idb = new IDBFactory();
  const store = await openLiveStore(idb);
  let reads = 0;
  const engine = createEngine({
    idb,
    bundled: corpus.articles,
    bundledIndex,
    sensitivity: async () => 'balanced',
    live: () => {
      reads++;
      return store.listArticles();
    },
    ...extra,
  });
  return { idb, store, engine, reads: () => reads };
}

async function stored(
  store: Awaited<ReturnType<typeof setup>>['store'],
  a: CorpusArticle,
): Promise<LiveArticle> {
  const put = await store.putArticle({
    origin: 'live',
    title: a.title,
    text: a.text,
    outlet: a.outlet,
    outletId: 'coast',
    url: `https://coast.example/${a.id}`,
    date: a.date,
    feed: 'https://coast.example/rss.xml',
    guid: null,
    lang: 'en',
    partial: false,
  });
  if (!put.added) throw new Error('not stored');
  return put.article;
}

const matchIds = async (engine: Awaited<ReturnType<typeof setup>>['engine'], q: CorpusArticle) =>
  (await engine.get()).matcher
    .match({ ...asQuery(q), url: null })
    .matches.map((m) => [m.id, m.verdict, m.origin]);

describe('the engine with live coverage', () => {
  it('matches the page being read with what followed outlets published', async () => {
    const { store, engine } = await setup();
    const b = await stored(store, FERRY_B);
    expect(await matchIds(engine, FERRY_A)).toContainEqual([b.id, 'same-story', 'live']);
    expect((await engine.get()).byId.get(b.id)).toMatchObject({ origin: 'live', outlet: FERRY_B.outlet });
  });

  it('takes a refresh in place: added articles match at once, removed ones no longer; no rebuild', async () => {
    const { store, engine, reads } = await setup();
    await engine.get();
    const b = await stored(store, FERRY_B);
    await engine.applyLive({ added: [b], removed: [] });
    expect(await matchIds(engine, FERRY_A)).toContainEqual([b.id, 'same-story', 'live']);
    await engine.applyLive({ added: [], removed: [b.id] });
    expect((await matchIds(engine, FERRY_A)).map(([id]) => id)).not.toContain(b.id);
    expect((await engine.get()).live).toEqual([]);
    expect(reads()).toBe(1);
  });

  it('keeps the index cache under the key a restarted worker computes from the stores', async () => {
    const { idb, store, engine } = await setup({ cacheFrom: 0, keepDelayMs: 0 });
    await engine.get();
    const articles = [await stored(store, FERRY_B), await stored(store, FERRY_OTHER)];
    await engine.applyLive({ added: articles, removed: [] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const bundledKey = corpusFingerprint(JSON.stringify(bundledIndex), []);
    const cache = await openIndexCache(idb);
    expect(await cache.get(indexFingerprint(bundledKey, [], await store.listArticles()))).not.toBeNull();
    cache.close();
  });
});
