import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, loadIndex, serializeIndex, type SerializedIndex } from '../../lib/match';
import { fromBase64, readVarint, toBase64, writeVarint } from '../../lib/match/codec';
import type { CorpusArticle } from '../../lib/types';
import {
  ALL,
  BUDGET,
  FERRY_A,
  FERRY_B,
  FERRY_OTHER,
  DUTCH_TEXT,
  asQuery,
  roundScores,
} from './match-fixtures';

/** Through JSON text, as the build and the service worker store it. */
const roundTrip = (data: SerializedIndex) => loadIndex(JSON.parse(JSON.stringify(data)) as SerializedIndex);

describe('serialized index', () => {
  it('gives identical results after serialize and load', () => {
    const index = createIndex(ALL);
    const loaded = roundTrip(serializeIndex(index));
    expect(loaded.size).toBe(index.size);
    for (const a of ALL) {
      const q = { ...asQuery(a), url: null };
      expect(roundScores(createMatcher(loaded).match(q))).toEqual(roundScores(createMatcher(index).match(q)));
    }
  });

  it('serializes to the same data again after a load', () => {
    const data = serializeIndex(createIndex(ALL));
    expect(serializeIndex(roundTrip(data))).toEqual(data);
  });

  it('keeps articles it does not match, marked as such', () => {
    const dutch: CorpusArticle = { id: 'nl', title: 'Veerboot', text: DUTCH_TEXT, outlet: null, date: null };
    const loaded = roundTrip(serializeIndex(createIndex([FERRY_A, dutch])));
    expect(loaded.has('nl')).toBe(true);
    expect(
      createMatcher(loaded)
        .match(asQuery(FERRY_B))
        .matches.map((m) => m.id),
    ).toEqual(['ferry-a']);
  });

  it('refuses data of another format', () => {
    expect(() =>
      loadIndex({ format: 'other', version: 1, terms: [], docs: [] } as unknown as SerializedIndex),
    ).toThrow(/format/);
  });
});

describe('incremental index', () => {
  it('matches an article added after the index was built', () => {
    const index = createIndex([FERRY_OTHER, BUDGET]);
    const m = createMatcher(index);
    expect(m.match(asQuery(FERRY_A)).matches[0]?.verdict).not.toBe('same-story');
    index.add(FERRY_B);
    expect(index.size).toBe(3);
    expect(m.match(asQuery(FERRY_A)).matches[0]).toMatchObject({ id: 'ferry-b', verdict: 'same-story' });
  });

  it('forgets a removed article', () => {
    const index = createIndex(ALL);
    expect(index.remove('ferry-b')).toBe(true);
    expect(index.remove('ferry-b')).toBe(false);
    expect(index.size).toBe(3);
    expect(
      createMatcher(index)
        .match(asQuery(FERRY_A))
        .matches.map((m) => m.id),
    ).not.toContain('ferry-b');
  });

  it('forgets many articles at once as if removed one by one (retention drops thousands in one go)', () => {
    const many = createIndex(ALL);
    expect(many.removeMany(['ferry-b', 'budget', 'not-there', 'budget'])).toBe(2);
    const single = createIndex(ALL);
    single.remove('ferry-b');
    single.remove('budget');
    expect(many.size).toBe(2);
    expect(many.store.postings).toEqual(single.store.postings);
    expect(many.store.df).toEqual(single.store.df);
    const q = { ...asQuery(FERRY_A), url: null };
    expect(createMatcher(many).match(q)).toEqual(createMatcher(single).match(q));
    expect(many.removeMany([])).toBe(0);
  });

  it('replaces an article added again under the same id', () => {
    const index = createIndex(ALL);
    index.add({ ...FERRY_B, title: 'Corrected headline' });
    expect(index.size).toBe(ALL.length);
    expect(createMatcher(index).match(asQuery(FERRY_A)).matches[0]?.headline).toBe('Corrected headline');
  });

  it('scores the same whether built at once or one article at a time', () => {
    const once = createIndex(ALL);
    const stepwise = createIndex();
    for (const a of ALL) stepwise.add(a);
    stepwise.add(FERRY_A);
    const q = { ...asQuery(FERRY_A), url: null };
    expect(createMatcher(stepwise).match(q)).toEqual(createMatcher(once).match(q));
  });

  it('after add and remove, serializes like an index built without the removed article', () => {
    const index = createIndex(ALL);
    index.remove('budget');
    const fresh = createIndex(ALL.filter((a) => a.id !== 'budget'));
    const q = asQuery(FERRY_OTHER);
    expect(createMatcher(roundTrip(serializeIndex(index))).match(q)).toEqual(createMatcher(fresh).match(q));
  });
});

describe('codec', () => {
  it('round-trips bytes through base64', () => {
    for (const len of [0, 1, 2, 3, 4, 5, 64]) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 37 + 11) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });

  it('round-trips varints', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31 - 1, 2 ** 32 - 1];
    const out: number[] = [];
    for (const v of values) writeVarint(out, v);
    const bytes = Uint8Array.from(out);
    const pos = { i: 0 };
    expect(values.map(() => readVarint(bytes, pos))).toEqual(values);
  });
});
