import { describe, expect, it } from 'vitest';
import { summarize } from '@/components/comparison/summary';
import { fixture } from './comparison-fixture';

describe('summarize', () => {
  it('counts the page’s own details and the figures and dates it states differently', () => {
    expect(summarize(fixture())).toBe(
      '1 detail no other outlet reports, 1 figure that differs, 1 date that differs',
    );
  });

  it('pluralizes', () => {
    const c = fixture();
    c.unique['page'] = [{ text: 'a' }, { text: 'b' }];
    c.discrepancies.push({ ...c.discrepancies[0]!, about: 'trams' });
    c.discrepancies = c.discrepancies.filter((d) => d.kind === 'count');
    expect(summarize(c)).toBe('2 details no other outlet reports, 2 figures that differ');
  });

  it('leaves out differences the page takes no part in', () => {
    const c = fixture();
    c.unique['page'] = [];
    c.discrepancies = [
      {
        about: 'cost',
        kind: 'count',
        values: [
          { id: 'g', value: '40', text: '40' },
          { id: 'x', value: '45', text: '45' },
        ],
      },
    ];
    expect(summarize(c)).toBe('No details of its own and no figures that differ.');
  });

  it('takes another page id', () => {
    expect(summarize(fixture(), 'g')).toBe(
      '1 detail no other outlet reports, 1 figure that differs, 1 date that differs',
    );
    expect(summarize(fixture(), 'b')).toBe('No details of its own and no figures that differ.');
  });
});
