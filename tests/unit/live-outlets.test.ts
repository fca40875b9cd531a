// Following an outlet: its name, feeds, language and exactly the origins it needs as host
// permissions; an OPML list becomes one outlet per site; unfollowing gives back only what no
// other outlet needs; the options page can say what is wrong with a feed.
import { describe, expect, it } from 'vitest';
import { emptyFeedState } from '../../lib/feeds/http';
import type { ParsedFeed } from '../../lib/feeds/types';
import {
  hostPermissions,
  mergeOutlet,
  originsToRelease,
  outletFrom,
  outletsFromOpml,
  outletStatus,
  renameOutlet,
} from '../../lib/live/outlets';

const T = Date.parse('2026-12-02T10:00:00Z');

const feed: ParsedFeed = {
  format: 'rss2',
  title: '  Harbour   Gazette – Top stories ',
  siteUrl: 'https://www.gazette.example/',
  lang: 'en',
  items: [
    {
      guid: '1',
      url: 'https://www.gazette.example/news/1',
      title: 'A',
      text: 'a',
      fullText: false,
      published: null,
      author: null,
    },
    {
      guid: '2',
      url: 'https://static.gazette-cdn.example/2',
      title: 'B',
      text: 'b',
      fullText: false,
      published: null,
      author: null,
    },
    { guid: '3', url: null, title: 'C', text: 'c', fullText: false, published: null, author: null },
  ],
};

describe('following an outlet', () => {
  it('names it from the site, else the feed, and asks for its feed, site and article hosts only', () => {
    const o = outletFrom({ feedUrl: 'https://feeds.gazette.example/top.xml', feed }, T);
    expect(o).toMatchObject({
      name: 'Harbour Gazette – Top stories',
      nameEdited: false,
      siteUrl: 'https://www.gazette.example/',
      feeds: ['https://feeds.gazette.example/top.xml'],
      lang: 'en',
      addedAt: T,
    });
    expect(o.origins).toEqual([
      'https://feeds.gazette.example',
      'https://static.gazette-cdn.example',
      'https://www.gazette.example',
    ]);
    expect(hostPermissions([o])).toEqual(o.origins.map((x) => `${x}/*`));
    const named = outletFrom(
      { feedUrl: 'https://feeds.gazette.example/top.xml', feed, name: 'The Gazette' },
      T,
    );
    expect(named.name).toBe('The Gazette');
    const bare = outletFrom({ feedUrl: 'https://www.bare.example/rss' }, T);
    expect(bare).toMatchObject({
      name: 'bare.example',
      siteUrl: null,
      lang: null,
      origins: ['https://www.bare.example'],
    });
  });

  it('another feed of the same site joins the same outlet; a renamed outlet keeps its name', () => {
    const top = outletFrom({ feedUrl: 'https://www.gazette.example/top.xml', feed }, T);
    const world = outletFrom(
      {
        feedUrl: 'https://www.gazette.example/world.xml',
        feed: { ...feed, title: 'Gazette World', items: [] },
      },
      T + 1,
    );
    expect(world.id).toBe(top.id);
    const renamed = renameOutlet(top, '  My paper ');
    expect(renamed).toMatchObject({ name: 'My paper', nameEdited: true });
    const merged = mergeOutlet(renamed, world);
    expect(merged).toMatchObject({ name: 'My paper', nameEdited: true, addedAt: T });
    expect(merged.feeds).toEqual([
      'https://www.gazette.example/top.xml',
      'https://www.gazette.example/world.xml',
    ]);
    expect(renameOutlet(renamed, '   ', 'Harbour Gazette')).toMatchObject({
      name: 'Harbour Gazette',
      nameEdited: false,
    });
  });

  it('two publications on one host are two outlets', () => {
    const a = outletFrom(
      { feedUrl: 'http://127.0.0.1:8080/herald/feed.xml', siteUrl: 'http://127.0.0.1:8080/herald/' },
      T,
    );
    const b = outletFrom(
      { feedUrl: 'http://127.0.0.1:8080/today/feed.xml', siteUrl: 'http://127.0.0.1:8080/today/' },
      T,
    );
    expect(a.id).not.toBe(b.id);
    expect(outletFrom({ feedUrl: 'http://x.example/f', siteUrl: 'http://www.x.example' }, T).id).toBe(
      outletFrom({ feedUrl: 'http://x.example/g', siteUrl: 'http://x.example/' }, T).id,
    );
  });

  it('an OPML list becomes one outlet per site', () => {
    const outlets = outletsFromOpml(
      [
        { url: 'https://a.example/rss', title: 'Alpha', siteUrl: 'https://a.example/', lang: 'en' },
        {
          url: 'https://a.example/world.rss',
          title: 'Alpha world',
          siteUrl: 'https://www.a.example/',
          lang: 'en',
        },
        { url: 'https://feeds.b.example/b.xml', title: null, siteUrl: null, lang: null },
      ],
      T,
    );
    expect(outlets.map((o) => [o.name, o.feeds.length])).toEqual([
      ['Alpha', 2],
      ['feeds.b.example', 1],
    ]);
  });

  it('unfollowing gives back only the origins no other followed outlet needs', () => {
    const a = outletFrom({ feedUrl: 'https://a.example/rss', siteUrl: 'https://a.example/' }, T);
    const b = {
      ...outletFrom({ feedUrl: 'https://b.example/rss' }, T),
      origins: ['https://b.example', 'https://cdn.shared.example'],
    };
    const a2 = { ...a, origins: [...a.origins, 'https://cdn.shared.example'] };
    expect(originsToRelease(a2, [a2, b])).toEqual(['https://a.example']);
  });

  it('tells the options page which feed fails, with what, and since when', () => {
    const o = outletFrom({ feedUrl: 'https://a.example/rss' }, T);
    const o2 = { ...o, feeds: [...o.feeds, 'https://a.example/world'] };
    const status = outletStatus(o2, [
      {
        url: 'https://a.example/rss',
        outletId: o.id,
        state: { ...emptyFeedState(), lastOkAt: T - 5000 },
        lastRefreshAt: T - 5000,
        lastNew: 2,
      },
      {
        url: 'https://a.example/world',
        outletId: o.id,
        state: {
          ...emptyFeedState(),
          failures: 3,
          lastError: 'not-found',
          lastStatus: 404,
          errorSince: T - 86_400_000,
          retryAt: T + 60_000,
        },
        lastRefreshAt: T,
        lastNew: 0,
      },
      {
        url: 'https://other.example/rss',
        outletId: 'x',
        state: emptyFeedState(),
        lastRefreshAt: T + 999,
        lastNew: 0,
      },
    ]);
    expect(status).toEqual({
      lastRefreshAt: T,
      lastOkAt: T - 5000,
      failing: [
        {
          feed: 'https://a.example/world',
          code: 'not-found',
          status: 404,
          since: T - 86_400_000,
          retryAt: T + 60_000,
        },
      ],
    });
  });
});
