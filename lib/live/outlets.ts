/**
 * Followed outlets from what following gives: a feed just read (the popup's "Follow", a feed or
 * site URL in the options), or an OPML list. Each outlet knows the origins it needs as optional
 * host permissions (its feeds', its site's and its articles' hosts), so that the extension asks
 * for exactly those from the click and gives them back on unfollow.
 */
import { canonicalUrl } from '../feeds/dedupe.ts';
import type { OpmlFeed } from '../feeds/opml.ts';
import type { ParsedFeed } from '../feeds/types.ts';
import { hash106 } from '../corpus/text-key.ts';
import type { FeedRecord, Outlet } from './types.ts';

/** The origin (`https://host[:port]`) of an http(s) URL, or null. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The distinct http(s) origins of `urls`, sorted. */
export function originsOf(urls: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const url of urls) {
    const origin = originOf(url);
    if (origin) out.add(origin);
  }
  return [...out].sort();
}

/**
 * An outlet's id: from its site's address (with or without "www." and a final slash: one
 * site; another path is another outlet, as several sections or publications can share a host),
 * or its first feed's when the site is unknown.
 */
export function outletId(siteUrl: string | null, feedUrl: string): string {
  const site = canonicalUrl(siteUrl);
  const key = site
    ? site.replace(/^(https?:\/\/)www\./, '$1').replace(/\/+$/, '')
    : (canonicalUrl(feedUrl) ?? feedUrl);
  return `outlet-${hash106(key)}`;
}

export interface OutletSource {
  feedUrl: string;
  /** The feed as just read: its title, site, language and the hosts its articles are on. */
  feed?: ParsedFeed | null;
  /** The site's address when the feed does not say (the page the reader followed it from). */
  siteUrl?: string | null;
  /** The site's own name (og:site_name of the page), preferred to the feed's title. */
  name?: string | null;
  lang?: string | null;
}

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim().slice(0, 200) || null;

/** A new outlet for one feed. */
export function outletFrom(source: OutletSource, now: number): Outlet {
  const siteUrl = source.feed?.siteUrl ?? source.siteUrl ?? null;
  const host = new URL(originOf(siteUrl) ?? originOf(source.feedUrl) ?? source.feedUrl).hostname;
  return {
    id: outletId(siteUrl, source.feedUrl),
    name: clean(source.name) ?? clean(source.feed?.title) ?? host.replace(/^www\./, ''),
    nameEdited: false,
    siteUrl,
    feeds: [source.feedUrl],
    lang: source.feed?.lang ?? source.lang ?? null,
    origins: originsOf([source.feedUrl, siteUrl, ...(source.feed?.items ?? []).map((i) => i.url)]),
    addedAt: now,
  };
}

/** `existing` followed again (another of its feeds, or the same): feeds and origins joined. */
export function mergeOutlet(existing: Outlet, incoming: Outlet): Outlet {
  return {
    ...existing,
    siteUrl: existing.siteUrl ?? incoming.siteUrl,
    lang: existing.lang ?? incoming.lang,
    feeds: [...new Set([...existing.feeds, ...incoming.feeds])],
    origins: originsOf([...existing.origins, ...incoming.origins]),
  };
}

/** The reader's name for an outlet; an empty one gives the outlet back its own. */
export function renameOutlet(outlet: Outlet, name: string, ownName?: string): Outlet {
  const typed = clean(name);
  if (!typed) return { ...outlet, name: ownName ?? outlet.name, nameEdited: false };
  return { ...outlet, name: typed, nameEdited: true };
}

/** The outlets of an OPML list: feeds of one site (by its origin) are one outlet. */
export function outletsFromOpml(feeds: readonly OpmlFeed[], now: number): Outlet[] {
  const byId = new Map<string, Outlet>();
  for (const f of feeds) {
    const outlet = outletFrom({ feedUrl: f.url, siteUrl: f.siteUrl, name: f.title, lang: f.lang }, now);
    const known = byId.get(outlet.id);
    byId.set(outlet.id, known ? mergeOutlet(known, outlet) : outlet);
  }
  return [...byId.values()];
}

/** The optional host permissions (match patterns) that `outlets` need. */
export function hostPermissions(outlets: readonly Pick<Outlet, 'origins'>[]): string[] {
  return originsOf(outlets.flatMap((o) => o.origins)).map((origin) => `${origin}/*`);
}

/** The origins only `outlet` needs: what unfollowing it can give back. */
export function originsToRelease(outlet: Outlet, others: readonly Outlet[]): string[] {
  const kept = new Set(others.filter((o) => o.id !== outlet.id).flatMap((o) => o.origins));
  return outlet.origins.filter((origin) => !kept.has(origin));
}

/** How an outlet's feeds are doing, for the options page (words in components/strings.ts). */
export interface OutletStatus {
  /** Epoch ms of the last refresh that asked any of its feeds, or null. */
  lastRefreshAt: number | null;
  /** Epoch ms of the last feed that answered (200 or 304), or null. */
  lastOkAt: number | null;
  /** Its feeds that are failing: the error, the last HTTP status, since when, and the next try. */
  failing: {
    feed: string;
    code: NonNullable<FeedRecord['state']['lastError']>;
    status: number | null;
    since: number | null;
    retryAt: number | null;
  }[];
}

export function outletStatus(outlet: Outlet, records: readonly FeedRecord[]): OutletStatus {
  const mine = records.filter((r) => outlet.feeds.includes(r.url));
  const latest = (values: (number | null)[]) =>
    values.reduce<number | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  return {
    lastRefreshAt: latest(mine.map((r) => r.lastRefreshAt)),
    lastOkAt: latest(mine.map((r) => r.state.lastOkAt)),
    failing: mine.flatMap((r) =>
      r.state.lastError === null
        ? []
        : [
            {
              feed: r.url,
              code: r.state.lastError,
              status: r.state.lastStatus,
              since: r.state.errorSince,
              retryAt: r.state.retryAt,
            },
          ],
    ),
  };
}
