/**
 * The feeds the page declares (`<link rel="alternate">` of RSS, Atom or JSON Feed type in its
 * head), read from the live DOM on a detected article: a few elements, no layout, nothing
 * fetched. The background keeps them for the popup's "Follow" (lib/protocol.ts 'page/feeds').
 */
import { feedLinkType, MAX_FEED_LINKS } from '@/lib/feeds/discover';
import type { FeedLink } from '@/lib/feeds/types';

export function declaredFeeds(doc: Document): { feeds: FeedLink[]; siteName: string | null } {
  const feeds: FeedLink[] = [];
  const seen = new Set<string>();
  const head = doc.head;
  if (!head) return { feeds, siteName: null };
  for (const link of head.querySelectorAll('link[rel][href][type]')) {
    if (feeds.length >= MAX_FEED_LINKS) break;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = feedLinkType(link.getAttribute('type'));
    if (!rel.includes('alternate') || type === null) continue;
    let url: string;
    try {
      url = new URL(link.getAttribute('href') ?? '', doc.baseURI).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(url) || seen.has(url)) continue;
    seen.add(url);
    const title = (link.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    feeds.push({ url, title: title || null, type });
  }
  const meta = head.querySelector('meta[property="og:site_name"], meta[name="application-name"]');
  const siteName = (meta?.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return { feeds, siteName: siteName || null };
}
