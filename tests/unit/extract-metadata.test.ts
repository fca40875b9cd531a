// readMetadata on saved pages with each kind of metadata: what the popup and matcher will show.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../lib/extract/index';
import { loadPage } from '../fixtures/pages/load';

const meta = (name: string) => readMetadata(loadPage(name).window.document);

const inline = (head: string, html = '') =>
  readMetadata(
    new JSDOM(`<html><head>${head}</head><body>${html}</body></html>`, { url: 'https://x.test/a' }).window
      .document,
  );

describe('readMetadata', () => {
  it('reads a NewsArticle out of a JSON-LD @graph, resolving @id author and publisher', () => {
    const m = meta('jsonld-graph.html');
    expect(m).toMatchObject({
      title: 'Harbour bridge reopens after two-year repair',
      byline: 'Jane Okafor',
      siteName: 'The Coastal Herald',
      publishedTime: '2024-03-05T08:30:00+00:00',
      lang: 'en-GB',
      canonicalUrl: 'https://herald.example/news/harbour-bridge-reopens',
    });
    expect(m.types).toContain('NewsArticle');
    expect(m.signals).toContain('json-ld:NewsArticle');
  });

  it('reads an article from a JSON-LD array, with an author list and a nested publisher object', () => {
    const m = meta('jsonld-array.html');
    expect(m.byline).toBe('Ana Ruiz, Tom Berg');
    // The publisher named in JSON-LD comes before og:site_name, as in Readability.
    expect(m.siteName).toBe('Valley Tribune');
    expect(m.publishedTime).toBe('2023-11-20T17:05:00-05:00');
    expect(m.signals).toContain('json-ld:ReportageNewsArticle');
    expect(m.canonicalUrl).toBe('https://tribune.example/2023/11/20/floods');
  });

  it('falls back on OpenGraph and article tags', () => {
    expect(meta('opengraph-only.html')).toMatchObject({
      title: 'School board delays vote on new calendar',
      byline: 'Priya Raman',
      siteName: 'Northern Ledger',
      publishedTime: '2022-09-14T19:45:00Z',
      lang: 'en-US',
      canonicalUrl: 'https://ledger.example/education/calendar-vote',
      types: ['og:article'],
    });
  });

  it('reads Parse.ly tags', () => {
    const m = meta('parsely.html');
    expect(m).toMatchObject({ title: 'Transit fares to rise in July', byline: 'Lee Chang' });
    expect(m.publishedTime).toBe('2021-05-02T10:00:00Z');
    expect(m.signals).toEqual(expect.arrayContaining(['parsely', 'parsely-type=post']));
  });

  it('reads Dublin Core tags, whatever their case', () => {
    const m = meta('dublin-core.html');
    expect(m).toMatchObject({
      title: 'Mill workers vote to end strike',
      byline: 'Hannah Weiss',
      publishedTime: '1998-06-11',
      lang: 'de',
    });
    expect(m.signals).toContain('dublin-core');
  });

  it('without metadata, takes the headline from <title> and invents no outlet', () => {
    const m = meta('no-metadata.html');
    expect(m.title).toBe('Why the river froze early this year');
    expect(m.siteName).toBeNull();
    expect(m.byline).toBeNull();
    expect(m.publishedTime).toBeNull();
    expect(m.signals).toEqual([]);
  });

  it('marks a paywalled article', () => {
    const m = meta('paywall.html');
    expect(m.signals).toEqual(expect.arrayContaining(['json-ld:NewsArticle', 'paywall']));
    expect(m.byline).toBe('Mark Olsen');
  });

  it('takes the live blog itself, not its updates, as the article', () => {
    const m = meta('live-blog.html');
    expect(m.title).toBe('Election night live: results as they come in');
    expect(m.publishedTime).toBe('2024-05-02T21:00:00+01:00');
    expect(m.signals).toContain('json-ld:LiveBlogPosting');
  });

  it('does not take the articles a listing page lists for its own', () => {
    const m = meta('section.html');
    expect(m.types).not.toContain('NewsArticle');
    expect(m.signals).toContain('json-ld:CollectionPage');
  });

  it('prefers a <time> marked as the publication time to an earlier update time', () => {
    const m = inline(
      '',
      '<time datetime="2020-02-02" class="updated">Feb 2</time><time datetime="2020-01-01" itemprop="datePublished">Jan 1</time>',
    );
    expect(m.publishedTime).toBe('2020-01-01');
    expect(m.signals).toContain('time[datetime]');
  });

  it('survives broken JSON-LD and unescapes entities', () => {
    const m = inline(
      '<script type="application/ld+json">{ not json</script>' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Line\nbreak &amp; more"}</script>',
    );
    expect(m.title).toBe('Line break & more');
  });

  it('turns og:locale into a BCP 47 tag when nothing else gives the language', () => {
    expect(inline('<meta property="og:locale" content="pt_BR">').lang).toBe('pt-BR');
  });

  it('resolves a relative canonical link against the page URL', () => {
    expect(inline('<link rel="canonical" href="/story/1">').canonicalUrl).toBe('https://x.test/story/1');
  });
});
