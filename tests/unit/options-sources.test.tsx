// @vitest-environment happy-dom
// Sources on the options page, wired as the page is (App, live-model.ts) to a fake background
// that answers as lib/protocol.ts says, and a fake permissions API: what the reader sees in
// each state, and that every follow asks for its origins before ui/follow.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import type { OpmlFeed } from '@/lib/feeds/opml';
import type { RequestRecord } from '@/lib/feeds/types';
import type { Outlet } from '@/lib/live/types';
import type { FollowReply, LiveStatus, RefreshSummary } from '@/lib/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;

const outlet = (over: Partial<Outlet> = {}): Outlet => ({
  id: 'outlet-herald',
  name: 'Demo Herald',
  nameEdited: false,
  siteUrl: 'https://herald.example/',
  feeds: ['https://herald.example/feed.xml'],
  lang: 'en',
  origins: ['https://herald.example'],
  addedAt: 0,
  ...over,
});

const world = vi.hoisted(() => ({
  calls: [] as string[],
  settings: null as unknown as Settings,
  status: null as unknown as LiveStatus,
  follow: [] as FollowReply[],
  refresh: null as unknown as RefreshSummary,
  requests: [] as RequestRecord[],
  granted: true,
  live: null as ((p: { progress: unknown }) => void) | null,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      request: async (p: { origins: string[] }) => {
        world.calls.push(`request ${p.origins.join(' ')}`);
        return world.granted;
      },
      remove: async (p: { origins: string[] }) => {
        world.calls.push(`remove ${p.origins.join(' ')}`);
        return true;
      },
    },
  },
}));

vi.mock('@/utils/messaging', () => ({
  listen: (handlers: Record<string, (p: unknown) => void>) => {
    if (handlers['bg/live-changed']) world.live = handlers['bg/live-changed'] as typeof world.live;
    return () => {};
  },
  send: async (type: string, payload: Record<string, unknown>) => {
    if (type !== 'ui/live-status' && type !== 'ui/get-settings')
      world.calls.push(`${type} ${JSON.stringify(payload)}`);
    switch (type) {
      case 'ui/get-settings':
        return world.settings;
      case 'ui/set-settings':
        world.settings = payload.settings as Settings;
        return world.settings;
      case 'ui/corpus-changed':
        return { size: 0 };
      case 'ui/live-status':
        return world.status;
      case 'ui/follow':
        return world.follow.shift();
      case 'ui/unfollow':
        return { ok: true, releaseOrigins: ['https://herald.example'] };
      case 'ui/rename-outlet':
        return { ...world.status.outlets[0]!.outlet, name: payload.name, nameEdited: true };
      case 'ui/refresh-now':
        return world.refresh;
      case 'ui/get-requests':
        return world.requests;
      case 'ui/forget-history':
        return { removed: 3 };
      case 'ui/import-opml':
        return { followed: (payload.feeds as OpmlFeed[]).length - 1, already: 1, notGranted: [] };
      case 'ui/export-opml':
        return { text: '<opml version="2.0"/>' };
    }
    throw new Error(`unexpected message ${type}`);
  },
}));

