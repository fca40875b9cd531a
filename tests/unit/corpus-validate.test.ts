// Reading a corpus a reader wrote: every problem named with its line, in plain words.
import { describe, expect, it } from 'vitest';
import {
  corpusToNdjson,
  formatProblem,
  parseCorpusText,
  validateArticle,
} from '../../lib/corpus/validate.ts';

const ok = (id: string, text = `Text of ${id}.`) => JSON.stringify({ id, title: `Title ${id}`, text });
const messages = (text: string, fileName?: string) =>
  parseCorpusText(text, fileName).problems.map(formatProblem);

describe('parseCorpusText: NDJSON', () => {
  it('reads one article per line, skipping blank lines, with defaults for what is absent', () => {
    const { articles, problems } = parseCorpusText(`${ok('a')}\n\n${ok('b')}\n`);
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'a',
        title: 'Title a',
        titleDerived: false,
        text: 'Text of a.',
        outlet: null,
        date: null,
        byline: null,
        url: null,
        lang: null,
      },
      {
        id: 'b',
        title: 'Title b',
        titleDerived: false,
        text: 'Text of b.',
        outlet: null,
        date: null,
        byline: null,
        url: null,
        lang: null,
      },
    ]);
  });

  it('names the line of each problem, and keeps the valid articles', () => {
    const text = [
      ok('a'),
      '{"id":"b","title":"T"}',
      '',
      'not json',
      ok('a', 'Other text.'),
      ok('c', 'Text  of a.'),
      '[1]',
    ].join('\n');
    const { articles, problems, warnings } = parseCorpusText(text);
    expect(problems.map(formatProblem)).toEqual([
      'line 2: missing field "text"',
      "line 4: not valid JSON: Unexpected token 'o'",
      'line 5: duplicate id "a" (first on line 1)',
      'line 7: expected an article object, got an array',
    ]);
    expect(problems[0]).toEqual({ line: 2, message: 'missing field "text"' });
    // The same text again (no outlet or address tells them apart): a warning, not a problem.
    expect(warnings.map(formatProblem)).toEqual([
      'line 6: same text, outlet and address as id "a" (line 1): left out',
    ]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
  });

  it("keeps another outlet's copy of a text (wire copy), marked identical to the first", () => {
    const wire = (id: string, outlet: string, url: string | null = null, text = 'The council voted.') =>
      JSON.stringify({ id, title: 'T', text, outlet, url });
    const text = [
      wire('ap', 'AP', 'https://apnews.com/a'),
      wire('yahoo', 'Yahoo News', 'https://news.yahoo.com/a', 'The  council   VOTED.'),
      wire('ap-2', 'AP', 'https://apnews.com/a-2'),
      wire('ap-again', 'AP', 'https://www.apnews.com/a/'),
      wire('other', 'AP', null, 'Another text.'),
    ].join('\n');
    const { articles, problems, warnings } = parseCorpusText(text);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.id, a.identicalTo ?? null])).toEqual([
      ['ap', null],
      ['yahoo', 'ap'],
      ['ap-2', 'ap'],
      ['other', null],
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      'line 2: same text as id "ap" (line 1): kept as a copy of it (wire copy)',
      'line 3: same text as id "ap" (line 1): kept as a copy of it (wire copy)',
      'line 4: same text, outlet and address as id "ap" (line 1): left out',
    ]);
  });

  it('says what a field should hold', () => {
    const bad = {
      id: '',
      text: 42,
      title: ['x'],
      date: '8 April 2025',
      url: 'javascript:alert(1)',
      lang: 'English language',
      outlet: 3,
    };
    expect(messages(JSON.stringify(bad))).toEqual([
      'line 1: field "id" is empty',
      'line 1: field "text" must be a string, got a number',
      'line 1: field "title" must be a string or null, got an array',
      'line 1: field "outlet" must be a string or null, got a number',
      'line 1: field "date" must be an ISO 8601 date (2025-04-08) or date-time (2025-04-08T10:30:00Z) or null, got "8 April 2025"',
      'line 1: field "url" must be an http(s) address or null, got "javascript:alert(1)"',
      'line 1: field "lang" must be a language tag such as "en" or "pt-BR" or null, got "English language"',
    ]);
  });

  it('accepts dates, date-times, web addresses and language tags, and ignores unknown fields', () => {
    const good = ['2025-04-08', '2025-04-08T10:30Z', '2025-04-08T10:30:00.123+02:00'].map((date, i) =>
      JSON.stringify({
        id: `x${i}`,
        title: 'T',
        text: `t${i}`,
        date,
        url: 'https://example.org/a?b=1',
        lang: 'pt-BR',
        extra: { any: 1 },
      }),
    );
    const { articles, problems } = parseCorpusText(good.join('\n'));
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.date)).toEqual([
      '2025-04-08',
      '2025-04-08T10:30Z',
      '2025-04-08T10:30:00.123+02:00',
    ]);
    expect(articles[0]).not.toHaveProperty('extra');
  });

  it('refuses impossible calendar dates', () => {
    expect(messages('{"id":"a","text":"t","date":"2025-02-30"}')[0]).toMatch(/^line 1: field "date" must be/);
  });

  it('derives a missing title from the lead and marks it', () => {
    const { articles } = parseCorpusText(
      '{"id":"a","text":"Trams return to Elm Street. The council agreed."}',
    );
    expect(articles[0]?.title).toBe('Trams return to Elm Street');
    expect(articles[0]?.titleDerived).toBe(true);
  });

  it('handles Windows newlines and a byte-order mark', () => {
    const { articles, problems } = parseCorpusText(`\ufeff${ok('a')}\r\n${ok('b')}\r\n`);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(2);
  });

  it('reports an empty text', () => {
    expect(parseCorpusText('  \n\n')).toEqual({
      articles: [],
      problems: [{ line: null, message: 'no articles: the text is empty' }],
      warnings: [],
    });
  });
});

