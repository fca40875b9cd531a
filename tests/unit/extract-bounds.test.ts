// Hostile or huge pages: bounded work, no exception, and a sane verdict with its reason.
// (How long it takes is measured in bench/extract.bench.ts, not asserted here.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { trimmedTextLength } from '../../lib/extract/element-tests';
import { extractPage, probePage } from '../../lib/extract/index';

const SENTENCE =
  'The committee met again on Thursday to discuss the plan, and its members disagreed on the cost. ';

/** A page of 100,000 elements, built by cloning (parsing that much HTML in a test is slow). */
function hugePage(withArticle: boolean): Document {
  const doc = new JSDOM(
    '<!doctype html><html><head><title>Huge</title></head><body><main></main></body></html>',
    {
      url: 'https://huge.test/page',
    },
  ).window.document;
  const main = doc.querySelector('main')!;
  if (withArticle) {
    const article = doc.createElement('article');
    for (let i = 0; i < 8; i++)
      article.append(Object.assign(doc.createElement('p'), { textContent: SENTENCE.repeat(3) }));
    main.append(article);
  }
  const unit = doc.createElement('div');
  unit.append(doc.createElement('span'), doc.createElement('a'), doc.createElement('i'));
  const block = doc.createElement('section');
  for (let i = 0; i < 100; i++) block.append(unit.cloneNode(true));
  for (let i = 0; i < 250; i++) main.append(block.cloneNode(true));
  return doc;
}

function deepTables(levels: number): Document {
  let html = `<p>${SENTENCE.repeat(3)}</p><p>${SENTENCE.repeat(3)}</p><p>${SENTENCE.repeat(3)}</p>`;
  for (let i = 0; i < levels; i++) html = `<table><tr><td>Menu ${i}</td><td>${html}</td></tr></table>`;
  return new JSDOM(`<html><head><title>Old layout</title></head><body>${html}</body></html>`).window.document;
}

describe('bounded work', () => {
  it('probes a 100,000-element page without walking all of it', { timeout: 120_000 }, () => {
    const doc = hugePage(false);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(100_000);
    const p = probePage(doc);
    expect(p.likely).toBe(false);
    expect(p.signals).toContain('large-page');
  });

  it(
    'declines to extract a 100,000-element article page, saying it is too large',
    { timeout: 120_000 },
    () => {
      const doc = hugePage(true);
      expect(probePage(doc).likely).toBe(true);
      const result = extractPage(doc);
      expect(result.page.isArticle).toBe(false);
      expect(result.page.signals).toContain('too-large');
      expect(result.reason).toBe('This page is too large to read.');
    },
  );

  it('extracts the article from a 50-level-deep table layout', { timeout: 60_000 }, () => {
    const doc = deepTables(50);
    const result = extractPage(doc);
    expect(result.page.isArticle).toBe(true);
    const body = result.paragraphs.filter((p) => p.text.startsWith('The committee'));
    expect(body).toHaveLength(3);
    // Each leads back to its <p>, a hundred levels down.
    for (const p of body) expect(p.path!.length).toBeGreaterThan(150);
  });

  it('declines an article nested a thousand levels deep, which Readability would take ages on', () => {
    const doc = new JSDOM('<html><body></body></html>').window.document;
    let el: Element = doc.body;
    for (let i = 0; i < 1000; i++) el = el.appendChild(doc.createElement('div'));
    for (let i = 0; i < 3; i++)
      el.append(Object.assign(doc.createElement('p'), { textContent: SENTENCE.repeat(3) }));
    const result = extractPage(doc);
    expect(result.page.isArticle).toBe(false);
    expect(result.page.signals).toEqual(expect.arrayContaining(['too-deep', 'too-large']));
    expect(result.reason).toBe('This page is too large to read.');
  });

  it('reports a page whose DOM misbehaves instead of throwing', () => {
    const doc = new JSDOM(`<html><body><p>${SENTENCE.repeat(4)}</p></body></html>`).window.document;
    Object.defineProperty(doc, 'getElementsByTagName', {
      value: () => {
        throw new TypeError('broken by the page');
      },
    });
    expect(probePage(doc)).toMatchObject({ likely: false, signals: ['error:TypeError'] });
    const result = extractPage(doc);
    expect(result.page.isArticle).toBe(false);
    expect(result.reason).toBe('This page could not be read.');
  });

  it('turns an empty document into a clean "not an article"', () => {
    const result = extractPage(new JSDOM('').window.document);
    expect(result.page.isArticle).toBe(false);
    expect(result.reason).toBe('Too little running text.');
  });
});

describe('measuring the text of a container', () => {
  const doc = new JSDOM('<div id="a">  <p>one </p><script> x </script><p> two  </p>\n</div>').window.document;
  const el = doc.getElementById('a')!;

  it('is textContent.trim().length below the cap', () => {
    expect(trimmedTextLength(el, 1000)).toBe((el.textContent ?? '').trim().length);
  });

  it('stops at the cap on a huge element, whitespace or not', () => {
    const huge = new JSDOM(`<article>${'<p>word </p>'.repeat(20_000)}</article>`).window.document.body
      .firstElementChild!;
    expect(trimmedTextLength(huge, 500)).toBe(500);
    const spaces = new JSDOM(`<div>${'<span>   </span>'.repeat(1000)}<b>end</b></div>`).window.document.body
      .firstElementChild!;
    expect(trimmedTextLength(spaces, 100)).toBe(3);
  });
});
