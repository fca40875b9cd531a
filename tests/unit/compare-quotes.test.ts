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

  it('reads a name set off by commas after a role, and a role the story has given a person', () => {
    expect(speakers('“We will cooperate,” the lawyer, Mark Sheridan, said in an email.')).toEqual([
      ['Mark Sheridan', 'We will cooperate'],
    ]);
    expect(
      speakers(
        'Former Vice President Dick Cheney spoke last. “People ought to be free,” the former vice president said.',
      ),
    ).toEqual([['Dick Cheney', 'People ought to be free']]);
  });

  it('gives "he" to the person a sentence is about, not to one it merely names', () => {
    expect(
      speakers(
        'Sen. Jim DeMint said Michael Steele must apologize to the troops.\n\n“This is America’s war,” he said.',
      ),
    ).toEqual([['Jim DeMint', 'This is America’s war']]);
    expect(
      speakers(
        'Glenn Beck spoke last. “What are we suffering from?” he asked. Saying Barack Obama, he said, was “too simple an answer.”',
      ).map(([who]) => who),
    ).toEqual(['Glenn Beck', 'Glenn Beck']);
  });

  it('gives a quote inside a sentence to its subject or to the one whose comment it is', () => {
    expect(
      speakers('Bruce Braley apologized to Chuck Grassley and “anyone I may have offended” on Tuesday.'),
    ).toEqual([['Bruce Braley', 'anyone I may have offended']]);
    expect(
      speakers(
        'John Boehner dismissed David Axelrod’s comment that Republicans live under a “reign of terror” now.',
      ),
    ).toEqual([['David Axelrod', 'reign of terror']]);
    expect(
      speakers('Another man, not seen on camera, then tells Bob Etheridge, “We are just students.”'),
    ).toEqual([[null, 'We are just students.']]);
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
