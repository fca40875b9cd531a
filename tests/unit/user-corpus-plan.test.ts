// Checking an import before anything is stored: problems by line, duplicates, pages as articles.
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../lib/corpus/validate';
import { pageFromText } from '../../lib/plain-text';
import { articleFromPage, formatDuplicate, planImport } from '../../lib/user-corpus';
import { corpusEntries } from '../../lib/user-corpus/entries';
import { textHash } from '../../lib/corpus/text-key';
import { article, ndjson } from './user-corpus-helpers';

describe('planImport', () => {
  it('lists what would be added and what repeats, without storage', () => {
    const existing = [
      { id: 'seed-000', text: 'The bundled story.', origin: 'bundled' as const },
      { id: 'mine', text: 'A story I added.' },
    ];
    const plan = planImport(
      ndjson([article('a'), article('mine'), { id: 'b', text: 'a story  I ADDED.' }, article('a')]),
      existing,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.articles.map((a) => [a.id, a.origin])).toEqual([['a', 'user']]);
    expect(plan.duplicates.map(formatDuplicate)).toEqual([
      'line 2: id "mine" is taken already in your corpus',
      'line 3: "b" has the same text as "mine" already in your corpus',
      'line 4: id "a" is taken earlier in the file',
    ]);
  });

  it('reports every problem with its line and plans nothing when there is one', () => {
    const text = [
      '[',
      JSON.stringify(article('a')),
      ',',
      '{"id": 3, "text": "x", "date": "2025-13-01"}',
      ']',
    ].join('\n');
    const plan = planImport(text, []);
    expect(plan.articles).toEqual([]);
    expect(plan.problems).toEqual([
      { line: 4, message: 'field "id" must be a string, got a number' },
      {
        line: 4,
        message:
          'field "date" must be an ISO 8601 date (2025-04-08) or date-time (2025-04-08T10:30:00Z) or null, got "2025-13-01"',
      },
    ]);
    expect(planImport('', []).problems).toEqual([{ line: null, message: 'no articles: the text is empty' }]);
    expect(planImport('[{"id": "a",', []).problems[0]).toMatchObject({ line: 1 });
  });

  it('reads every format parseCorpusText reads, with the same articles and the same problems', () => {
    const texts: [string, string?][] = [
      [ndjson([article('a'), article('b')])],
      [JSON.stringify([article('a'), article('b')], null, 2)],
      [JSON.stringify({ schema: 1, story: null, articles: [article('a')] }, null, 2)],
      [JSON.stringify(article('a'))],
      [`\ufeff${ndjson([article('a')]).replace(/\n/g, '\r\n')}`],
      [JSON.stringify([article('a')]), 'corpus.ndjson'],
      ['{"articles": 3}'],
      ['[1, {"id": "a"}]'],
      ['{"id":"a","text":"x"}\nnope\n\n{"id":"b"}\n'],
    ];
    for (const [text, fileName] of texts) {
      const reference = parseCorpusText(text, fileName);
      const plan = planImport(text, [], fileName);
      expect(plan.problems, text).toEqual(reference.problems);
      // All or nothing: a file with a problem plans no article.
      const expected = reference.problems.length > 0 ? [] : reference.articles;
      expect(
        plan.articles.map(({ origin: _o, ...a }) => a),
        text,
      ).toEqual(expected);
      const lines = corpusEntries(text, fileName).entries.map((e) => e.line);
      expect(
        lines.every((l) => l === null || l >= 1),
        text,
      ).toBe(true);
    }
  });

  it('hashes texts alike when they differ only in case, spacing or Unicode form', () => {
    expect(textHash('Café  opens\n\nToday')).toBe(textHash('cafe\u0301 OPENS today'));
    expect(textHash('Café opens today')).not.toBe(textHash('Café opens tomorrow'));
    expect(textHash('x')).toMatch(/^[0-9a-z]{22}$/);
  });
});

describe('articleFromPage', () => {
  const body = Array.from({ length: 12 }, (_, i) => `Sentence ${i} about the bridge vote in the town.`).join(
    ' ',
  );

  it('keeps the metadata a corpus accepts and normalizes or drops the rest', () => {
    const extracted = pageFromText(`Bridge vote passes\n\n${body}`);
    extracted.page.siteName = 'The Gazette';
    extracted.page.publishedTime = 'Tue, 08 Apr 2025 10:30:00 GMT';
    extracted.page.lang = 'en_GB';
    extracted.page.url = 'file:///home/me/page.html';
    const result = articleFromPage(extracted, 'page-1');
    expect(result).toEqual({
      article: {
        id: 'page-1',
        title: 'Bridge vote passes',
        titleDerived: false,
        text: body,
        outlet: 'The Gazette',
        date: '2025-04-08T10:30:00.000Z',
        byline: null,
        url: null,
        lang: 'en-GB',
      },
    });
  });

  it('gives a page a stable id from its address, and says why a page is not an article', () => {
    const page = (url: string) => {
      const p = pageFromText(body);
      p.page.canonicalUrl = url;
      return p;
    };
    const id = (url: string) => {
      const result = articleFromPage(page(url));
      return 'article' in result ? result.article.id : null;
    };
    expect(id('https://news.example/a#top')).toEqual(id('https://news.example/a'));
    expect(id('https://news.example/a')).toMatch(/^user-[0-9a-z]{12}$/);
    expect(id('https://news.example/a')).not.toEqual(id('https://news.example/b'));
    expect(articleFromPage(page('https://news.example/a#top'))).toMatchObject({
      article: { url: 'https://news.example/a' },
    });
    expect(articleFromPage(pageFromText('Too short to be an article.'))).toEqual({
      skipped: 'not an article (plain text under 80 words)',
    });
  });
});

describe('planImport: wire copy', () => {
  const wire = (id: string, outlet: string | null, url: string | null = null) => ({
    ...article('wire'),
    id,
    outlet,
    url,
  });

  it('keeps the same text from another outlet or address, marked identical to the first; the same article again is a duplicate', () => {
    const existing = [
      {
        id: 'seed-ap',
        text: article('wire').text,
        outlet: 'AP',
        url: 'https://apnews.com/x',
        origin: 'bundled' as const,
      },
    ];
    const plan = planImport(
      ndjson([
        wire('yahoo', 'Yahoo News', 'https://news.yahoo.com/x'), // another outlet: a copy
        wire('ap-again', 'AP', 'https://www.apnews.com/x/'), // the bundled article again
        wire('yahoo-2', 'Yahoo News', 'https://news.yahoo.com/x?utm_source=feed'), // line 1 again
        wire('ap-elsewhere', 'AP', 'https://apnews.com/y'), // the same outlet at another address
      ]),
      existing,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.articles.map((a) => [a.id, a.identicalTo])).toEqual([
      ['yahoo', 'seed-ap'],
      ['ap-elsewhere', 'seed-ap'],
    ]);
    expect(plan.duplicates.map(formatDuplicate)).toEqual([
      'line 2: "ap-again" has the same text as "seed-ap" in the bundled corpus',
      'line 3: "yahoo-2" has the same text as "yahoo" earlier in the file',
    ]);
  });

  it('a text without outlet or address given twice is still a duplicate', () => {
    const plan = planImport(ndjson([wire('a', null), wire('b', null)]), []);
    expect(plan.articles.map((a) => a.id)).toEqual(['a']);
    expect(plan.duplicates).toMatchObject([{ id: 'b', reason: 'text', of: 'a' }]);
  });
});
