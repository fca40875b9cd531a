// Pages Parallax never reads are skipped cleanly: no extraction, a reason to show.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage, isSkippablePage, skipReason } from '../../lib/extract/index';
import { loadPage } from '../fixtures/pages/load';

/** A document the browser would label with another content type (the PDF viewer, an image...). */
function withContentType(type: string): Document {
  const doc = loadPage('jsonld-graph.html').window.document;
  Object.defineProperty(doc, 'contentType', { value: type });
  return doc;
}

describe('isSkippablePage', () => {
  it('reads an ordinary web page', () => {
    const doc = loadPage('jsonld-graph.html').window.document;
    expect(isSkippablePage(doc)).toBe(false);
    expect(isSkippablePage(doc, 'https://herald.example/news/x')).toBe(false);
  });

  it.each([
    ['text/plain', 'not-html:text/plain'],
    ['application/pdf', 'not-html:application/pdf'],
    ['image/png', 'not-html:image/png'],
  ])('skips a %s document', (type, reason) => {
    const doc = withContentType(type);
    expect(isSkippablePage(doc)).toBe(true);
    expect(skipReason(doc)).toBe(reason);
  });

  it('skips an XML document, which has no body to read', () => {
    const doc = new JSDOM('<feed><title>x</title></feed>', { contentType: 'application/xml' }).window
      .document;
    expect(skipReason(doc)).toBe('not-html:application/xml');
  });

  it.each([
    ['about:newtab', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome://settings/', 'browser-page'],
    ['view-source:https://x.test/', 'browser-page'],
    ['chrome-extension://abcdef/popup.html', 'extension-page'],
    ['moz-extension://1234/sidepanel.html', 'extension-page'],
  ])('skips %s', (url, reason) => {
    const doc = new JSDOM('<html><body><p>x</p></body></html>').window.document;
    expect(skipReason(doc, url)).toBe(reason);
  });

  it('skips frames', () => {
    const dom = new JSDOM('<html><body><iframe></iframe></body></html>');
    const frame = dom.window.document.querySelector('iframe')!.contentDocument!;
    expect(skipReason(frame)).toBe('frame');
    expect(skipReason(dom.window.document)).toBeNull();
  });

  it('skips a frameset page', () => {
    const doc = new JSDOM('<html><frameset><frame src="a.html"></frameset></html>').window.document;
    expect(skipReason(doc)).toBe('frameset');
  });
});

describe('extractPage on a skipped page', () => {
  it('does no work and says why', () => {
    const result = extractPage(withContentType('application/pdf'));
    expect(result.page.isArticle).toBe(false);
    expect(result.page.signals).toEqual(['skip:not-html:application/pdf']);
    expect(result.reason).toMatch(/not a web page/);
    expect(result.paragraphs).toEqual([]);
    // Not even the metadata is read: the title of a PDF viewer page means nothing.
    expect(result.page.title).toBeNull();
  });
});
