// Boilerplate rules on small synthetic texts: each kind goes, article prose stays.
import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanArticleText } from '../../lib/corpus/clean.ts';
import { deriveHeadline, firstSentence, shortenAtWord } from '../../lib/corpus/headline.ts';
import { splitParagraphs } from '../../lib/corpus/paragraphs.ts';

const BODY = 'The council voted 7-2 on Tuesday to fund the new tram line.';
const OTHER = '“This is a good day for the city,” the mayor said after the vote.';
const clean = (...lines: string[]) => cleanArticleText([BODY, '', ...lines, '', OTHER].join('\n'));
const kept = [BODY, OTHER].join('\n\n');

describe('cleanArticle: one paragraph of furniture at a time', () => {
  const cases: [string, string[]][] = [
    ['donation call', ['Support The Daily Planet!']],
    ['donation buttons', ['Donate now', 'Not ready to support us today?', 'Remind me later.']],
    ['payment widget', ['Once', 'Monthly', 'Annual', 'Continue', 'paiment methods', '$5/month']],
    [
      'newsletter sign-up',
      ['Sign up for our free daily newsletter', 'Subscribers agree to the Privacy Policy'],
    ],
    [
      'newsletter blurb',
      ['Our weekly newsletter brings the best stories to your inbox every Friday. Preview'],
    ],
    ['read more', ['Read more', 'Related: Tram fares to rise in May']],
    ['advertising', ['ADVERTISING', 'Advertisement']],
    ['share bar', ['Share this story', 'Share on Facebook']],
    [
      'syndication line',
      ['This article originally appeared in The Daily Planet.', 'Originally published by Wire Co.'],
    ],
    [
      'copyright line',
      ['© 2025 The Daily Planet', '(c) 2024 Wire Co. All rights reserved.', 'Copyright 2025 AP'],
    ],
    ['embedded link', ['Tram fans celebrated… pic.twitter.com/AbC123xyz']],
    ['lone handle', ['@dailyplanet']],
    ['image credit', ['Photo: Jane Roe / Daily Planet', 'Getty Images']],
    ['comments', ['Comments', '12 comments']],
    [
      'update or correction label',
      [
        'UPDATE:',
        'Update 2',
        'Correction: March 3, 2025',
        "Editor's note:",
        'This post has been revised to reflect the following correction:',
      ],
    ],
  ];
  it.each(cases)('removes a %s', (_kind, lines) => {
    expect(clean(...lines)).toBe(kept);
  });

  it('says what it removed and why', () => {
    const { removed } = cleanArticle(`${BODY}\n\nADVERTISING\n\n© 2025 X`);
    expect(removed).toEqual([
      { kind: 'advertising', text: 'ADVERTISING' },
      { kind: 'copyright', text: '© 2025 X' },
    ]);
  });

  it('keeps prose that merely mentions the same words', () => {
    const prose = [
      'Residents who support the tram line packed the hall, and several said they had read more than one report.',
      'The paper’s newsletter editor, who covers transit, said subscribers had asked for the vote to be streamed.',
      'Photographers were asked to leave before the closed session began.',
      'By the end of the night, the council had also approved a cycling lane.',
      'Comments from the public lasted two hours.',
      'Update your address before Friday, the clerk said.',
      'support the tram!',
    ];
    const text = prose.join('\n\n');
    expect(cleanArticleText(text)).toBe(text);
  });
});

describe('cleanArticle: blocks', () => {
  it('removes a reader-appeal block from its opener to its last appeal paragraph', () => {
    const text = [
      BODY,
      'A Message from The Daily Planet:',
      'Dear readers,',
      'We are facing hard times. Our newsroom has been targeted.',
      'Your support, no matter how small, keeps independent journalism alive.',
      'Once',
      'Monthly',
      OTHER,
    ].join('\n\n');
    expect(cleanArticleText(text)).toBe(kept);
  });

  it('keeps a "Dear readers" letter that asks for nothing', () => {
    const text = [BODY, 'Dear readers,', 'The tram will stop at the cathedral from June.', OTHER].join(
      '\n\n',
    );
    expect(cleanArticleText(text)).toBe(text);
  });

  it('removes an embedded post: its text, signature line and link, not the article quoting it', () => {
    const text = [
      BODY,
      'The mayor wrote on X: "A great day for our city."',
      'A great day for our city. Trams are coming back to Elm Street.',
      '— Mayor Ana Diaz (@MayorDiaz) March 3, 2025',
      'A great day… pic.twitter.com/xYz987',
      OTHER,
    ].join('\n');
    expect(cleanArticleText(text)).toBe(
      [BODY, 'The mayor wrote on X: "A great day for our city."', OTHER].join('\n\n'),
    );
  });

  it('removes a byline line and a copy of the known headline at the top', () => {
    const text = ['Council backs tram line', 'By Jane Roe and John Doe Daily Planet', BODY, OTHER].join('\n');
    expect(cleanArticleText(text, { headline: 'Council Backs Tram Line.' })).toBe(kept);
  });

  it('keeps a first paragraph that is not the headline', () => {
    expect(cleanArticleText(`${BODY}\n\n${OTHER}`, { headline: 'Council backs tram line' })).toBe(kept);
  });
});

describe('paragraphs', () => {
  it('normalizes spacing, blank-line runs, no-break spaces and Unicode form', () => {
    const raw = '\u00a0\n  Cafe\u0301  opens.  \r\n\r\n\r\n\n\u00a0\nSecond\u00a0 line. \n';
    expect(cleanArticleText(raw)).toBe('Café opens.\n\nSecond line.');
  });

  it('treats each line as a paragraph but joins hard-wrapped lines', () => {
    const raw =
      'The council voted on Tuesday to fund the new tram line, which\nwill run from the station to the port.\nA second paragraph.';
    expect(splitParagraphs(raw)).toEqual([
      'The council voted on Tuesday to fund the new tram line, which will run from the station to the port.',
      'A second paragraph.',
    ]);
  });
});

describe('derived headlines', () => {
  it('uses the lead sentence without its dateline or final period', () => {
    expect(deriveHeadline('KYIV, Ukraine — The council voted. Then it rested.\n\nMore.')).toBe(
      'The council voted',
    );
    expect(deriveHeadline('LONDON (Reuters) - Prices rose. More text.')).toBe('Prices rose');
  });

  it('does not stop at abbreviations', () => {
    expect(firstSentence('Mr. Smith met U.S. officials in St. Louis. Then he left.')).toBe(
      'Mr. Smith met U.S. officials in St. Louis.',
    );
  });

  it('shortens at a word boundary, never on a dangling word, and marks the cut', () => {
    const long =
      'The city council of a large port town voted on Tuesday evening to fund the long-awaited tram line to the airport and the university';
    const short = shortenAtWord(long);
    expect(short.length).toBeLessThanOrEqual(110);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/\b(?:the|to|and|of)…$/);
  });
});
