import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after titles, initials or dotted abbreviations inside a sentence', () => {
    expect(
      texts('Mr. Smith met Gen. Jones and J. R. R. Tolkien. George W. Bush left the U.N. building.'),
    ).toEqual(['Mr. Smith met Gen. Jones and J. R. R. Tolkien.', 'George W. Bush left the U.N. building.']);
  });

  it('splits after an abbreviation that ends a sentence when the next word opens one', () => {
    expect(texts('He moved to the U.S. The move was sudden. It was Jan. 6 at 5 p.m. Tuesday.')).toEqual([
      'He moved to the U.S.',
      'The move was sudden.',
      'It was Jan. 6 at 5 p.m. Tuesday.',
    ]);
  });

  it('keeps decimals and thousands together', () => {
    expect(texts('The deal cost $3.5 million. About 1,300 troops were sent.')).toEqual([
      'The deal cost $3.5 million.',
      'About 1,300 troops were sent.',
    ]);
  });

  it('keeps a closing quote after the period with its sentence', () => {
    expect(
      texts('“We captured two. This happened in Donetsk,” he said. "We have data." Then he left.'),
    ).toEqual([
      '“We captured two.',
      'This happened in Donetsk,” he said.',
      '"We have data."',
      'Then he left.',
    ]);
  });

  it('does not split when a quoted question is followed by its attribution', () => {
    expect(texts('"Is it over?" he asked. Nobody answered.')).toEqual([
      '"Is it over?" he asked.',
      'Nobody answered.',
    ]);
  });

  it('separates the dateline from the first sentence', () => {
    const [first] = splitSentences('KYIV, Ukraine — President Zelensky spoke on Tuesday. He left.');
    expect(first?.text).toBe('President Zelensky spoke on Tuesday.');
    expect(first?.dateline).toBe('KYIV, Ukraine');
  });

  it('handles ellipses: a lowercase continuation stays, a capital starts a new sentence', () => {
    expect(texts('We waited… and waited. Then… Nothing happened.')).toEqual([
      'We waited… and waited.',
      'Then…',
      'Nothing happened.',
    ]);
  });

  it('gives offsets into the original text and paragraph numbers', () => {
    const text = 'First one. Second one.\n\nThird one';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'First one.',
      'Second one.',
      'Third one',
    ]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('treats a single line break as a paragraph break unless the line is wrapped', () => {
    expect(texts('A headline without a period\nThe body starts here.')).toEqual([
      'A headline without a period',
      'The body starts here.',
    ]);
    expect(texts('A sentence that was\nwrapped in the middle.')).toEqual([
      'A sentence that was\nwrapped in the middle.',
    ]);
  });
});
