/**
 * Live coverage in the background: wiring only. The live service (lib/live/service.ts) answers
 * the live messages; this file gives it the browser (IndexedDB, fetch, the granted host
 * permissions, the extraction off the worker's thread), keeps the schedule (`alarms`, one per
 * settings.refreshMinutes, none when manual or nothing is followed), resumes a refresh a stopped
 * worker left, keeps each tab's declared feeds, and feeds what a refresh stores into the
 * engine's match index in place. Its own redirected requests' targets are heard through
 * webRequest (an MV3 manual redirect is opaque): only requests the extension itself made (no
 * tab, initiated by this extension) are looked at; a reader's browsing is never seen or kept.
 */
import browser from 'webextension-polyfill';
import { createRedirectLog } from '@/lib/feeds/redirect-log';
import { createLiveService, openLiveStore, type LiveChange, type LiveService } from '@/lib/live';
import type { PageFeeds } from '@/lib/protocol';
import type { Settings } from '@/lib/settings';
import type { ExtractedPage } from '@/lib/types';
import type { Broadcast, Handlers } from '@/utils/messaging';
import { createSessionMap } from '@/utils/session-map';
import type { Engine } from './engine';
import { extractHtmlOffThread } from './extractor';
import type { SettingsStore } from './settings';

export const REFRESH_ALARM = 'live-refresh';
export const RESUME_ALARM = 'live-resume';

export interface LiveDeps {
  engine: Engine;
  settings: SettingsStore;
  broadcast: Broadcast;
  /** Open articles are matched again (live articles joined or left the index). */
  reanalyze: () => Promise<void>;
}

export interface Live {
  handlers: Handlers;
  /** The live articles, for the engine's build. */
  articles(): Promise<import('@/lib/live').LiveArticle[]>;
  /** A page the reader read (kept when "Keep the articles I read" is on). */
  read(extracted: ExtractedPage): void;
  tabNavigated(tabId: number): Promise<void>;
  start(): void;
}

type PageFeedRecord = Omit<PageFeeds, 'followed'>;

/**
 * Hears the Location of redirects answered to the extension's own requests (Chrome: no tab and
 * this extension as initiator; Firefox: no tab and this extension's pages as origin). The
 * browser shows webRequest only requests to granted origins: the followed outlets.
 */
function watchOwnRedirects(heard: (url: string, location: string) => void): void {
  const onHeaders = browser.webRequest?.onHeadersReceived;
  if (!onHeaders) return;
  const self = browser.runtime.getURL('/').replace(/\/$/, '');
  onHeaders.addListener(
    (details) => {
      const from = details as typeof details & { initiator?: string; originUrl?: string };
      if (details.tabId !== -1 || details.statusCode < 300 || details.statusCode > 399) return;
      const origin = from.initiator ?? from.originUrl ?? '';
      if (origin !== self && !origin.startsWith(`${self}/`)) return;
      const location = details.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value;
      if (location) heard(details.url, location);
    },
    { urls: ['http://*/*', 'https://*/*'] },
    ['responseHeaders'],
  );
}

