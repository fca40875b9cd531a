// @vitest-environment happy-dom
// Following from the popup: the permission asked from the click before the background is told,
// "Allow <host>" when it needs more, the reading-history switch, and live reports alike.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useMemo, useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flowOf, hostsOf, IDLE_FLOW, type FollowFlow } from '@/components/follow-state';
import { FollowOffer, preferredFeed } from '@/components/FollowOffer';
import { MatchItem } from '@/components/MatchItem';
import { PopupView } from '@/components/PopupView';
import type { Outlet } from '@/lib/live/types';
import type { FollowReply, PageFeeds, TabState } from '@/lib/protocol';
import type { Match } from '@/lib/types';
import {
  createFollowFlow,
  originPatterns,
  unfollowAndRelease,
  type PermissionsApi,
  type SendFn,
} from '@/utils/permissions';

afterEach(cleanup);

const outlet = (over: Partial<Outlet> = {}): Outlet => ({
  id: 'outlet-1',
  name: 'Demo Herald',
  nameEdited: false,
  siteUrl: 'https://herald.example/',
  feeds: ['https://herald.example/feed.xml'],
  lang: 'en',
  origins: ['https://herald.example'],
  addedAt: 0,
  ...over,
});

const feeds = (over: Partial<PageFeeds> = {}): PageFeeds => ({
  feeds: [{ url: 'https://herald.example/feed.xml', title: 'Demo Herald', type: 'rss' }],
  siteName: 'Demo Herald',
  followed: null,
  ...over,
});

/** A fake browser and background: every call in order, protocol-shaped replies. */
function fakes(replies: FollowReply[], granted = true) {
  const calls: string[] = [];
  const permissions: PermissionsApi & { request: ReturnType<typeof vi.fn> } = {
    request: vi.fn(async (p: { origins: string[] }) => {
      calls.push(`request ${p.origins.join(' ')}`);
      return granted;
    }),
    remove: vi.fn(async (p: { origins: string[] }) => {
      calls.push(`remove ${p.origins.join(' ')}`);
      return true;
    }),
  };
  const send = vi.fn(async (type: string, payload: unknown) => {
    calls.push(`${type} ${JSON.stringify(payload)}`);
    if (type === 'ui/follow') return replies.shift();
    if (type === 'ui/unfollow') return { ok: true, releaseOrigins: ['https://herald.example'] };
    throw new Error(`unexpected ${type}`);
  }) as unknown as SendFn;
  return { calls, permissions, send };
}

/** The popup's follow offer wired to a real follow flow over the fakes, as App does. */
function Harness({ deps, pageFeeds }: { deps: ReturnType<typeof fakes>; pageFeeds: PageFeeds }) {
  const [flow, setFlow] = useState<FollowFlow>(IDLE_FLOW);
  const follower = useMemo(() => createFollowFlow({ ...deps, render: setFlow }), [deps]);
  return (
    <FollowOffer
      pageFeeds={pageFeeds}
      fallbackName="herald.example"
      flow={flow}
      onFollow={(feed, name) =>
        follower.follow({ url: feed.url, name }, [feed.url, 'https://herald.example/a.html'], name)
      }
      onAllow={() => follower.allow()}
    />
  );
}

