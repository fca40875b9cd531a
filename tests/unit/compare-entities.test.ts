import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

const a = report(
  'a',
  'Ukrainian President Volodymyr Zelensky met Belgian Prime Minister Bart De Wever in Kyiv. ' +
    'Fighting continued near the villages of Tarasivka and Bilohorivka in the Donetsk region. ' +
    'The Security Service of Ukraine and NATO were informed.',
);
const b = report(
  'b',
  'Zelenskyy said the Kremlin had sent troops to Donetsk Oblast. Mr. Zelenskyy spoke in Kyiv.',
);

describe('entities', () => {
  const rows = compareArticles([a, b]).entities;
  const row = (name: string) => rows.find((r) => r.name === name);

  it('recognizes people behind titles and demonyms, and merges spellings across outlets', () => {
    expect(row('Volodymyr Zelensky')).toEqual({
      name: 'Volodymyr Zelensky',
      kind: 'person',
      outlets: ['a', 'b'],
    });
    expect(row('Bart De Wever')).toMatchObject({ kind: 'person', outlets: ['a'] });
  });

  it('recognizes places from the gazetteer, demonyms and place words', () => {
    expect(row('Ukraine')).toMatchObject({ kind: 'place', outlets: ['a'] });
    expect(row('Belgium')).toMatchObject({ kind: 'place', outlets: ['a'] });
    expect(row('Kyiv')).toMatchObject({ kind: 'place', outlets: ['a', 'b'] });
    expect(row('Tarasivka')).toMatchObject({ kind: 'place', outlets: ['a'] });
    expect(row('Bilohorivka')).toMatchObject({ kind: 'place', outlets: ['a'] });
    expect(row('Donetsk')).toMatchObject({ kind: 'place', outlets: ['a', 'b'] });
  });

  it('recognizes organizations by their words and acronyms', () => {
    expect(row('Security Service of Ukraine')).toMatchObject({ kind: 'organization' });
    expect(row('NATO')).toMatchObject({ kind: 'organization' });
    expect(row('Kremlin')).toMatchObject({ kind: 'organization', outlets: ['b'] });
  });

  it('lists entities named by more outlets first', () => {
    expect(rows[0]?.outlets).toHaveLength(2);
  });
});

describe('entity kinds and aliases', () => {
  const rows = compareArticles([
    report(
      'a',
      'Betty Dukes sued Wal-Mart in Pittsburg, Calif. Lawyers for Wal-Mart Stores Inc. cited Title VII of the Civil Rights Act. ' +
        'Dick Blumenthal spoke at the George Washington Bridge. The FBI was informed.',
    ),
    report(
      'b',
      'Richard Blumenthal said the Federal Bureau of Investigation and General Electric had not called.',
    ),
  ]).entities;
  const kind = (name: string) => rows.find((r) => r.name === name)?.kind;

  it('tells companies, laws, structures and state abbreviations from people', () => {
    expect(kind('Wal-Mart Stores Inc')).toBe('organization');
    expect(rows.filter((r) => r.name.startsWith('Wal')).length).toBe(1);
    expect(kind('George Washington Bridge')).toBe('place');
    expect(kind('California')).toBe('place');
    expect(rows.some((r) => /Civil Rights|Title VII|^Electric$/.test(r.name))).toBe(false);
  });

  it('merges a short first name with the full one, and an acronym with its full name', () => {
    expect(rows.filter((r) => r.name.endsWith('Blumenthal')).map((r) => r.outlets)).toEqual([['a', 'b']]);
    expect(rows.filter((r) => /FBI|Federal Bureau/.test(r.name)).map((r) => r.outlets)).toEqual([['a', 'b']]);
  });
});