export function createLive(deps: LiveDeps): Live {
  const { engine, settings, broadcast } = deps;
  const pageFeeds = createSessionMap<PageFeedRecord>('feeds');
  const store = openLiveStore(indexedDB);
  let changed = false;
  let service: Promise<LiveService> | null = null;
  const redirects = createRedirectLog();
  watchOwnRedirects(redirects.heard);

  /**
   * permissions.contains, origin by origin as a match pattern. Not permissions.getAll(): Chrome
   * lists the content script's `http://*\/*` there, which grants no fetch. A pattern with a port
   * is tried first (Chrome grants per port); then the host's, which covers every port: Firefox
   * answers false (it does not throw) for a port pattern even when the host is granted.
   */
  async function contains(origins: string[]): Promise<boolean> {
    const has = (pattern: string) => browser.permissions.contains({ origins: [pattern] }).catch(() => false);
    for (const origin of origins) {
      const u = new URL(origin);
      if (!(await has(`${u.origin}/*`)) && !(await has(`${u.protocol}//${u.hostname}/*`))) return false;
    }
    return true;
  }

  function getService(): Promise<LiveService> {
    service ??= store.then((s) =>
      createLiveService({
        store: s,
        fetch: (input, init) => fetch(input, init),
        extract: extractHtmlOffThread,
        client: { redirectTarget: redirects.target },
        permissions: { contains },
        settings: () => settings.load(),
        onChange: (change: LiveChange) => {
          changed = true;
          void engine.applyLive(change);
        },
        onLiveChanged: (progress) => {
          broadcast('bg/live-changed', { progress });
          if (progress === null && changed) {
            changed = false;
            void deps.reanalyze();
          }
        },
        nextRefreshAt: async () => (await browser.alarms.get(REFRESH_ALARM))?.scheduledTime ?? null,
      }),
    );
    return service;
  }

  /** The schedule as the settings and the followed outlets say: one alarm, or none. */
  async function schedule(minutes?: number | null): Promise<void> {
    const every = minutes === undefined ? (await settings.load()).refreshMinutes : minutes;
    const followed = (await (await store).listOutlets()).length > 0;
    const current = await browser.alarms.get(REFRESH_ALARM);
    if (every === null || !followed) {
      if (current) await browser.alarms.clear(REFRESH_ALARM);
      return;
    }
    if (current?.periodInMinutes === every) return;
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: every, periodInMinutes: every });
  }

  async function resume(startup = false): Promise<void> {
    const retryAt = await (await getService()).resume({ startup });
    if (retryAt !== null) await browser.alarms.create(RESUME_ALARM, { when: retryAt });
  }

  const withService =
    <A extends unknown[], R>(fn: (s: LiveService, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      fn(await getService(), ...args);

  const handlers: Handlers = {
    'page/feeds': async ({ feeds, siteName }, { tabId }) => {
      const list = Array.isArray(feeds) ? feeds.slice(0, 20) : [];
      await pageFeeds.set(tabId, { feeds: list, siteName: typeof siteName === 'string' ? siteName : null });
    },
    'ui/page-feeds': async ({ tabId }, caller) => {
      const id =
        tabId ??
        caller.ownTab ??
        (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ??
        null;
      const record = id === null ? undefined : await pageFeeds.get(id);
      if (!record) return { feeds: [], siteName: null, followed: null };
      return { ...record, followed: await (await getService()).followedBy(record.feeds) };
    },
    'ui/live-status': withService((s) => s.status()),
    'ui/follow': withService(async (s, request: { url: string; name?: string | null }) => {
      const reply = await s.follow(request);
      await schedule();
      return reply;
    }),
    'ui/import-opml': withService(async (s, { feeds }) => {
      const reply = await s.importOpml(feeds);
      await schedule();
      return reply;
    }),
    'ui/export-opml': withService((s) => s.exportOpml()),
    'ui/unfollow': withService(async (s, { outletId }) => {
      const reply = await s.unfollow(outletId);
      await schedule();
      return reply;
    }),
    'ui/rename-outlet': withService((s, { outletId, name }) => s.rename(outletId, name)),
    'ui/refresh-now': withService((s) => s.refreshNow('manual')),
    'ui/get-requests': withService((s) => s.requests()),
    'ui/forget-history': withService((s) => s.forgetHistory()),
  };

  return {
    handlers,
    articles: async () => (await store).listArticles(),
    read(extracted) {
      void getService()
        .then((s) => s.keepRead(extracted))
        .catch(() => undefined);
    },
    tabNavigated: (tabId) => pageFeeds.delete(tabId),
    start() {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === REFRESH_ALARM) void getService().then((s) => s.refreshNow('schedule'));
        else if (alarm.name === RESUME_ALARM) void resume();
      });
      browser.storage.onChanged.addListener((changes, area) => {
        const next = changes['settings']?.newValue as Partial<Settings> | undefined;
        const before = changes['settings']?.oldValue as Partial<Settings> | undefined;
        if (area === 'local' && next && next.refreshMinutes !== before?.refreshMinutes)
          void schedule().catch(() => undefined);
      });
      const grantsChanged = () => void getService().then((s) => s.permissionsChanged());
      browser.permissions.onAdded.addListener(grantsChanged);
      browser.permissions.onRemoved.addListener(grantsChanged);
      // A refresh a stopped worker left is finished; the schedule is checked once per start.
      void resume(true).catch(() => undefined);
      void schedule().catch(() => undefined);
    },
  };
}