describe('following from the popup', () => {
  it('asks for the outlet’s origins from the click, before telling the background', async () => {
    const deps = fakes([{ code: 'followed', outlet: outlet() }]);
    render(<Harness deps={deps} pageFeeds={feeds()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow Demo Herald' }));
    // The request starts in the click itself (a user gesture), not after an await.
    expect(deps.permissions.request).toHaveBeenCalledWith({ origins: ['https://herald.example/*'] });
    expect(screen.getByTestId('follow-status').textContent).toBe('Following…');
    await screen.findByText('Following Demo Herald. Its latest articles are being fetched.');
    expect(deps.calls).toEqual([
      'request https://herald.example/*',
      'ui/follow {"url":"https://herald.example/feed.xml","name":"Demo Herald"}',
    ]);
  });

  it('offers "Allow <host>" when the articles live elsewhere, and retries after that click', async () => {
    const deps = fakes([
      { code: 'needs-permission', origins: ['https://cdn.herald-news.example'] },
      { code: 'followed', outlet: outlet() },
    ]);
    render(<Harness deps={deps} pageFeeds={feeds()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow Demo Herald' }));
    const allow = await screen.findByRole('button', { name: 'Allow cdn.herald-news.example' });
    expect(screen.getByText(/articles are on cdn.herald-news.example/)).toBeTruthy();
    fireEvent.click(allow);
    await screen.findByText(/Following Demo Herald\./);
    expect(deps.calls).toEqual([
      'request https://herald.example/*',
      'ui/follow {"url":"https://herald.example/feed.xml","name":"Demo Herald"}',
      'request https://cdn.herald-news.example/*',
      'ui/follow {"url":"https://herald.example/feed.xml","name":"Demo Herald"}',
    ]);
  });

  it('follows nothing when the reader refuses the permission', async () => {
    const deps = fakes([], false);
    render(<Harness deps={deps} pageFeeds={feeds()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow Demo Herald' }));
    const alert = await screen.findByText(/not allowed to read this outlet/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(deps.calls).toEqual(['request https://herald.example/*']);
  });

  it('says the feed’s error in words', async () => {
    const deps = fakes([{ code: 'feed-error', error: 'not-found' }]);
    render(<Harness deps={deps} pageFeeds={feeds()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Follow Demo Herald' }));
    await screen.findByText('The feed could not be read: the address answers “not found”.');
  });

  it('offers a choice when the page declares several feeds, comments feeds last', async () => {
    const deps = fakes([{ code: 'followed', outlet: outlet() }]);
    const several = feeds({
      siteName: null,
      feeds: [
        { url: 'https://herald.example/comments.xml', title: 'Comments', type: 'rss' },
        { url: 'https://herald.example/world.atom', title: 'Herald World', type: 'atom' },
      ],
    });
    expect(preferredFeed(several.feeds)?.url).toBe('https://herald.example/world.atom');
    render(<Harness deps={deps} pageFeeds={several} />);
    const select = screen.getByLabelText('Feed to follow') as HTMLSelectElement;
    expect(select.value).toBe('https://herald.example/world.atom');
    fireEvent.change(select, { target: { value: 'https://herald.example/comments.xml' } });
    fireEvent.click(screen.getByRole('button', { name: 'Follow Comments' }));
    await screen.findByText(/Following Demo Herald\./);
    expect(deps.calls[1]).toContain('comments.xml');
  });

  it('says "Following <name>" when the page’s outlet is followed, and nothing without feeds', () => {
    const { unmount } = render(
      <FollowOffer
        pageFeeds={feeds({ followed: { id: 'outlet-1', name: 'The Herald' } })}
        fallbackName=""
        flow={IDLE_FLOW}
        onFollow={() => {}}
        onAllow={() => {}}
      />,
    );
    expect(screen.getByTestId('following').textContent).toBe('Following The Herald');
    expect(screen.queryByRole('button', { name: /^Follow/ })).toBeNull();
    unmount();
    const { container } = render(
      <FollowOffer
        pageFeeds={feeds({ feeds: [] })}
        fallbackName=""
        flow={IDLE_FLOW}
        onFollow={() => {}}
        onAllow={() => {}}
      />,
    );
    expect(container.textContent).toBe('');
  });

  it('shows a hostile site name as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <FollowOffer
        pageFeeds={feeds({ siteName: name })}
        fallbackName=""
        flow={IDLE_FLOW}
        onFollow={() => {}}
        onAllow={() => {}}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button').textContent).toBe(`Follow ${name}`);
  });
});

describe('permissions helpers', () => {
  it('turns URLs and origins into match patterns, once each', () => {
    expect(
      originPatterns([
        'https://a.example/feed',
        'https://a.example',
        'http://b.example:8080/x',
        'ftp://c',
        'nope',
        null,
      ]),
    ).toEqual(['https://a.example/*', 'http://b.example:8080/*']);
    expect(hostsOf(['https://a.example', 'https://b.example/*', 'junk'])).toEqual(['a.example', 'b.example']);
  });

  it('gives back the origins unfollowing releases, and ignores a required permission', async () => {
    const deps = fakes([]);
    deps.permissions.remove = vi.fn(async () => {
      throw new Error('You cannot remove required permissions.');
    });
    const reply = await unfollowAndRelease(deps, 'outlet-1');
    expect(reply).toEqual({ ok: true, releaseOrigins: ['https://herald.example'] });
    expect(deps.permissions.remove).toHaveBeenCalledWith({ origins: ['https://herald.example/*'] });
  });

  it('has words for every code', () => {
    expect(flowOf({ code: 'already-followed', outlet: outlet() }, 'x')).toEqual({
      kind: 'done',
      ok: true,
      text: 'You already follow Demo Herald.',
    });
    expect(flowOf({ code: 'no-feed' }, 'x')).toMatchObject({
      ok: false,
      text: expect.stringContaining('names no feed'),
    });
    expect(flowOf({ code: 'invalid-url' }, 'x')).toMatchObject({ text: expect.stringContaining('https://') });
    expect(flowOf({ code: 'disk-full' }, 'x')).toMatchObject({ text: expect.stringContaining('storage') });
    expect(flowOf({ code: 'needs-permission', origins: [] }, 'x')).toMatchObject({ kind: 'done', ok: false });
  });
});

const page = {
  isArticle: true,
  title: 'Council approves the river tram',
  byline: null,
  siteName: 'Demo Herald',
  publishedTime: '2025-04-08',
  lang: 'en',
  wordCount: 420,
  signals: [],
  url: 'https://herald.example/a.html',
  canonicalUrl: null,
};

describe('the popup with live coverage', () => {
  it('has the reading-history switch, off by default, and a link to Sources', () => {
    const onToggle = vi.fn();
    const onOpenSources = vi.fn();
    const state: TabState = { kind: 'no-coverage', page, best: null, selfId: null };
    render(
      <PopupView
        state={state}
        onOpenSidebar={() => {}}
        keepReading={{ on: false, onToggle }}
        onOpenSources={onOpenSources}
        follow={{
          pageFeeds: feeds(),
          fallbackName: '',
          flow: IDLE_FLOW,
          onFollow: () => {},
          onAllow: () => {},
        }}
      />,
    );
    const toggle = screen.getByRole('switch', { name: 'Keep the articles I read' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Sources' }));
    expect(onOpenSources).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Follow Demo Herald' })).toBeTruthy();
  });

  it('shows live reports like the others: outlet, age, a link; partial ones say "summary only"', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    const live = (over: Partial<Match>): Match => ({
      id: 'l1',
      outlet: 'Demo Herald',
      headline: 'Tram plan passes',
      published: '2026-12-03T09:00:00Z',
      score: 0.8,
      verdict: 'same-story',
      origin: 'live',
      url: 'https://herald.example/tram.html',
      ...over,
    });
    render(
      <ul>
        <MatchItem match={live({})} now={now} />
        <MatchItem match={live({ id: 'l2', partial: true })} now={now} />
        <MatchItem match={live({ id: 'b', origin: 'bundled' })} now={now} />
      </ul>,
    );
    const items = screen.getAllByTestId('match');
    expect(items[0]!.textContent).toContain('Demo Herald');
    expect(items[0]!.textContent).toContain('3 hr ago');
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('https://herald.example/tram.html');
    expect(items[0]!.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(items[0]!.querySelector('[data-testid="partial"]')).toBeNull();
    expect(items[1]!.textContent).toContain('summary only');
    // Live and bundled reports are the same card.
    expect(items[0]!.innerHTML).toBe(items[2]!.innerHTML);
  });
});
