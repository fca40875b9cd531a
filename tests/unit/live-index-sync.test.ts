// Live articles join and leave the match index in place: a report fetched from a followed
// outlet is found for the page being read at once, and one retention removed is no longer
// offered; the index then matches as a fresh build of the same articles would, under one
// cache key.
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher } from '../../lib/match';
import { applyLiveChange, indexFingerprint, type IndexedArticles } from '../../lib/live/index-sync';
import type { LiveArticle } from '../../lib/live/types';
import type { CorpusArticle } from '../../lib/types';
import { ALL, BUDGET, FERRY_A, FERRY_B, FERRY_OTHER, asQuery } from './match-fixtures';

function live(a: CorpusArticle, n: number): LiveArticle {
  return {
    ...a,
    id: `live-${a.id}`,
    origin: 'live',
    outlet: a.outlet ?? null,
    outletId: 'coast',
    url: `https://coast.example/${a.id}`,
    date: a.date,
    feed: 'https://coast.example/rss.xml',
    guid: null,
    fetched: new Date(Date.UTC(2026, 11, 1, n)).toISOString(),
    partial: false,
    identicalTo: null,
    bytes: 1000,
  };
}

const ids = (target: IndexedArticles, q: CorpusArticle) =>
  createMatcher(target.index)
    .match({ ...asQuery(q), url: null })
    .matches.map((m) => m.id);

function bundledOnly(articles: CorpusArticle[]): IndexedArticles {
  const marked = articles.map((a) => ({ ...a, origin: 'bundled' as const }));
  return { index: createIndex(marked), byId: new Map(marked.map((a) => [a.id, a])) };
}

describe('live articles in the match index', () => {
  it('a fetched report of the same story is offered at once, and no longer once retention removed it', () => {
    const target = bundledOnly([FERRY_OTHER, BUDGET]);
    expect(ids(target, FERRY_A)).not.toContain('live-ferry-b');
    expect(applyLiveChange(target, { added: [live(FERRY_B, 1)], removed: [] })).toEqual({
      added: 1,
      removed: 0,
    });
    const matcher = createMatcher(target.index);
    expect(matcher.match({ ...asQuery(FERRY_A), url: null }).matches[0]).toMatchObject({
      id: 'live-ferry-b',
      verdict: 'same-story',
      origin: 'live',
    });
    expect(applyLiveChange(target, { added: [], removed: ['live-ferry-b'] })).toEqual({
      added: 0,
      removed: 1,
    });
    expect(ids(target, FERRY_A)).not.toContain('live-ferry-b');
    expect(target.byId.has('live-ferry-b')).toBe(false);
  });

  it('an article already indexed is not added twice, and a bundled article is never removed', () => {
    const target = bundledOnly([FERRY_OTHER, BUDGET]);
    applyLiveChange(target, { added: [live(FERRY_B, 1)], removed: [] });
    expect(applyLiveChange(target, { added: [live(FERRY_B, 1)], removed: ['budget'] })).toEqual({
      added: 0,
      removed: 0,
    });
    expect(target.index.size).toBe(3);
  });

  it('after many refreshes the index matches like a fresh build of the same articles', () => {
    const target = bundledOnly([BUDGET]);
    applyLiveChange(target, { added: [live(FERRY_A, 1), live(FERRY_OTHER, 2)], removed: [] });
    applyLiveChange(target, { added: [live(FERRY_B, 3)], removed: [] });
    applyLiveChange(target, { added: [], removed: ['live-ferry-other'] });
    const fresh = createIndex([{ ...BUDGET, origin: 'bundled' }, live(FERRY_A, 1), live(FERRY_B, 3)]);
    for (const q of ALL) {
      const query = { ...asQuery(q), url: null };
      expect(createMatcher(target.index).match(query), q.id).toEqual(createMatcher(fresh).match(query));
    }
  });

  it('the cache key names the set of articles, however the index got there', () => {
    const a = live(FERRY_A, 1);
    const b = live(FERRY_B, 2);
    expect(indexFingerprint('k', [], [a, b])).toBe(indexFingerprint('k', [], [b, a]));
    expect(indexFingerprint('k', [], [a, b])).not.toBe(indexFingerprint('k', [], [a]));
    expect(indexFingerprint('k', [], [])).not.toBe(indexFingerprint('k', [], [a]));
    expect(indexFingerprint('k', [], [a])).not.toBe(
      indexFingerprint('k', [], [{ ...a, fetched: '2026-12-02T00:00:00.000Z' }]),
    );
  });
});
