import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

describe('framing', () => {
  const a = report(
    'a',
    'The regime shelled the city again. The regime says the rebels started it. Residents fear the regime will not stop.',
  );
  const b = report(
    'b',
    'The government shelled the city again. The government says the rebels started it. Residents fear more fighting.',
  );
  const c = report(
    'c',
    'The government forces shelled the city. Officials said rebels fired first. Residents fled.',
  );
  const framing = compareArticles([a, b, c]).framing;

  it('names the words one outlet chose where the others chose differently', () => {
    expect(framing.a?.map((t) => t.term)).toContain('regime');
    expect(framing.b?.map((t) => t.term) ?? []).not.toContain('regime');
    expect(framing.a?.find((t) => t.term === 'regime')?.count).toBe(3);
  });

  it('leaves out names, numbers and words every outlet uses', () => {
    const all = Object.values(framing)
      .flat()
      .map((t) => t.term);
    expect(all).not.toContain('city');
    expect(all.every((t) => !/^\d/.test(t) && t === t.toLowerCase())).toBe(true);
  });
});
