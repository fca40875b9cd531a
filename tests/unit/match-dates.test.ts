// Dates are neutral: a missing date is never evidence against, a shared day only breaks ties,
// and content (and how much text it rests on) carries the verdict.
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, loadIndex, serializeIndex } from '../../lib/match';
import { dateEvidence, lengthEvidence } from '../../lib/match/score';
import { BUDGET, FERRY_A, FERRY_B, asQuery } from './match-fixtures';

describe('publication dates', () => {
  it('a missing date adds nothing and takes nothing; a shared day is only a tie-breaker', () => {
    expect(dateEvidence(null)).toBe(0);
    expect(dateEvidence(0)).toBeGreaterThan(0);
    expect(dateEvidence(0)).toBeLessThanOrEqual(0.02);
    expect(dateEvidence(7)).toBe(0);
    expect(dateEvidence(60)).toBeLessThan(-0.1);
  });

  it('an undated page gets nearly the score and the same verdict as the same page dated', () => {
    const m = createMatcher(createIndex([FERRY_B]));
    const dated = m.match(asQuery(FERRY_A)).matches[0]!;
    const undated = m.match({ ...asQuery(FERRY_A), date: null }).matches[0]!;
    expect(undated.verdict).toBe(dated.verdict);
    expect(dated.score - undated.score).toBeGreaterThanOrEqual(0);
    expect(dated.score - undated.score).toBeLessThan(0.06);
  });

  it('a shared day alone never makes another subject the same story', () => {
    const r = createMatcher(createIndex([{ ...BUDGET, date: FERRY_A.date }])).match(asQuery(FERRY_A));
    expect(r.matches[0]?.verdict).toBe('different');
  });
});

describe('length of the texts', () => {
  it('moves the evidence by the shorter text’s length, capped upward, nothing when unknown', () => {
    expect(lengthEvidence(null)).toBe(0);
    expect(lengthEvidence(170)).toBeCloseTo(0, 10);
    expect(lengthEvidence(50)).toBeLessThan(0);
    expect(lengthEvidence(100_000)).toBe(0.1);
  });

  it('is kept in the serialized index; an index serialized without it still loads and matches', () => {
    const index = createIndex([FERRY_B]);
    const data = serializeIndex(index);
    expect(data.docs[0]?.n).toBe(index.store.docs[0]?.words);
    expect(loadIndex(data).store.docs[0]?.words).toBe(index.store.docs[0]?.words);
    const old = { ...data, docs: data.docs.map(({ n: _n, ...doc }) => doc) };
    const loaded = loadIndex(old);
    expect(loaded.store.docs[0]?.words).toBeNull();
    expect(createMatcher(loaded).match(asQuery(FERRY_A)).matches[0]?.verdict).toBe('same-story');
  });
});
