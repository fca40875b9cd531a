// Bylines as pages really write them: a byline is a person or an organization, never a date,
// and it carries no "By" of its own (the UI writes one). The cases come from saved real pages
// (Washington Post, Seattle Times) and from byline boxes that hold only a <time>.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bylineOf, isDateOnly } from '../../lib/extract/byline';
import { extractPage } from '../../lib/extract/index';
import { strings } from '../../components/strings';

const BODY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>The harbour authority said on Tuesday that paragraph ${i + 1} of this report describes the new ferry terminal, its four berths and the schedule for the coming summer season in some detail.</p>`,
).join('');

/** A whole article page, with the given head and a byline box above the body. */
const page = (head: string, byline: string) =>
  extractPage(
    new JSDOM(
      `<html lang="en"><head><title>Ferry terminal opens</title><meta property="og:type" content="article">${head}</head>` +
        `<body><article><h1>Ferry terminal opens</h1>${byline}${BODY}</article></body></html>`,
      { url: 'https://news.example/ferry' },
    ).window.document,
  ).page;

describe('bylineOf', () => {
  it('keeps one name without its "By", however many the page wrote', () => {
    expect(bylineOf('By Steven Mufson')).toBe('Steven Mufson');
    expect(bylineOf('By By Steven Mufson')).toBe('Steven Mufson');
    expect(bylineOf('BY:  Ana Ruiz and Tom Berg')).toBe('Ana Ruiz and Tom Berg');
    expect(bylineOf('By\n\t\t\tScott Cunningham')).toBe('Scott Cunningham');
    expect(strings.byline(bylineOf('By By Steven Mufson')!)).toBe('By Steven Mufson');
  });

  it('is never a date', () => {
    expect(bylineOf('By April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
    expect(bylineOf('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
    expect(bylineOf('Published 12/03/2026 09:14 GMT')).toBeNull();
    expect(bylineOf('Tuesday, 8 April 2025')).toBeNull();
    expect(bylineOf('By')).toBeNull();
    expect(isDateOnly('April 28, 2019 at 6:01 am')).toBe(true);
  });

  it('keeps the names before a dateline, and names that look like months', () => {
    expect(bylineOf('By Steven Mufson April 28, 2019 at 6:01 am')).toBe('Steven Mufson');
    expect(bylineOf('Steven Mufson | Updated April 29, 2019')).toBe('Steven Mufson');
    expect(bylineOf('By Priya Natarajan, 14 March 2025')).toBe('Priya Natarajan');
    expect(bylineOf('By April Ryan')).toBe('April Ryan');
    // Name, date and comment count in three elements with no space between (Breitbart).
    expect(bylineOf('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(bylineOf('June Carter and May Lee')).toBe('June Carter and May Lee');
    expect(bylineOf('Reuters')).toBe('Reuters');
    expect(bylineOf('Written by Rob Ewaschuk Edited by Betsy Beyer')).toBe(
      'Written by Rob Ewaschuk Edited by Betsy Beyer',
    );
  });
});

describe('the byline of a page', () => {
  it('a byline box holding only a <time> is no byline', () => {
    const p = page(
      '',
      '<div class="byline"><time datetime="2019-04-28T06:01:07">April 28, 2019 at 6:01 am</time></div>',
    );
    expect(p.byline).toBeNull();
  });

  it('a dateline in the byline box gives way to the author the page declares', () => {
    const p = page(
      '<meta itemprop="author" content="Benjamin Romano">',
      '<div class="byline">By April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm</div>',
    );
    expect(p.byline).toBe('Benjamin Romano');
  });

  it('"By" written in the markup and in the text is one "By"', () => {
    const p = page('', '<div class="byline">By <span class="author">By Steven Mufson</span></div>');
    expect(p.byline).toBe('Steven Mufson');
  });

  it('a metadata author that is a date falls back to the next source that names someone', () => {
    const p = page(
      '<meta name="author" content="April 28, 2019"><meta property="article:author" content="Lee Chang">',
      '',
    );
    expect(p.byline).toBe('Lee Chang');
  });
});
