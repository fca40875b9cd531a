import { describe, expect, it } from 'vitest';
import { findFeedLinks, siteName } from '../../lib/feeds/discover';
import { MAX_OPML_FEEDS, parseOpml, writeOpml } from '../../lib/feeds/opml';

const HEAD = `<!doctype html><html><head>
<title>World news | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour &amp; Gazette">
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="Top stories" href="/rss/top.xml">
<LINK REL="Alternate" TYPE="application/atom+xml" HREF='https://feeds.example.org/atom'>
<link rel="alternate" type="application/feed+json" href="feed.json">
<link rel="alternate" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="application/rss+xml" href="/rss/top.xml">
<!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
</head><body><link rel="alternate" type="application/rss+xml" href="/in-body.xml"></body></html>`;

describe('feed links a page declares', () => {
  it('finds RSS, Atom and JSON Feed links in the head, absolute, each once, only http(s)', () => {
    expect(findFeedLinks(HEAD, 'https://gazette.example/world/story.html')).toEqual([
      { url: 'https://gazette.example/rss/top.xml', title: 'Top stories', type: 'rss' },
      { url: 'https://feeds.example.org/atom', title: null, type: 'atom' },
      { url: 'https://gazette.example/world/feed.json', title: null, type: 'json' },
    ]);
  });

  it('resolves against <base href> and finds nothing on a page without feeds', () => {
    const html =
      '<html><head><base href="https://cdn.example/x/"><link rel="alternate" type="application/rss+xml" href="f.xml"></head></html>';
    expect(findFeedLinks(html, 'https://site.example/')[0]!.url).toBe('https://cdn.example/x/f.xml');
    expect(
      findFeedLinks('<html><head><title>x</title></head><body></body></html>', 'https://a.example/'),
    ).toEqual([]);
  });

  it("names the site from og:site_name, else the page's title", () => {
    expect(siteName(HEAD)).toBe('The Harbour & Gazette');
    expect(siteName('<head><title> Daily  Post </title></head>')).toBe('Daily Post');
    expect(siteName('<p>no head</p>')).toBeNull();
  });
});

const FEEDLY = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions in feedly</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="Gazette" title="The Harbour Gazette" xmlUrl="https://gazette.example/rss.xml" htmlUrl="https://gazette.example/" language="en-GB"/>
      <outline text="Deeper">
        <outline type="rss" text="Le Matin" xmlUrl="https://matin.example/feed?x=1&amp;y=2"/>
      </outline>
    </outline>
    <outline type="rss" text="Duplicate" xmlUrl="https://gazette.example/rss.xml"/>
    <outline type="rss" text="Bad" xmlUrl="file:///etc/passwd"/>
    <outline text="A folder without feeds"/>
  </body>
</opml>`;

describe('OPML', () => {
  it('reads feeds nested in folders, with title, site and language; skips duplicates and non-http', () => {
    const r = parseOpml(FEEDLY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.title).toBe('My subscriptions in feedly');
    expect(r.feeds).toEqual([
      {
        url: 'https://gazette.example/rss.xml',
        title: 'The Harbour Gazette',
        siteUrl: 'https://gazette.example/',
        lang: 'en',
      },
      { url: 'https://matin.example/feed?x=1&y=2', title: 'Le Matin', siteUrl: null, lang: null },
    ]);
    expect(r.skipped).toBe(2);
  });

  it('says what is wrong with a file that is not OPML', () => {
    expect(parseOpml('just text')).toMatchObject({ ok: false, code: 'not-opml' });
    expect(parseOpml('<rss version="2.0"><channel/></rss>')).toMatchObject({ ok: false, code: 'not-opml' });
    expect(parseOpml('<opml><body><outline></body></opml>')).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('expands no entity a DOCTYPE defines (a billion laughs stays harmless)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml version="2.0"><head><title>&b;</title></head><body><outline xmlUrl="https://a.example/f"/></body></opml>`;
    const r = parseOpml(bomb);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.title ?? '').not.toContain('aaaa');
    expect(r.feeds.map((f) => f.url)).toEqual(['https://a.example/f']);
  });

  it('stops at the feed limit and counts the rest', () => {
    const many = Array.from(
      { length: MAX_OPML_FEEDS + 5 },
      (_, i) => `<outline xmlUrl="https://f.example/${i}"/>`,
    ).join('');
    const r = parseOpml(`<opml version="2.0"><body>${many}</body></opml>`);
    expect(r.ok && r.feeds.length).toBe(MAX_OPML_FEEDS);
    expect(r.ok && r.skipped).toBe(5);
  });

  it('writes outlets that another reader (and Parallax) reads back the same, names escaped', () => {
    const outlets = [
      {
        name: 'Tom & Jerry "News" <daily>',
        siteUrl: 'https://tj.example/',
        feeds: ['https://tj.example/rss?a=1&b=2', 'https://tj.example/atom'],
        lang: 'en',
      },
      { name: 'Le Matin', siteUrl: null, feeds: ['https://matin.example/feed'], lang: null },
    ];
    const xml = writeOpml(outlets, 'Parallax', new Date('2026-12-03T00:00:00Z'));
    expect(xml).toContain('<dateCreated>Thu, 03 Dec 2026 00:00:00 GMT</dateCreated>');
    const r = parseOpml(xml);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feeds.map((f) => [f.url, f.title, f.siteUrl, f.lang])).toEqual([
      ['https://tj.example/rss?a=1&b=2', 'Tom & Jerry "News" <daily>', 'https://tj.example/', 'en'],
      ['https://tj.example/atom', 'Tom & Jerry "News" <daily>', 'https://tj.example/', 'en'],
      ['https://matin.example/feed', 'Le Matin', null, null],
    ]);
  });
});