const status = (over: Partial<LiveStatus> = {}): LiveStatus => ({
  outlets: [
    {
      outlet: outlet(),
      articles: 42,
      status: { lastRefreshAt: NOW - 3 * HOUR, lastOkAt: NOW - 3 * HOUR, failing: [] },
    },
    {
      outlet: outlet({
        id: 'outlet-gazette',
        name: 'Gazette',
        feeds: ['https://gazette.example/rss'],
        lang: null,
      }),
      articles: 0,
      status: {
        lastRefreshAt: NOW - HOUR,
        lastOkAt: null,
        failing: [
          {
            feed: 'https://gazette.example/rss',
            code: 'not-found',
            status: 404,
            since: NOW - 3 * 24 * HOUR,
            retryAt: null,
          },
        ],
      },
    },
  ],
  progress: null,
  lastRefreshAt: NOW - HOUR,
  nextRefreshAt: null,
  usage: { articles: 42, bytes: 2_500_000 },
  historyArticles: 3,
  error: null,
  ...over,
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  globalThis.indexedDB = new IDBFactory();
  world.calls = [];
  world.settings = { ...DEFAULT_SETTINGS, welcomed: true };
  world.status = status();
  world.follow = [];
  world.granted = true;
  world.requests = [];
  world.refresh = { status: 'done', feeds: [], added: 7, removed: 0, error: null };
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const sources = () => screen.getByTestId('sources');

describe('Sources', () => {
  it('lists each followed outlet: name, feeds, language, last refresh, articles, errors in words', async () => {
    render(<App />);
    const rows = await within(sources()).findAllByTestId('outlet');
    expect(rows).toHaveLength(2);
    expect((within(rows[0]!).getByLabelText('Name of Demo Herald') as HTMLInputElement).value).toBe(
      'Demo Herald',
    );
    expect(rows[0]!.textContent).toContain('https://herald.example/feed.xml');
    expect(rows[0]!.textContent).toContain('Language: English');
    expect(rows[0]!.textContent).toContain('42 articles');
    expect(rows[0]!.textContent).toContain('refreshed 3 hr ago');
    expect(within(rows[0]!).queryByTestId('outlet-error')).toBeNull();
    expect(rows[1]!.textContent).toContain('Language unknown');
    expect(within(rows[1]!).getByTestId('outlet-error').textContent).toBe(
      'Failing since 3 days ago: the address answers “not found” (HTTP 404).',
    );
    expect(screen.getByTestId('last-refresh').textContent).toBe('Last refresh 1 hr ago.');
    expect(screen.getByTestId('storage-used').textContent).toBe('Storage used: 2.5 MB for 42 articles.');
  });

  it('says when the next scheduled refresh is, or that refreshing is manual', async () => {
    world.status = status({ nextRefreshAt: NOW + 25 * 60_000 });
    render(<App />);
    expect((await screen.findByTestId('next-refresh')).textContent).toBe('Next refresh in 25 min.');
    cleanup();
    world.status = status({ nextRefreshAt: null });
    render(<App />);
    expect((await screen.findByTestId('next-refresh')).textContent).toBe(
      'Refreshed only when you click “Refresh now”.',
    );
    cleanup();
    world.status = status({ outlets: [] });
    render(<App />);
    await screen.findByTestId('no-outlets');
    expect(screen.queryByTestId('next-refresh')).toBeNull();
  });

  it('says when a failing feed is tried again, as a time to come (not a date)', async () => {
    const failing = status();
    failing.outlets[1]!.status.failing[0]!.retryAt = NOW + 2 * HOUR;
    world.status = failing;
    render(<App />);
    const rows = await within(sources()).findAllByTestId('outlet');
    expect(within(rows[1]!).getByTestId('outlet-error').textContent).toContain('Next try in 2 hr.');
  });

  it('says when nothing is followed yet', async () => {
    world.status = status({ outlets: [] });
    render(<App />);
    expect((await screen.findByTestId('no-outlets')).textContent).toContain('You follow no outlet yet');
    expect((screen.getByTestId('refresh-now') as HTMLButtonElement).disabled).toBe(true);
  });

  it('follows a typed site: asks for its origin first, then says what became of it', async () => {
    world.follow = [
      { code: 'needs-permission', origins: ['https://feeds.herald.example'] },
      { code: 'followed', outlet: outlet({ name: 'The Herald' }) },
    ];
    render(<App />);
    fireEvent.input(await screen.findByLabelText('Feed or site address'), {
      target: { value: 'herald.example' },
    });
    fireEvent.click(screen.getByTestId('follow-submit'));
    fireEvent.click(await screen.findByRole('button', { name: 'Allow feeds.herald.example' }));
    await screen.findByText('Following The Herald. Its latest articles are being fetched.');
    expect(world.calls).toEqual([
      'request https://herald.example/*',
      'ui/follow {"url":"https://herald.example"}',
      'request https://feeds.herald.example/*',
      'ui/follow {"url":"https://herald.example"}',
    ]);
  });

  it('has a clear message for each failure', async () => {
    world.follow = [{ code: 'no-feed' }, { code: 'invalid-url' }];
    render(<App />);
    const input = await screen.findByLabelText('Feed or site address');
    fireEvent.input(input, { target: { value: 'https://nofeed.example' } });
    fireEvent.click(screen.getByTestId('follow-submit'));
    await waitFor(() => expect(screen.getByTestId('follow-error').textContent).toContain('names no feed'));
    world.granted = false;
    fireEvent.click(screen.getByTestId('follow-submit'));
    await waitFor(() => expect(screen.getByTestId('follow-error').textContent).toContain('not allowed'));
    expect(world.calls.filter((c) => c.startsWith('ui/follow'))).toHaveLength(1);
  });

  it('unfollows and gives the origins back; renames inline', async () => {
    render(<App />);
    const rows = await within(sources()).findAllByTestId('outlet');
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Unfollow Demo Herald' }));
    await screen.findByText('You no longer follow Demo Herald.');
    expect(world.calls).toEqual([
      'ui/unfollow {"outletId":"outlet-herald"}',
      'remove https://herald.example/*',
    ]);
    const name = within(rows[1]!).getByLabelText('Name of Gazette');
    fireEvent.input(name, { target: { value: 'The Gazette' } });
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Rename' }));
    await screen.findByText('Renamed to The Gazette.');
    expect(world.calls).toContain('ui/rename-outlet {"outletId":"outlet-gazette","name":"The Gazette"}');
  });

  it('refreshes now with progress from bg/live-changed, then says how it went', async () => {
    let finish: (r: RefreshSummary) => void = () => {};
    world.refresh = new Promise<RefreshSummary>((resolve) => (finish = resolve)) as unknown as RefreshSummary;
    render(<App />);
    fireEvent.click(await screen.findByTestId('refresh-now'));
    await screen.findByText('Refreshing…');
    world.live?.({ progress: { done: 3, total: 12, feed: 'https://herald.example/feed.xml' } });
    await screen.findByText('Refreshing: 3 of 12 feeds');
    expect((screen.getByTestId('refresh-now') as HTMLButtonElement).disabled).toBe(true);
    finish({
      status: 'done',
      feeds: [{ feed: 'x', outletId: null, status: 'error', new: 0, partial: 0, error: 'timeout' }],
      added: 7,
      removed: 0,
      error: null,
    });
    await screen.findByText('Refreshed: 7 new articles; 1 feed could not be read.');
  });

  it('imports OPML: parsed here, then one click asks for every origin and follows', async () => {
    render(<App />);
    const opml = `<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="Herald" xmlUrl="https://herald.example/feed.xml" htmlUrl="https://herald.example/"/>
      <outline text="News"><outline text="Gazette" xmlUrl="https://gazette.example/rss"/></outline>
    </body></opml>`;
    const input = (await screen.findByLabelText('Choose an OPML file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([opml], 'mine.opml')], configurable: true });
    fireEvent.change(input);
    fireEvent.click(await screen.findByRole('button', { name: 'Follow its 2 feeds' }));
    await screen.findByText('Followed 1 feed, 1 already followed.');
    expect(world.calls[0]).toBe('request https://herald.example/* https://gazette.example/*');
    expect(world.calls[1]).toMatch(/^ui\/import-opml /);
  });

  it('says so when a file is not OPML', async () => {
    render(<App />);
    const input = (await screen.findByLabelText('Choose an OPML file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['hello'], 'notes.txt')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('opml-error').textContent).toContain('not an OPML file'));
  });

  it('follows a suggested outlet with one click, asking for its feed and site first', async () => {
    world.status = status({ outlets: [] });
    world.follow = [{ code: 'followed', outlet: outlet({ name: 'Le Monde' }) }];
    render(<App />);
    await screen.findByTestId('no-outlets');
    const starter = screen.getByTestId('starter');
    fireEvent.click(within(starter).getByRole('button', { name: 'Follow Le Monde' }));
    await within(starter).findByText('Following Le Monde. Its latest articles are being fetched.');
    expect(world.calls).toEqual([
      'request https://www.lemonde.fr/*',
      'ui/follow {"url":"https://www.lemonde.fr/rss/une.xml","name":"Le Monde"}',
    ]);
  });

  it('changes the schedule and retention, keeps reading on request, forgets it', async () => {
    render(<App />);
    const schedule = (await screen.findByLabelText('Refresh the feeds')) as HTMLSelectElement;
    expect([...schedule.options].map((o) => o.textContent)).toEqual([
      'Every 15 minutes',
      'Every 30 minutes',
      'Every hour',
      'Every 2 hours',
      'Every 6 hours',
      'Every 12 hours',
      'Every 24 hours',
      'Manual only (Refresh now)',
    ]);
    expect(schedule.value).toBe('30');
    fireEvent.change(schedule, { target: { value: 'null' } });
    await waitFor(() => expect(world.settings.refreshMinutes).toBeNull());
    fireEvent.change(screen.getByLabelText('Keep articles for'), { target: { value: '7' } });
    await waitFor(() => expect(world.settings.retentionDays).toBe(7));
    fireEvent.change(screen.getByLabelText('Use at most'), { target: { value: '500' } });
    await waitFor(() => expect(world.settings.retentionMB).toBe(500));
    const keep = within(screen.getByTestId('live-settings')).getByRole('switch', {
      name: 'Keep the articles I read',
    });
    expect((keep as HTMLInputElement).checked).toBe(false);
    fireEvent.click(keep);
    await waitFor(() => expect(world.settings.keepReading).toBe(true));
    expect(screen.getByTestId('history-count').textContent).toBe('3 articles kept from your reading.');
    fireEvent.click(screen.getByRole('button', { name: 'Forget my reading history' }));
    await screen.findByText('Forgot 3 articles of your reading.');
  });

  it('shows the request log when opened: time, URL, status, bytes', async () => {
    world.requests = [
      {
        time: NOW - HOUR,
        url: 'https://herald.example/feed.xml',
        kind: 'feed',
        status: 200,
        bytes: 12_000,
        error: null,
      },
      {
        time: NOW - 2 * HOUR,
        url: 'https://gazette.example/rss',
        kind: 'feed',
        status: null,
        bytes: 0,
        error: 'timeout',
      },
    ];
    render(<App />);
    const log = (await screen.findByTestId('request-log')) as HTMLDetailsElement;
    await screen.findAllByTestId('outlet');
    // The log is the same element once the status is in: opened, it stays open.
    expect(screen.getByTestId('request-log')).toBe(log);
    log.open = true;
    fireEvent(log, new Event('toggle'));
    await waitFor(() => expect(world.calls).toContain('ui/get-requests {}'));
    const rows = await within(log).findAllByTestId('request');
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((td) => td.textContent))).toEqual([
      ['https://herald.example/feed.xml', '200', '12 kB'],
      ['https://gazette.example/rss', 'the outlet did not answer in time', '0 B'],
    ]);
    expect(world.calls).toContain('ui/get-requests {}');
  });

  it('exports OPML as a download', async () => {
    const created: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:x');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    render(<App />);
    fireEvent.click(await screen.findByTestId('opml-export'));
    await waitFor(
      () => expect(screen.getByTestId('sources-notice').textContent).toBe('Saved parallax-sources.opml.'),
      { timeout: 500 },
    );
    expect(created).toEqual(['parallax-sources.opml']);
    click.mockRestore();
  });

  it('shows outlet names and feed addresses from the background as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    world.status = status({
      outlets: [
        {
          outlet: outlet({ name: evil, feeds: [`https://x.example/${evil}`] }),
          articles: 1,
          status: { lastRefreshAt: null, lastOkAt: null, failing: [] },
        },
      ],
    });
    const { container } = render(<App />);
    await within(sources()).findAllByTestId('outlet');
    expect(container.querySelector('img')).toBeNull();
    expect(sources().textContent).toContain('not refreshed yet');
  });
});

describe('the first-run welcome', () => {
  it('shows once: explains following, offers the reading-history switch, and is dismissed for good', async () => {
    world.settings = { ...DEFAULT_SETTINGS };
    render(<App />);
    const welcome = await screen.findByTestId('welcome');
    expect(welcome.textContent).toContain('Follow the outlets');
    const keep = within(welcome).getByRole('switch', {
      name: 'Keep the articles I read',
    }) as HTMLInputElement;
    expect(keep.checked).toBe(false);
    fireEvent.click(keep);
    await waitFor(() => expect(world.settings.keepReading).toBe(true));
    fireEvent.click(within(welcome).getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByTestId('welcome')).toBeNull());
    expect(world.settings.welcomed).toBe(true);
  });

  it('is not shown once welcomed', async () => {
    render(<App />);
    await screen.findAllByTestId('outlet');
    expect(screen.queryByTestId('welcome')).toBeNull();
  });
});
