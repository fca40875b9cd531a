import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/compare';
import { pageMarks } from '@/lib/marks';

const c: Comparison = {
  outlets: [
    { id: 'page', outlet: 'Here', headline: 'h', published: null, wordCount: 10 },
    { id: 'a', outlet: 'Alpha', headline: 'a', published: null, wordCount: 10 },
    { id: 'b', outlet: null, headline: 'b', published: null, wordCount: 10 },
  ],
  claims: [
    {
      text: 'The council voted on Monday.',
      outlets: ['page', 'a', 'b'],
      core: true,
      sentences: [
        { id: 'page', text: 'The council voted on Monday.' },
        { id: 'a', text: 'Councillors voted Monday.' },
        { id: 'b', text: 'The vote came on Tuesday.' },
      ],
    },
  ],
  unique: { page: [{ text: 'The mayor wore a hat.' }] },
  quotes: [],
  discrepancies: [
    {
      about: 'day of the vote',
      kind: 'day',
      values: [
        { id: 'page', value: 'Monday', text: 'The council voted on Monday.' },
        { id: 'b', value: 'Tuesday', text: 'The vote came on Tuesday.' },
      ],
    },
  ],
  entities: [],
  framing: {},
  page: [
    { text: 'The council voted on Monday.', support: ['a', 'b'] },
    { text: 'The mayor wore a hat.', support: [] },
    { text: 'Trams run every ten minutes.', support: ['a'] },
  ],
};

describe('pageMarks', () => {
  const marks = pageMarks(c);

  it('counts the other outlets and keeps reading order', () => {
    expect(marks.others).toBe(2);
    expect(marks.sentences.map((s) => s.text)).toEqual(c.page.map((p) => p.text));
  });

  it('marks a sentence whose value differs, with each outlet’s value and the page flagged', () => {
    const s = marks.sentences[0]!;
    expect(s.kind).toBe('differs');
    expect(s.level).toBe(3);
    expect(s.support).toEqual(['Alpha', null]);
    expect(s.differences[0]!.values).toEqual([
      { outlet: null, page: true, value: 'Monday' },
      { outlet: null, page: false, value: 'Tuesday' },
    ]);
    expect(s.wordings.map((w) => w.text)).toEqual(['Councillors voted Monday.', 'The vote came on Tuesday.']);
  });

  it('marks details only this page reports, and partial support by level', () => {
    expect(marks.sentences[1]).toMatchObject({ kind: 'unique', level: 0, support: [] });
    expect(marks.sentences[2]).toMatchObject({ kind: 'supported', level: 1, support: ['Alpha'] });
  });
});
