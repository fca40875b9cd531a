import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

const a = report(
  'a',
  'Rebels seized the airport in the northern city on Sunday after two days of fighting. ' +
    'The government promised to retake the airport within a week. ' +
    'Aid groups said hospitals were running out of fuel.',
);
const b = report(
  'b',
  'The government has vowed it will retake the airport within one week. ' +
    'After two days of heavy fighting, rebel forces captured the airport of the northern city on Sunday. ' +
    'The rebels paraded a captured tank through the main square.',
);
const c = report(
  'c',
  'Rebels captured the airport in the north on Sunday, residents said. Schools were closed.',
);
const d = report('d', 'The rebels captured the airport of the northern city on Sunday morning.');

describe('claims', () => {
  const comparison = compareArticles([a, b, c, d]);

  it('groups paraphrased, reordered sentences of different outlets into one claim', () => {
    const seized = comparison.claims.find((k) => k.sentences.some((s) => s.text.startsWith('Rebels seized')));
    expect(seized?.outlets).toEqual(['a', 'b', 'c', 'd']);
    expect(seized?.core).toBe(true);
    const retake = comparison.claims.find((k) => k.text.includes('retake'));
    expect(retake?.outlets).toEqual(['a', 'b']);
    expect(retake?.core).toBe(false);
  });

  it('keeps the details only one outlet gives as unique', () => {
    expect(comparison.unique.a?.map((u) => u.text)).toEqual([
      'Aid groups said hospitals were running out of fuel.',
    ]);
    expect(comparison.unique.b?.map((u) => u.text)).toEqual([
      'The rebels paraded a captured tank through the main square.',
    ]);
  });

  it('does not list a sentence too short to say anything as a detail', () => {
    expect(comparison.unique.c).toEqual([]);
  });

  it('summarizes each outlet', () => {
    expect(comparison.outlets.map((o) => o.outlet)).toEqual(['A', 'B', 'C', 'D']);
    expect(comparison.outlets[2]?.wordCount).toBe(14);
  });

  it('gives the page being read the outlets that support each sentence', () => {
    const page = compareArticles([{ ...a, id: 'page' }, b, c], { pageId: 'page' }).page;
    expect(page.map((p) => p.support)).toEqual([['b', 'c'], ['b'], []]);
    expect(compareArticles([a, b]).page).toEqual([]);
  });

  it('is deterministic', () => {
    expect(compareArticles([a, b, c, d])).toEqual(comparison);
  });
});

describe('degenerate stories', () => {
  it('handles no report, one report and empty texts', () => {
    expect(compareArticles([])).toMatchObject({ outlets: [], claims: [], quotes: [], page: [] });
    const one = compareArticles([report('a', '')], { pageId: 'a' });
    expect(one.outlets).toHaveLength(1);
    expect(one.page).toEqual([]);
    expect(one.unique).toEqual({ a: [] });
  });

  it('gives no page when the page id is not among the inputs', () => {
    expect(compareArticles([a, b], { pageId: 'elsewhere' }).page).toEqual([]);
  });
});
