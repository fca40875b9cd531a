/**
 * When two feed items are the same article, so that no page is fetched twice and no article is
 * stored twice: the same canonical URL, the same GUID in the same feed, or the same text (the
 * corpus's one definition, lib/corpus/text-key.ts). The keys are defined here once; the live
 * store (lib/live/store.ts) indexes the same keys and `Seen` keeps them in memory (`feeds fetch`,
 * one refresh).
 */
import { textHash } from '../corpus/text-key.ts';

/**
 * Query parameters that only say how the reader arrived (campaigns, click ids, share tracking):
 * the same article with or without them. Matched without case; `utm_` and `_hs` as prefixes.
 */
const TRACKING_PREFIXES = ['utm_', '_hs'];
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wt_mc',
  'cmpid',
  'smid',
  'smtyp',
  'ncid',
]);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The one address of an article, for telling copies apart: host in lower case, no fragment, no
 * tracking parameters, the other parameters sorted, no default port, no trailing `index.html`
 * (or `index.htm`); the path keeps its case (servers tell `/A` from `/a`). Null for anything
 * that is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // URL lower-cases the host and drops the scheme's default port already.
  u.hash = '';
  u.username = '';
  u.password = '';
  u.pathname = u.pathname.replace(/\/index\.html?$/i, '/');
  const kept = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  return u.href;
}

/** What an item or article is known by. */
export interface DedupeInput {
  url?: string | null;
  /** The feed the GUID belongs to: GUIDs are unique only within one feed. */
  feed?: string | null;
  guid?: string | null;
  text?: string | null;
}

/** The keys of an item: each null when the item does not have it. */
export interface DedupeKeys {
  url: string | null;
  /** `feed` (canonical) and GUID together. */
  guid: string | null;
  /** `textHash` of the text (lib/corpus/text-key.ts); null for an empty text. */
  text: string | null;
}

export function dedupeKeys(item: DedupeInput): DedupeKeys {
  const guid = item.guid?.trim();
  const feed = canonicalUrl(item.feed) ?? item.feed?.trim() ?? '';
  const text = item.text?.trim();
  return {
    url: canonicalUrl(item.url),
    guid: guid ? `${feed} ${guid}` : null,
    text: text ? textHash(text) : null,
  };
}

export type DuplicateBy = 'url' | 'guid' | 'text';

/** An earlier article an item repeats, and by which key (URL first, then GUID, then text). */
export interface SeenHit<T> {
  by: DuplicateBy;
  value: T;
}

/**
 * The articles seen so far, by canonical URL, GUID per feed and text. `value` is what the caller
 * wants back for a hit (an id, or the id and outlet to tell wire copy from a repeat).
 */
export class Seen<T = string> {
  private readonly maps: Record<DuplicateBy, Map<string, T>> = {
    url: new Map(),
    guid: new Map(),
    text: new Map(),
  };

  /** Remember `item`; a key already known keeps its first value. */
  add(item: DedupeInput, value: T): void {
    const keys = dedupeKeys(item);
    for (const by of ['url', 'guid', 'text'] as const) {
      const key = keys[by];
      if (key !== null && !this.maps[by].has(key)) this.maps[by].set(key, value);
    }
  }

  /** The first earlier article `item` repeats by URL or GUID (the page need not be fetched). */
  findByAddress(item: DedupeInput): SeenHit<T> | null {
    return this.lookup(dedupeKeys(item), ['url', 'guid']);
  }

  /** The earlier article with the same text, or null. */
  findByText(item: DedupeInput): SeenHit<T> | null {
    return this.lookup(dedupeKeys(item), ['text']);
  }

  /** The first earlier article `item` repeats, by URL, then GUID, then text. */
  find(item: DedupeInput): SeenHit<T> | null {
    return this.lookup(dedupeKeys(item), ['url', 'guid', 'text']);
  }

  has(item: DedupeInput): boolean {
    return this.find(item) !== null;
  }

  private lookup(keys: DedupeKeys, order: readonly DuplicateBy[]): SeenHit<T> | null {
    for (const by of order) {
      const key = keys[by];
      const value = key === null ? undefined : this.maps[by].get(key);
      if (value !== undefined) return { by, value };
    }
    return null;
  }
}
