// Each extracted paragraph leads back to its element in the live page, and extraction leaves
// the live page exactly as it was.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementPath, extractPage, resolvePath } from '../../lib/extract/index';
import { loadPage } from '../fixtures/pages/load';

const FIXTURES = [
  'jsonld-graph.html',
  'jsonld-array.html',
  'opengraph-only.html',
  'live-blog.html',
  'paywall.html',
];

describe('paragraph paths', () => {
  it.each(FIXTURES)('resolve to the live element holding each paragraph of %s', (name) => {
    const doc = loadPage(name).window.document;
    const { paragraphs } = extractPage(doc);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) {
      const el = resolvePath(doc, p.path!);
      expect(el).not.toBeNull();
      expect(el!.textContent!.replace(/\s+/g, ' ')).toContain(p.text.slice(0, 40));
    }
  });

  it('point at the very <p> elements of the article body', () => {
    const doc = loadPage('jsonld-graph.html').window.document;
    const { paragraphs } = extractPage(doc);
    const bodyParagraphs = [...doc.querySelectorAll('.article-body > p')];
    expect(resolvePath(doc, paragraphs[0]!.path!)).toBe(bodyParagraphs[0]);
    expect(resolvePath(doc, paragraphs.at(-1)!.path!)).toBe(bodyParagraphs.at(-1));
  });

  it('point at the element Readability rewrote (a <div> of text it turned into a <p>)', () => {
    const text = 'A paragraph written straight into a div, with enough words to count as article text here. ';
    const doc = new JSDOM(
      `<html><body><nav>Menu</nav><article><div id="a">${text.repeat(4)}</div><div id="b">${text.repeat(4)}</div><div id="c"><font>Font</font> ${text.repeat(3)}</div></article></body></html>`,
    ).window.document;
    const { paragraphs } = extractPage(doc);
    expect(paragraphs.map((p) => resolvePath(doc, p.path!)?.id)).toEqual(['a', 'b', 'c']);
  });

  it('leave the live page untouched: no attribute, no node moved', () => {
    const dom = loadPage('jsonld-graph.html');
    const before = dom.serialize();
    extractPage(dom.window.document);
    expect(dom.serialize()).toBe(before);
  });
});

describe('elementPath and resolvePath', () => {
  const doc = new JSDOM('<html><body><div><p>a</p><p>b<span>c</span></p></div><p>d</p></body></html>').window
    .document;

  it('are inverse of each other', () => {
    for (const el of doc.body.querySelectorAll('*')) expect(resolvePath(doc, elementPath(el)!)).toBe(el);
  });

  it('count element children only, from <body>', () => {
    expect(elementPath(doc.querySelector('span')!)).toEqual([0, 1, 0]);
    expect(elementPath(doc.body)).toEqual([]);
    expect(elementPath(doc.head)).toBeNull();
  });

  it('give null for a path the page no longer has', () => {
    expect(resolvePath(doc, [5])).toBeNull();
    expect(resolvePath(doc, [0, 1, 0, 0])).toBeNull();
    expect(resolvePath(doc, [-1])).toBeNull();
  });
});
