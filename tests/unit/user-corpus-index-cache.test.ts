// A restarted service worker loads the match index from the cache instead of rebuilding it:
// only when the cache was built from exactly the same articles, and it matches the same.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, loadIndex, serializeIndex } from '../../lib/match';
import { corpusFingerprint, loadOrBuild, openIndexCache, type UserArticle } from '../../lib/user-corpus';
import { ALL, asQuery, FERRY_A, roundScores } from './match-fixtures';

const user: UserArticle[] = ALL.map((a, i) => ({
  ...a,
  origin: 'user',
  addedAt: `2025-04-08T10:30:0${i}.000Z`,
}));

describe('the index cache', () => {
  it('gives back an index that matches as the one built', async () => {
    const cache = await openIndexCache(new IDBFactory());
    const built = createIndex(user);
    const fingerprint = corpusFingerprint('bundled-v1', user);
    await cache.put(fingerprint, serializeIndex(built));
    const kept = await cache.get(fingerprint);
    const query = asQuery(FERRY_A);
    expect(roundScores(createMatcher(loadIndex(kept!)).match(query))).toEqual(
      roundScores(createMatcher(built).match(query)),
    );
    cache.close();
  });

  it('gives nothing for other articles, another bundled corpus, or after clear', async () => {
    const cache = await openIndexCache(new IDBFactory());
    await cache.put(corpusFingerprint('bundled-v1', user), serializeIndex(createIndex(user)));
    const fewer = user.slice(1);
    const readded = user.map((a, i) => (i === 0 ? { ...a, addedAt: '2025-05-01T00:00:00.000Z' } : a));
    const longer = user.map((a, i) => (i === 0 ? { ...a, text: `${a.text} More.` } : a));
    for (const other of [
      corpusFingerprint('bundled-v1', fewer),
      corpusFingerprint('bundled-v1', readded),
      corpusFingerprint('bundled-v1', longer),
      corpusFingerprint('bundled-v2', user),
    ]) {
      expect(await cache.get(other)).toBeNull();
    }
    await cache.clear();
    expect(await cache.get(corpusFingerprint('bundled-v1', user))).toBeNull();
    cache.close();
  });
});

describe('loading the index for a worker that starts', () => {
  it('takes the kept index without building, builds when there is none or it is unreadable', async () => {
    const cache = await openIndexCache(new IDBFactory());
    const fingerprint = corpusFingerprint('bundled-v1', user);
    let builds = 0;
    const build = () => {
      builds++;
      return createIndex(user);
    };
    expect((await loadOrBuild(cache, fingerprint, build)).source).toBe('built');
    await cache.put(fingerprint, serializeIndex(createIndex(user)));
    const hit = await loadOrBuild(cache, fingerprint, build);
    expect(hit.source).toBe('cache');
    expect(hit.index.size).toBe(user.length);
    expect(builds).toBe(1);
    // An entry of another format (an older Parallax) is rebuilt, never an error.
    await cache.put(fingerprint, { ...serializeIndex(createIndex(user)), version: 0 as never });
    expect((await loadOrBuild(cache, fingerprint, build)).source).toBe('built');
    expect((await loadOrBuild(null, fingerprint, build)).source).toBe('built');
    cache.close();
  });
});
