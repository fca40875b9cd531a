// The feeds a page declares, as the content script reads them from the live head for the popup's
// "Follow": RSS, Atom and JSON Feed alternates, absolute against the page's base, each once,
// http(s) only, the site's own name; nothing else on the page counts.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declaredFeeds } from '@/entrypoints/content/feeds';

const page = (head: string, url = 'https://news.example/world/story.html') =>
  new JSDOM(
    `<!doctype html><html><head>${head}</head><body><link rel="alternate" type="application/rss+xml" href="/body.xml"></body></html>`,
    { url },
  ).window.document;

describe('declared feeds', () => {
  it('reads the alternates of feed types from the head', () => {
    const doc = page(`<base href="https://news.example/base/">
<meta property="og:site_name" content="  The  Example ">
<link rel="alternate" type="application/rss+xml" title="Top stories" href="rss.xml">
<link rel="Alternate Feed" type="application/atom+xml; charset=utf-8" href="https://news.example/atom">
<link rel="alternate" type="application/feed+json" href="/feed.json">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
<link rel="alternate" type="text/html" hreflang="de" href="/de/">
<link rel="stylesheet" type="application/rss+xml" href="/not-a-feed.xml">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`);
    expect(declaredFeeds(doc)).toEqual({
      siteName: 'The Example',
      feeds: [
        { url: 'https://news.example/base/rss.xml', title: 'Top stories', type: 'rss' },
        { url: 'https://news.example/atom', title: null, type: 'atom' },
        { url: 'https://news.example/feed.json', title: null, type: 'json' },
      ],
    });
  });

  it('a page without feeds declares none', () => {
    expect(declaredFeeds(page('<title>x</title>'))).toEqual({ feeds: [], siteName: null });
  });
});
