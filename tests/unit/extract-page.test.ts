// extractPage on saved pages: the verdict and its reasons, the fields, and a body free of the
// page's furniture.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { loadPage } from '../fixtures/pages/load';

const extract = (name: string) => extractPage(loadPage(name).window.document);

describe('extractPage', () => {
  it('extracts a news article: fields, paragraphs, text and word count', () => {
    const { page, paragraphs, text } = extract('jsonld-graph.html');
    expect(page).toMatchObject({
      isArticle: true,
      title: 'Harbour bridge reopens after two-year repair',
      byline: 'Jane Okafor',
      siteName: 'The Coastal Herald',
      publishedTime: '2024-03-05T08:30:00+00:00',
      lang: 'en-GB',
      url: 'https://example.test/jsonld-graph.html',
      canonicalUrl: 'https://herald.example/news/harbour-bridge-reopens',
    });
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]!.text).toMatch(/^The Harbour Bridge reopened to traffic on Tuesday morning/);
    expect(text).toBe(paragraphs.map((p) => p.text).join('\n\n'));
    expect(page.wordCount).toBeGreaterThan(150);
    expect(page.signals).toEqual(expect.arrayContaining(['json-ld:NewsArticle', 'extracted']));
  });

  it('leaves out share bars, captions and credits, newsletter boxes, related links and comments', () => {
    const { text } = extract('jsonld-graph.html');
    for (const furniture of [
      'Tweet',
      'Photo: Sam Lee',
      'newsletter',
      'Read more',
      'Ferry timetable',
      'took them long enough',
    ]) {
      expect(text).not.toContain(furniture);
    }
    // Nor the headline and byline repeated above the body.
    expect(text).not.toMatch(/^Harbour bridge reopens/);
    expect(text).not.toContain('By Jane Okafor');
  });

  it('keeps paragraphs as the reader sees them: whitespace collapsed, one per block', () => {
    const { paragraphs } = extract('opengraph-only.html');
    expect(paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'The school board postponed a v',
      'The proposal would start the s',
      'Board members said they would ',
    ]);
    for (const p of paragraphs) expect(p.text).not.toMatch(/\s{2,}|^\s|\s$/);
  });

  it('extracts a page without metadata, naming no outlet', () => {
    const { page, paragraphs } = extract('no-metadata.html');
    expect(page).toMatchObject({
      isArticle: true,
      title: 'Why the river froze early this year',
      siteName: null,
    });
    expect(paragraphs).toHaveLength(3);
  });

  it('accepts a paywalled article on its lead, and says so', () => {
    const { page, paragraphs } = extract('paywall.html');
    expect(page.isArticle).toBe(true);
    expect(page.signals).toEqual(expect.arrayContaining(['paywall', 'short-text']));
    expect(paragraphs.map((p) => p.text)).toEqual([expect.stringMatching(/^For three weeks in December/)]);
  });

  it('reads a live blog as one article, updates included, timestamps left out', () => {
    const { page, paragraphs } = extract('live-blog.html');
    expect(page.isArticle).toBe(true);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('First result declared');
    expect(texts.some((t) => t.startsWith('Turnout in the three eastern wards'))).toBe(true);
    expect(texts).not.toContain('23:10');
  });

  it.each(['listing.html', 'section.html'])(
    'says %s is not an article, with its reason and no text',
    (name) => {
      const result = extract(name);
      expect(result.page.isArticle).toBe(false);
      expect(result.page.signals).toContain('listing');
      expect(result.reason).toMatch(/list of articles/);
      expect(result.text).toBe('');
      expect(result.paragraphs).toEqual([]);
    },
  );

  it('still names a listing page from its metadata', () => {
    expect(extract('listing.html').page.siteName).toBe('The Coastal Herald');
  });

  it('takes the document URL when none is given', () => {
    const dom = loadPage('parsely.html', 'https://metro.example/fares');
    expect(extractPage(dom.window.document).page.url).toBe('https://metro.example/fares');
  });
});
