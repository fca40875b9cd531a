import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedDate } from '../../lib/feeds/parse';
import type { ParsedFeed } from '../../lib/feeds/types';

const dir = new URL('../fixtures/feeds/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

function ok(name: string, contentType: string | null, base: string): ParsedFeed {
  const r = parseFeed(bytes(name), contentType, base);
  if (!r.ok) throw new Error(`${name}: ${r.code} ${r.detail}`);
  return r.feed;
}

describe('parseFeed', () => {
  it('reads RSS 2.0: CDATA, entities, relative links, full content, dates with zones', () => {
    const f = ok('rss2.xml', 'application/rss+xml; charset=utf-8', 'https://ledger.example/feed.xml');
    expect(f.format).toBe('rss2');
    expect(f.title).toBe('Harbor Ledger & Friends');
    expect(f.siteUrl).toBe('https://ledger.example/');
    expect(f.lang).toBe('en');
    const [fire, budget, note] = f.items;
    expect(fire).toMatchObject({
      guid: 'ledger-1001',
      url: 'https://ledger.example/news/docks-fire',
      title: 'Fire at the east docks',
      fullText: true,
      published: '2026-11-24T19:05:00.000Z',
      author: 'Ana Ruiz',
    });
    expect(fire!.text).toBe(
      'Crews fought a blaze at the east docks on Tuesday.\n\nTwo workers were hurt & taken to hospital.',
    );
    expect(fire!.text).not.toContain('alert');
    expect(budget).toMatchObject({
      text: 'The council voted 7 to 2.',
      fullText: false,
      published: '2026-11-24T08:00:00.000Z',
    });
    // A permalink guid is the link when the item has none; an unreadable date is null, not a guess.
    expect(note).toMatchObject({ url: 'https://ledger.example/news/note', published: null });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and language', () => {
    const f = ok('rss1.rdf', 'application/rdf+xml', 'https://northline.example/rss');
    expect(f).toMatchObject({ format: 'rss1', title: 'Northline Post', lang: 'de' });
    expect(f.items.map((i) => [i.guid, i.url, i.published])).toEqual([
      ['https://northline.example/a/1', 'https://northline.example/a/1', '2026-11-24T14:30:00.000Z'],
      ['https://northline.example/a/2', 'https://northline.example/a/2', '2026-11-25T00:00:00.000Z'],
    ]);
    expect(f.items[0]!.text).toBe('Ein Feuer im Osthafen.');
  });

  it('reads Atom: xml:base, alternate links, html and xhtml content, feed-level author', () => {
    const f = ok('atom.xml', 'application/atom+xml', 'https://gazette.example/atom.xml');
    expect(f).toMatchObject({
      format: 'atom',
      title: 'La Gazette <du port>',
      siteUrl: 'https://gazette.example/',
      lang: 'fr',
    });
    const [a, b] = f.items;
    expect(a).toMatchObject({
      url: 'https://gazette.example/articles/incendie',
      guid: 'tag:gazette.example,2026:1',
      published: '2026-11-24T15:00:00.000Z',
      fullText: true,
      author: 'Rédaction',
    });
    expect(a!.text).toBe('Un incendie a touché les docks mardi.\n\nDeux ouvriers ont été blessés.');
    expect(b).toMatchObject({ url: 'https://gazette.example/live/budget', title: 'Budget & vote' });
    expect(b!.text).toBe('Le conseil a voté.\n\nSept voix contre deux.');
  });

  it('reads JSON Feed 1.1, skipping items that are not objects', () => {
    const f = ok('feed.json', 'application/feed+json', 'https://riverside.example/feed.json');
    expect(f).toMatchObject({ format: 'json', title: 'Riverside Daily', lang: 'en' });
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toMatchObject({
      url: 'https://riverside.example/2026/11/24/docks',
      fullText: true,
      text: 'A fire broke out at the east docks.\n\nTwo were hurt.',
      author: 'Sam Lee',
    });
    // No title: the lead stands in, so the reader still sees what the item is.
    expect(f.items[1]).toMatchObject({
      title: 'The council passed its budget.',
      published: '2026-11-24T10:00:00.000Z',
    });
  });

  it('decodes windows-1252 declared in the XML only, and the header wins when it says otherwise', () => {
    const f = ok('windows-1252.xml', 'application/xml', 'https://cafe.example/rss');
    expect(f.title).toBe('Café News');
    expect(f.items[0]!.title).toBe('“Quoted” prices');
    expect(f.items[0]!.text).toBe('Costs 5 €.');
    expect(ok('windows-1252.xml', 'text/xml; charset=ISO-8859-1', 'https://cafe.example/rss').title).toBe(
      'Café News',
    );
  });

  it('tells a page that is not a feed from a broken feed', () => {
    expect(parseFeed(bytes('page.html'), 'text/html', 'https://x.example/')).toMatchObject({
      ok: false,
      code: 'not-a-feed',
    });
    expect(parseFeed('{"hello": 1}', 'application/json', 'https://x.example/')).toMatchObject({
      ok: false,
      code: 'not-a-feed',
    });
    expect(parseFeed('plain words', null, 'https://x.example/')).toMatchObject({
      ok: false,
      code: 'not-a-feed',
    });
    const broken = parseFeed(bytes('truncated.xml'), 'application/rss+xml', 'https://x.example/');
    expect(broken).toMatchObject({ ok: false, code: 'malformed' });
    expect(
      parseFeed('{"version": "https://jsonfeed.org/version/1", "items": [', null, 'https://x.example/'),
    ).toMatchObject({
      ok: false,
      code: 'malformed',
    });
  });

  it('never expands entities a feed defines in its DOCTYPE', () => {
    const f = ok('entity-bomb.xml', 'application/rss+xml', 'https://b.example/rss');
    expect(f.title.length).toBeLessThan(40);
    expect(f.items[0]!.url).toBe('https://b.example/x');
  });

  it('keeps only http(s) links and caps the number of items', () => {
    const items = Array.from(
      { length: 700 },
      (_, i) => `<item><title>T${i}</title><link>javascript:alert(${i})</link></item>`,
    );
    const r = parseFeed(
      `<rss><channel><title>Many</title>${items.join('')}</channel></rss>`,
      null,
      'https://m.example/',
    );
    if (!r.ok) throw new Error(r.detail);
    expect(r.feed.items).toHaveLength(500);
    expect(r.feed.items.every((i) => i.url === null)).toBe(true);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 24 Nov 2026 14:05:00 GMT', '2026-11-24T14:05:00.000Z'],
    ['24 Nov 2026 14:05 -0800', '2026-11-24T22:05:00.000Z'],
    ['Tue, 24 November 2026 14:05:00 PDT', '2026-11-24T21:05:00.000Z'],
    ['2026-11-24T14:05:00+02:00', '2026-11-24T12:05:00.000Z'],
    ['2026-11-24', '2026-11-24T00:00:00.000Z'],
    ['yesterday', null],
    ['', null],
  ])('%s', (raw, iso) => expect(parseFeedDate(raw)).toBe(iso));
});
