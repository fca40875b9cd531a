// probePage: the cheap first look that decides whether extraction runs at all.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { probePage } from '../../lib/extract/index';
import { loadPage } from '../fixtures/pages/load';

const probe = (name: string) => probePage(loadPage(name).window.document);

describe('probePage', () => {
  it.each([
    'jsonld-graph.html',
    'jsonld-array.html',
    'opengraph-only.html',
    'no-metadata.html',
    'parsely.html',
    'dublin-core.html',
    'live-blog.html',
    'paywall.html',
  ])('finds %s likely to be an article', (name) => {
    const p = probe(name);
    expect(p.likely).toBe(true);
    expect(p.reason).not.toMatch(/doesn't look/);
  });

  it('says which signals it saw', () => {
    expect(probe('opengraph-only.html').signals).toEqual(
      expect.arrayContaining(['og:type=article', 'article:published_time', 'meta:author']),
    );
  });

  it('lets article metadata carry a page whose text is short (a paywalled lead)', () => {
    const p = probe('paywall.html');
    expect(p.signals).toContain('paywall');
    expect(p.reason).toMatch(/declares itself an article/);
  });

  it('turns down a home page of teasers, saying why', () => {
    const p = probe('listing.html');
    expect(p.likely).toBe(false);
    expect(p.signals).toContain('listing');
    expect(p.reason).toMatch(/list of articles/);
  });

  it('turns down a section page declared as a CollectionPage', () => {
    const p = probe('section.html');
    expect(p.likely).toBe(false);
    expect(p.signals).toEqual(expect.arrayContaining(['json-ld:CollectionPage', 'listing']));
  });

  it('turns down a page with too little running text', () => {
    const doc = new JSDOM(
      '<html><body><h1>Log in</h1><form><input name="u"></form><p>Forgot password?</p></body></html>',
    ).window.document;
    const p = probePage(doc);
    expect(p.likely).toBe(false);
    expect(p.reason).toBe('Too little running text.');
  });

  it('does not count text the page hides', () => {
    const long = 'Hidden words that nobody can see on the page, repeated to be long enough. '.repeat(10);
    const doc = new JSDOM(
      `<html><body><p hidden>${long}</p><p style="display: none">${long}</p><p aria-hidden="true">${long}</p></body></html>`,
    ).window.document;
    expect(probePage(doc).likely).toBe(false);
  });

  it('skips a frame, without looking at its text', () => {
    const dom = new JSDOM('<html><body><iframe></iframe></body></html>');
    const frameDoc = dom.window.document.querySelector('iframe')!.contentDocument!;
    const p = probePage(frameDoc);
    expect(p).toMatchObject({ likely: false, signals: ['skip:frame'] });
  });
});
