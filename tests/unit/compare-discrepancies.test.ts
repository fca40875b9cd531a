import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

const found = (...texts: string[]) =>
  compareArticles(texts.map((t, i) => report(String.fromCharCode(97 + i), t))).discrepancies.map((d) => ({
    kind: d.kind,
    values: d.values.map((v) => `${v.id}:${v.value}`),
  }));

describe('discrepancies', () => {
  it('finds different counts of the same kind of thing, across synonyms', () => {
    expect(
      found(
        'Officials said 11,000 soldiers from the northern army were deployed to the border region.',
        'The northern army deployed up to 12,000 troops to the border region, officials said.',
      ),
    ).toEqual([{ kind: 'count', values: ['a:11,000 soldiers', 'b:up to 12,000 troops'] }]);
  });

  it('does not compare counts of different things or increments with totals', () => {
    expect(
      found(
        'The northern army deployed 11,000 troops to the border region last year.',
        'The northern army deployed an additional 3,000 troops to the border region this spring.',
        'The storm destroyed 11,000 homes along the coast.',
      ),
    ).toEqual([]);
  });

  it('finds a different day for the same announcement, and reads dates as weekdays', () => {
    expect(
      found(
        'The minister announced on Monday that the mine would close.',
        'The minister announced Tuesday that the mine would close by summer.',
        'The minister announced on April 8 that the mine would close.',
      ),
    ).toEqual([{ kind: 'day', values: ['a:Monday', 'b:Tuesday', 'c:April 8 (Tuesday)'] }]);
  });

  it('does not flag a report that states both values', () => {
    expect(
      found(
        'The minister announced on Monday that the mine would close.',
        'The minister announced on Monday that the mine would close, and confirmed it Tuesday.',
      ),
    ).toEqual([]);
  });

  it('finds different places for the same claim', () => {
    expect(
      found(
        'The rebels captured the airport near Kharkiv on Sunday after heavy fighting.',
        'The rebels captured the airport near Odesa on Sunday after heavy fighting.',
      ),
    ).toEqual([{ kind: 'place', values: ['a:Kharkiv', 'b:Odesa'] }]);
  });

  it('finds titles that cannot both be right, and accepts a shorter form of the same title', () => {
    expect(
      found(
        'Prime Minister Ana Silva opened the summit in the capital.',
        'President Ana Silva opened the summit in the capital.',
      ),
    ).toEqual([{ kind: 'title', values: ['a:Prime Minister', 'b:President'] }]);
    expect(
      found('Foreign Minister Ana Silva opened the summit.', 'The minister, Ana Silva, opened the summit.'),
    ).toEqual([]);
  });
});
