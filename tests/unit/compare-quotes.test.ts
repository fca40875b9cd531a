import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

const speakers = (text: string) =>
  compareArticles([report('a', text)]).quotes.map((q) => [q.speaker, q.variants[0]?.text]);

describe('quote speakers', () => {
  it('reads the speaker after the quote, in either order', () => {
    expect(speakers('Maria Lopez runs the clinic. “We have no fuel left,” Lopez said.')).toEqual([
      ['Maria Lopez', 'We have no fuel left'],
    ]);
    expect(speakers('“We have no fuel left,” said Maria Lopez, the director.')).toEqual([
      ['Maria Lopez', 'We have no fuel left'],
    ]);
  });

  it('reads the speaker before the quote', () => {
    expect(speakers('Minister Jan Novak wrote on social media: "The border stays closed for now."')).toEqual([
      ['Jan Novak', 'The border stays closed for now.'],
    ]);
  });

  it('resolves "he" to the last person named before the quote', () => {
    expect(speakers('Jan Novak met the press in Prague. “We will not give in,” he said.')).toEqual([
      ['Jan Novak', 'We will not give in'],
    ]);
  });

  it('keeps a role when no name is given', () => {
    expect(speakers('But one official said that so far “there is no sign of a deal here”.')).toEqual([
      ['official', 'there is no sign of a deal here'],
    ]);
  });

  it('keeps a quote spanning sentences whole, and one running on into the next paragraph', () => {
    expect(speakers('“We captured two. This happened in the east,” Jan Novak said.')).toEqual([
      ['Jan Novak', 'We captured two. This happened in the east'],
    ]);
    const running = speakers(
      'Jan Novak spoke first. “We will hold the line.\n\n“We will not retreat,” he said.',
    );
    expect(running).toEqual([['Jan Novak', 'We will hold the line. We will not retreat']]);
  });

  it('ignores one-word scare quotes', () => {
    expect(speakers('The agency called the group “undesirable” last year.')).toEqual([]);
  });
});

describe('quote groups', () => {
  const a = report(
    'a',
    'Jan Novak spoke. “Closing the border puts into question our commitment to peace,” Novak wrote.',
  );
  const b = report('b', '“Closing the border contradicts our stated commitment to peace,” Jan Novak said.');
  const c = report('c', 'Jan Novak spoke. “The army will not retreat from the city,” said Novak.');
  const d = report('d', 'Jan Novak spoke. “The city will be rebuilt by the army next year,” Novak said.');
  const comparison = compareArticles([a, b, c, d]);

  it('groups the same statement worded differently by two outlets', () => {
    const q = comparison.quotes.find((x) => x.variants.some((v) => v.text.includes('peace')));
    expect(q?.outlets).toEqual(['a', 'b']);
    expect(q?.speaker).toBe('Jan Novak');
  });

  it('does not group statements that merely share a few words', () => {
    const retreat = comparison.quotes.find((x) => x.variants.some((v) => v.text.includes('retreat')));
    expect(retreat?.outlets).toEqual(['c']);
  });

  it('never groups two different speakers', () => {
    const x = report('x', 'Ann Lee spoke. “We will rebuild the bridge by spring,” Lee said.');
    const y = report('y', 'Tom Ray spoke. “We will rebuild the bridge by spring,” Ray said.');
    expect(compareArticles([x, y]).quotes.map((q) => q.outlets)).toEqual([['x'], ['y']]);
  });
});
