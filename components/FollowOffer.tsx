import { useState } from 'preact/hooks';
import type { FeedLink } from '@/lib/feeds/types';
import type { PageFeeds } from '@/lib/protocol';
import { hostList, type FollowFlow } from './follow-state';
import { strings } from './strings';

const t = strings.follow;

/** The feed offered first: the first one that is not a comments feed. */
export function preferredFeed(feeds: readonly FeedLink[]): FeedLink | null {
  return feeds.find((f) => !/comment/i.test(`${f.title ?? ''} ${f.url}`)) ?? feeds[0] ?? null;
}

/** The name "Follow <name>" uses: the site's own, else the feed's title, else the host. */
export function offerName(pageFeeds: PageFeeds, feed: FeedLink | null, fallback: string): string {
  return pageFeeds.siteName?.trim() || feed?.title?.trim() || fallback;
}

/**
 * The steps of a follow after the click: working, "Allow <host>" when the background needs more
 * origins (a second click, which asks for them), then the outcome in words.
 */
export function FollowFlowLine({ flow, onAllow }: { flow: FollowFlow; onAllow: () => void }) {
  return (
    <>
      {flow.kind === 'needs-permission' ? (
        <div class="follow-allow">
          <p class="reason">{t.reply['needs-permission'](hostList(flow.origins))}</p>
          <button type="button" class="primary" onClick={onAllow} data-testid="follow-allow">
            {t.allow(hostList(flow.origins))}
          </button>
        </div>
      ) : null}
      {/* Both live regions stay in the page, so an outcome is announced when it appears. */}
      <p class="reason" role="status" data-testid="follow-status">
        {flow.kind === 'working' ? t.working : flow.kind === 'done' && flow.ok ? flow.text : ''}
      </p>
      <p class="reason follow-error" role="alert" data-testid="follow-error">
        {flow.kind === 'done' && !flow.ok ? flow.text : ''}
      </p>
    </>
  );
}

export interface FollowOfferProps {
  /** The feeds the page declares and whether they are followed; null: not known (yet). */
  pageFeeds: PageFeeds | null;
  /** The page's host, to name an outlet with no name of its own. */
  fallbackName: string;
  flow: FollowFlow;
  onFollow: (feed: FeedLink, name: string) => void;
  onAllow: () => void;
}

/** The popup's "Follow <outlet>" (a choice of feed when the page has several), or "Following". */
export function FollowOffer({ pageFeeds, fallbackName, flow, onFollow, onAllow }: FollowOfferProps) {
  const feeds = pageFeeds?.feeds ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  if (!pageFeeds) return null;
  if (pageFeeds.followed) {
    return (
      <div class="follow" data-testid="follow">
        <p class="following" data-testid="following">
          {t.following(pageFeeds.followed.name)}
        </p>
        <FollowFlowLine flow={flow} onAllow={onAllow} />
      </div>
    );
  }
  if (feeds.length === 0) return null;
  const feed = feeds.find((f) => f.url === chosen) ?? preferredFeed(feeds);
  const name = offerName(pageFeeds, feed, fallbackName);
  return (
    <div class="follow" data-testid="follow">
      {feeds.length > 1 ? (
        <label class="feed-choice">
          {t.chooseFeed}
          <select
            value={feed?.url}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data-testid="follow-feed"
          >
            {feeds.map((f) => (
              <option key={f.url} value={f.url}>
                {t.feedChoice(f.title, f.url)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button
        type="button"
        class="primary"
        disabled={flow.kind === 'working' || !feed}
        onClick={() => feed && onFollow(feed, name)}
        data-testid="follow-button"
      >
        {t.button(name)}
      </button>
      <FollowFlowLine flow={flow} onAllow={onAllow} />
    </div>
  );
}
