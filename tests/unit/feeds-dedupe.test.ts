// One article, however a feed spells its address: never fetched or stored twice.
import { describe, expect, it } from 'vitest';
import { canonicalUrl, dedupeKeys, Seen } from '../../lib/feeds/dedupe';

describe('canonicalUrl', () => {
  it('gives one address for the same article shared with campaign and click tracking', () => {
    const plain = canonicalUrl('https://news.example.com/world/2026/12/01/harbour-vote');
    for (const variant of [
      'https://NEWS.Example.COM/world/2026/12/01/harbour-vote',
      'https://news.example.com/world/2026/12/01/harbour-vote#comments',
      'https://news.example.com/world/2026/12/01/harbour-vote?utm_source=rss&utm_medium=feed',
      'https://news.example.com/world/2026/12/01/harbour-vote?fbclid=IwAR0abc',
      'https://news.example.com/world/2026/12/01/harbour-vote?gclid=x&UTM_Campaign=y&smid=tw-share',
      'https://news.example.com:443/world/2026/12/01/harbour-vote',
      '  https://news.example.com/world/2026/12/01/harbour-vote  ',
    ]) {
      expect(canonicalUrl(variant), variant).toBe(plain);
    }
    expect(plain).toBe('https://news.example.com/world/2026/12/01/harbour-vote');
  });

  it('keeps the parameters that choose the article, in one order', () => {
    expect(canonicalUrl('http://example.com/story?id=42&page=2&utm_source=x')).toBe(
      'http://example.com/story?id=42&page=2',
    );
    expect(canonicalUrl('http://example.com/story?page=2&id=42')).toBe(
      canonicalUrl('http://example.com/story?id=42&page=2'),
    );
    expect(canonicalUrl('http://example.com/story?id=42')).not.toBe(
      canonicalUrl('http://example.com/story?id=43'),
    );
    expect(canonicalUrl('http://example.com/story?')).toBe('http://example.com/story');
  });

  it('drops a trailing index.html and default ports, keeps the path as the server spells it', () => {
    expect(canonicalUrl('http://example.com:80/news/index.html')).toBe('http://example.com/news/');
    expect(canonicalUrl('https://example.com/news/INDEX.HTM')).toBe('https://example.com/news/');
    expect(canonicalUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
    expect(canonicalUrl('https://example.com/News/Harbour-Vote')).toBe(
      'https://example.com/News/Harbour-Vote',
    );
    expect(canonicalUrl('https://example.com/News/Harbour-Vote')).not.toBe(
      canonicalUrl('https://example.com/news/harbour-vote'),
    );
    expect(canonicalUrl('https://example.com/news/index.html.bak')).toBe(
      'https://example.com/news/index.html.bak',
    );
  });

  it('is null for what is not an http(s) address', () => {
    for (const bad of [
      null,
      undefined,
      '',
      'not a url',
      '/relative/path',
      'javascript:alert(1)',
      'ftp://x.org/a',
    ]) {
      expect(canonicalUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe('Seen', () => {
  const feed = 'https://a.example/rss.xml';

  it('knows an article again by its address, tracking or not', () => {
    const seen = new Seen();
    seen.add({ url: 'https://a.example/story-1?utm_source=rss', feed, guid: 'g1', text: 'First.' }, 'a1');
    expect(seen.find({ url: 'https://A.example/story-1#top' })).toEqual({ by: 'url', value: 'a1' });
    expect(seen.findByAddress({ url: 'https://a.example/story-2' })).toBeNull();
  });

  it('knows a GUID only within its own feed', () => {
    const seen = new Seen();
    seen.add({ url: 'https://a.example/1', feed, guid: '123' }, 'a1');
    expect(seen.find({ url: 'https://a.example/1-updated', feed, guid: '123' })).toEqual({
      by: 'guid',
      value: 'a1',
    });
    expect(
      seen.find({ url: 'https://b.example/1', feed: 'https://b.example/rss.xml', guid: '123' }),
    ).toBeNull();
  });

  it('knows the same text however it is spaced or cased, and says which article had it first', () => {
    const seen = new Seen<{ id: string; outlet: string }>();
    seen.add(
      { url: 'https://a.example/1', text: 'The council voted.\n\nWork starts in May.' },
      { id: 'a1', outlet: 'A' },
    );
    seen.add(
      { url: 'https://b.example/1', text: 'the council  voted. work starts in may.' },
      { id: 'b1', outlet: 'B' },
    );
    expect(seen.findByText({ text: 'THE COUNCIL VOTED. Work starts in May.' })).toEqual({
      by: 'text',
      value: { id: 'a1', outlet: 'A' },
    });
    expect(seen.findByAddress({ text: 'The council voted. Work starts in May.' })).toBeNull();
    expect(seen.has({ text: '   ' })).toBe(false);
  });

  it('keys are null where an item has nothing to go by', () => {
    expect(dedupeKeys({})).toEqual({ url: null, guid: null, text: null });
    expect(dedupeKeys({ guid: '  ', url: 'mailto:x@y.z', text: '' })).toEqual({
      url: null,
      guid: null,
      text: null,
    });
  });
});
