import { describe, expect, it } from 'vitest';
import { MAX_EDITS, MAX_TOKENS, tokenize, wordDiff, type DiffPart } from '@/lib/diff';

const side = (parts: DiffPart[], keep: 'add' | 'del') =>
  parts
    .filter((p) => p.op === 'same' || p.op === keep)
    .map((p) => p.text)
    .join('');

describe('tokenize', () => {
  it('keeps words, numbers, whitespace and punctuation, losing nothing', () => {
    const text = 'On Monday, 12,000 people—“finally”—rode it. Isn’t that well-known?';
    expect(tokenize(text).join('')).toBe(text);
    expect(tokenize(text)).toContain('12,000');
    expect(tokenize(text)).toContain('Isn’t');
    expect(tokenize(text)).toContain('well-known');
  });
});

describe('wordDiff', () => {
  it('marks changed, added and removed words', () => {
    expect(
      wordDiff('The council approved 12 trams on Monday.', 'The city council approved 14 trams on Tuesday.'),
    ).toEqual([
      { op: 'same', text: 'The ' },
      { op: 'add', text: 'city ' },
      { op: 'same', text: 'council approved ' },
      { op: 'del', text: '12' },
      { op: 'add', text: '14' },
      { op: 'same', text: ' trams on ' },
      { op: 'del', text: 'Monday' },
      { op: 'add', text: 'Tuesday' },
      { op: 'same', text: '.' },
    ]);
  });

  it('handles equal, empty and one-sided inputs', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ op: 'same', text: 'same words' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new text')).toEqual([{ op: 'add', text: 'new text' }]);
    expect(wordDiff('old text', '')).toEqual([{ op: 'del', text: 'old text' }]);
  });

  it('reads a run of changed words as one replacement', () => {
    expect(wordDiff('he said a b today', 'he said c d today')).toEqual([
      { op: 'same', text: 'he said ' },
      { op: 'del', text: 'a b' },
      { op: 'add', text: 'c d' },
      { op: 'same', text: ' today' },
    ]);
  });

  it('does not break a rewritten sentence apart on a lone shared word', () => {
    expect(wordDiff('Police said the man fled.', 'Witnesses told reporters the suspect escaped.')).toEqual([
      { op: 'del', text: 'Police said the man fled' },
      { op: 'add', text: 'Witnesses told reporters the suspect escaped' },
      { op: 'same', text: '.' },
    ]);
  });

  it('always rebuilds both texts exactly', () => {
    const pairs: [string, string][] = [
      ['one two three', 'three two one'],
      ['Police said 3 people were hurt.', 'Three people were injured, police said on Friday.'],
      ['a  b\tc', 'a b c'],
      ['x', 'y'],
    ];
    for (const [a, b] of pairs) {
      const parts = wordDiff(a, b);
      expect(side(parts, 'del')).toBe(a);
      expect(side(parts, 'add')).toBe(b);
    }
  });

  it('gives up on word level for long, rewritten texts and replaces the whole', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const a = words(MAX_TOKENS, 'a');
    const b = words(MAX_TOKENS, 'b');
    expect(wordDiff(a, b)).toEqual([
      { op: 'del', text: a },
      { op: 'add', text: b },
    ]);
    const c = words(MAX_EDITS, 'c');
    const d = words(MAX_EDITS, 'd');
    expect(wordDiff(`Start ${c} end`, `Start ${d} end`)).toEqual([
      { op: 'same', text: 'Start ' },
      { op: 'del', text: c },
      { op: 'add', text: d },
      { op: 'same', text: ' end' },
    ]);
  });

  it('still diffs long texts that differ in a few places', () => {
    const base = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const changed = [...base];
    changed[1500] = 'CHANGED';
    const parts = wordDiff(base.join(' '), changed.join(' '));
    expect(parts.filter((p) => p.op !== 'same')).toEqual([
      { op: 'del', text: 'w1500' },
      { op: 'add', text: 'CHANGED' },
    ]);
  });
});

describe('wordDiff keeps shared words shared', () => {
  it('between two rewordings, however long', () => {
    const a = 'There was no immediate comment from Moscow or Beijing.';
    const b =
      'Kyiv said the men were captured, and there was no immediate comment from the Chinese or Russian governments.';
    const parts = wordDiff(a, b);
    expect(
      parts
        .filter((p) => p.op === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('was no immediate comment from ');
    expect(side(parts, 'del')).toBe(a);
    expect(side(parts, 'add')).toBe(b);
  });

  it('when words move, the longest shared run stays shared, spaces never matched alone', () => {
    const a = 'Rebels seized the northern airport on Sunday after two days of fighting.';
    const b = 'After two days of heavy fighting, rebels captured the northern airport on Sunday.';
    const parts = wordDiff(a, b);
    expect(
      parts
        .filter((p) => p.op === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('the northern airport on Sunday');
    expect(side(parts, 'del')).toBe(a);
    expect(side(parts, 'add')).toBe(b);
  });
});
