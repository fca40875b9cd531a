import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { articleSentences } from '../../lib/compare/article-text';
import { report } from './compare-helpers';

const texts = (text: string, headline: string | null = null) =>
  articleSentences(text, headline).map((s) => s.text);

describe('the sentences of a report are its text, not its furniture', () => {
  it('drops a byline with the outlet after it, and a repeated headline, at the head', () => {
    const text =
      'Harbor Bridge Reopens\n\nBy Ann Lee and Tom Fry Daily Courier\n\nThe harbor bridge reopened on Monday after repairs.';
    expect(texts(text, 'Harbor bridge reopens')).toEqual([
      'The harbor bridge reopened on Monday after repairs.',
    ]);
  });

  it('keeps a sentence that opens with "By" and ends like a sentence', () => {
    expect(texts('By noon, the bridge was open again.')).toEqual(['By noon, the bridge was open again.']);
  });

  it('drops advertising slots, share prompts, copyright and syndication lines', () => {
    const text = [
      'The harbor bridge reopened on Monday after repairs.',
      'ADVERTISING',
      'Share this article',
      'Crews worked through the weekend to finish the deck.',
      'This story originally appeared in the Daily Courier.',
      '© 2031 Daily Courier Media. All rights reserved. Do not reproduce without permission.',
    ].join('\n\n');
    expect(texts(text)).toEqual([
      'The harbor bridge reopened on Monday after repairs.',
      'Crews worked through the weekend to finish the deck.',
    ]);
  });

  it('cuts an update label from the sentence it opens, and drops a label alone on its line', () => {
    const text = [
      'The bridge reopened on Monday.',
      'UPDATE:',
      'UPDATE 4:15 p.m. ET -- The mayor said tolls would stay suspended.',
      'Updated: Crews finished the deck on Sunday.',
      'Correction: March 3, 2031',
    ].join('\n\n');
    const got = articleSentences(text);
    expect(got.map((s) => s.text)).toEqual([
      'The bridge reopened on Monday.',
      'The mayor said tolls would stay suspended.',
      'Crews finished the deck on Sunday.',
    ]);
    // Offsets still point into the text: the page highlight finds the sentence where it is.
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a sentence that starts with the verb "update"', () => {
    expect(texts('Update your address before Friday, the office said.')).toHaveLength(1);
  });

  it('never makes furniture a claim, a unique detail or a page sentence', () => {
    const furniture = 'By Ann Lee Daily Courier\n\nADVERTISING\n\n';
    const tail = '\n\nThis article originally appeared in the Daily Courier.\n\n(c) 2031 Daily Courier';
    const a = report(
      'page',
      `${furniture}The harbor bridge reopened on Monday after two weeks of repairs.${tail}`,
    );
    const b = report(
      'b',
      `${furniture}The harbor bridge reopened Monday after repairs lasting two weeks.${tail}`,
    );
    const c = compareArticles([a, b], { pageId: 'page' });
    const said = [
      ...c.claims.flatMap((k) => k.sentences.map((s) => s.text)),
      ...Object.values(c.unique).flatMap((u) => u.map((d) => d.text)),
      ...c.page.map((s) => s.text),
    ];
    expect(said.some((t) => /ADVERTISING|Ann Lee|originally appeared|2031/.test(t))).toBe(false);
    expect(c.claims).toHaveLength(1);
  });
});