describe('parseCorpusText: JSON documents', () => {
  it('reads a JSON array and gives each element its line', () => {
    const text = `[\n  ${ok('a')},\n  {\n    "id": "a",\n    "text": "other"\n  },\n  {"text": "z"}\n]`;
    expect(messages(text)).toEqual([
      'line 3: duplicate id "a" (first on line 2)',
      'line 7: missing field "id"',
    ]);
  });

  it('reads a corpus file like assets/corpus.json', () => {
    const text = JSON.stringify(
      { schema: 1, story: null, articles: [JSON.parse(ok('a')), { id: 'b' }] },
      null,
      2,
    );
    const { articles, problems } = parseCorpusText(text);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(problems.map(formatProblem)).toEqual(['line 10: missing field "text"']);
  });

  it('reads a single pretty-printed article', () => {
    const { articles, problems } = parseCorpusText(JSON.stringify(JSON.parse(ok('a')), null, 2));
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
  });

  it('finds the line of a syntax error in an array', () => {
    expect(messages('[\n  {"id": "a",\n   "text": }\n]')).toEqual([
      "line 3: not valid JSON: Unexpected token '}'",
    ]);
    expect(messages('[\n  {"id": "a", "text": "t"},\n  {"id": "b"\n')).toEqual([
      expect.stringMatching(/^line 3: not valid JSON: /),
    ]);
  });

  it('reads a .ndjson file line by line even when it starts with "["', () => {
    expect(messages('[1]\n', 'my.ndjson')).toEqual(['line 1: expected an article object, got an array']);
  });
});

describe('validateArticle', () => {
  it('prefixes problems with where they are', () => {
    expect(validateArticle({ id: 'a' }, 'item 2')).toEqual({ problems: ['item 2: missing field "text"'] });
    expect(validateArticle('x', 'item 1').problems).toEqual(['item 1: expected an article object, got "x"']);
    expect(validateArticle(JSON.parse(ok('a')), 'item 1').article?.id).toBe('a');
  });
});

describe('corpusToNdjson', () => {
  it('round-trips a corpus unchanged', () => {
    const { articles } = parseCorpusText([ok('a'), ok('b')].join('\n'));
    const ndjson = corpusToNdjson(articles);
    expect(ndjson.split('\n')).toHaveLength(3);
    expect(parseCorpusText(ndjson)).toEqual({ articles, problems: [], warnings: [] });
  });
});
