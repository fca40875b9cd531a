/**
 * Fuzz tests: extraction, matching and comparison on generated hostile and malformed inputs.
 * No exception escapes, the work finishes, and results stay well-formed. Seeded, so a failure
 * is reproducible (the seed is in the test name).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '@/lib/compare';
import { extractPage, probePage } from '@/lib/extract';
import { createIndex, createMatcher, loadIndex, serializeIndex } from '@/lib/match';
import { pageFromText } from '@/lib/plain-text';
import type { CorpusArticle, ExtractedPage } from '@/lib/types';
import { mulberry32 } from '../../scripts/prng';

/** Uniform in [0, 1), from a seed. */
function rng(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

const PIECES = [
  'The council voted on Monday. ',
  '“Quoted words,” said Mayor Ana Ruiz. ',
  'U.S. officials said 3.5 million (12%) were affected. ',
  'مرحبا بالعالم. ',
  '北京市发生了地震。',
  '😀🔥👍🏽 ',
  '\u202Eevil\u202C ',
  'ｆｕｌｌｗｉｄｔｈ ',
  '\u0000',
  '\uD800',
  '\uDC00x',
  'A'.repeat(5000),
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  'javascript:alert(1) ',
  '\n\n',
  '...',
  '"',
  '— ',
  'Mr. J. R. R. Tolkien Jr. went to Washington, D.C. on Jan. 5. ',
];

function junk(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

const TAGS = [
  'div',
  'p',
  'article',
  'section',
  'span',
  'table',
  'tr',
  'td',
  'h1',
  'a',
  'b',
  'script',
  'style',
  'iframe',
];

function randomHtml(r: () => number): string {
  let html = r() < 0.5 ? '<!doctype html><html><head><title>' + junk(r, 2) + '</title>' : '';
  if (r() < 0.5)
    html +=
      '<script type="application/ld+json">' +
      (r() < 0.5 ? '{"@type":"NewsArticle",' : '[{') +
      junk(r, 2) +
      '</script>';
  if (r() < 0.5)
    html +=
      '<meta property="og:type" content="article"><meta property="article:published_time" content="' +
      junk(r, 1) +
      '">';
  html += '<body>';
  const depth = Math.floor(r() * 40);
  for (let i = 0; i < depth; i++) {
    const tag = TAGS[Math.floor(r() * TAGS.length)]!;
    html += `<${tag}${r() < 0.3 ? ' class="content article-body"' : ''}>${junk(r, Math.floor(r() * 6))}`;
    if (r() < 0.3) html += `</${tag}>`;
  }
  return html;
}

function wellFormedPage(p: ExtractedPage): void {
  expect(typeof p.page.isArticle).toBe('boolean');
  expect(Number.isInteger(p.page.wordCount) && p.page.wordCount >= 0).toBe(true);
  expect(Array.isArray(p.page.signals)).toBe(true);
  expect(typeof p.text).toBe('string');
  for (const para of p.paragraphs) expect(typeof para.text).toBe('string');
}

describe('extraction fuzz', { timeout: 120_000 }, () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`survives random malformed HTML (seed ${seed})`, () => {
      const r = rng(seed);
      for (let i = 0; i < 15; i++) {
        const dom = new JSDOM(randomHtml(r), {
          url: 'https://example.test/a',
          virtualConsole: new VirtualConsole(),
        });
        const doc = dom.window.document;
        const probe = probePage(doc, 'https://example.test/a');
        expect(typeof probe.likely).toBe('boolean');
        wellFormedPage(extractPage(doc, 'https://example.test/a'));
        dom.window.close();
      }
    });
  }

  it('survives a 1 MB paragraph, 5,000-level nesting, and an empty document', () => {
    const cases = [
      `<html><body><article><h1>Big</h1><p>${'word '.repeat(200_000)}</p></article></body></html>`,
      `<html><body>${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}</body></html>`,
      '',
      '<html><body><p>one</p></body></html>',
    ];
    for (const html of cases) {
      const dom = new JSDOM(html, { url: 'https://example.test/b', virtualConsole: new VirtualConsole() });
      wellFormedPage(extractPage(dom.window.document, 'https://example.test/b'));
      // jsdom's own teardown recurses through the tree and overflows on 5,000 levels; the
      // document is garbage either way.
    }
  });
});

function article(r: () => number, id: string): CorpusArticle {
  return {
    id,
    title: junk(r, 2),
    text: junk(r, 5 + Math.floor(r() * 40)),
    outlet: r() < 0.5 ? null : junk(r, 1),
    date: null,
  };
}

describe('matching fuzz', { timeout: 120_000 }, () => {
  it('scores hostile articles in [0, 1] with a known verdict, and round-trips its index', () => {
    const r = rng(42);
    const corpus = Array.from({ length: 60 }, (_, i) => article(r, `a${i}`));
    corpus.push({ id: 'empty', title: '', text: '', outlet: null, date: null });
    const index = createIndex(corpus);
    const matcher = createMatcher(index);
    const again = createMatcher(loadIndex(JSON.parse(JSON.stringify(serializeIndex(index)))));
    for (let i = 0; i < 40; i++) {
      const q = article(r, `q${i}`);
      const res = matcher.match({ title: q.title, text: q.text });
      for (const m of res.matches) {
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(['same-story', 'related', 'different']).toContain(m.verdict);
      }
      // The loaded index gives the same matches (scores may differ in the last bits of a float).
      const loaded = again.match({ title: q.title, text: q.text });
      expect(loaded.matches.map((m) => [m.id, m.verdict])).toEqual(res.matches.map((m) => [m.id, m.verdict]));
      loaded.matches.forEach((m, k) => expect(m.score).toBeCloseTo(res.matches[k]!.score, 9));
    }
    for (const text of ['', 'word', '\u0000\uD800', 'x'.repeat(1_000_000)]) {
      expect(() => matcher.match({ title: null, text })).not.toThrow();
    }
  });
});

describe('comparison fuzz', { timeout: 120_000 }, () => {
  for (const seed of [7, 8, 9]) {
    it(`keeps the contract on hostile stories (seed ${seed})`, () => {
      const r = rng(seed);
      const inputs = Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => {
        const a = article(r, i === 0 ? 'page' : `o${i}`);
        return { id: a.id, outlet: a.outlet, headline: a.title, published: null, text: a.text };
      });
      const c = compareArticles(inputs, { pageId: 'page' });
      const ids = new Set(inputs.map((i) => i.id));
      for (const claim of c.claims) for (const id of claim.outlets) expect(ids.has(id)).toBe(true);
      for (const q of c.quotes) for (const v of q.variants) expect(ids.has(v.id)).toBe(true);
      for (const d of c.discrepancies) for (const v of d.values) expect(ids.has(v.id)).toBe(true);
      for (const s of c.page) for (const id of s.support) expect(ids.has(id) && id !== 'page').toBe(true);
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    });
  }

  it('handles empty, one-word, huge and script-mixed reports', () => {
    const texts = [
      '',
      'Word',
      `${'Long sentence about the council vote. '.repeat(20_000)}`,
      'مرحبا. 北京。 😀 Hello.',
    ];
    const c = compareArticles(
      texts.map((text, i) => ({
        id: i === 0 ? 'page' : `t${i}`,
        outlet: null,
        headline: null,
        published: null,
        text,
      })),
      { pageId: 'page' },
    );
    expect(Array.isArray(c.claims)).toBe(true);
  });

  it('plain-text pages of any content are well-formed', () => {
    const r = rng(99);
    for (let i = 0; i < 50; i++) wellFormedPage(pageFromText(junk(r, Math.floor(r() * 30))));
  });
});
