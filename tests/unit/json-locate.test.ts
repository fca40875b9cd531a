import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../lib/corpus/validate';
import { lineAt, lines } from '../../lib/corpus/json-locate';

describe('lines of offsets', () => {
  it('gives the line of each offset, asked in any order', () => {
    const text = 'a\nbb\n\nccc\n';
    const lineOf = lines(text);
    const expected = [1, 1, 2, 2, 2, 3, 4, 4, 4, 4, 5, 5];
    for (const offset of [0, 3, 5, 6, 9, 10, 11, 2, 0, 7]) expect(lineOf(offset)).toBe(expected[offset]);
    expect(lineAt(text, 6)).toBe(4);
  });

  it('names the line of each entry of a JSON array, pretty-printed or not', () => {
    const articles = Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, text: `Text number ${i}.` }));
    const pretty = JSON.stringify([...articles, { id: 'bad' }], null, 2);
    expect(parseCorpusText(pretty).problems).toEqual([{ line: 22, message: 'missing field "text"' }]);
    const oneLine = JSON.stringify([...articles, { id: 'bad' }]);
    expect(parseCorpusText(oneLine).problems).toEqual([{ line: 1, message: 'missing field "text"' }]);
  });
});
