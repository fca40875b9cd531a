/**
 * Sources, the outlets the reader follows, as the options page sees them: a factory over what
 * it uses (the background's `send`, the permissions API, the background's `bg/live-changed`
 * broadcast, a download, when the page is shown again). It holds the view (`LiveView`) and hands
 * every new one to `render`; use-live.ts only connects it to Preact, so tests drive it in Node
 * with a fake `send` that answers as the protocol says.
 */
import { IDLE_FLOW, type FollowFlow } from '@/components/follow-state';
import type { Notice } from '@/components/options/notice';
import type { OpmlPanelState, StarterEntry } from '@/components/options/SourcesExtras';
import { strings } from '@/components/strings';
import { parseOpml } from '@/lib/feeds/opml';
import type { RequestRecord } from '@/lib/feeds/types';
import type { RefreshProgress } from '@/lib/live/refresh';
import type { LiveStatus, RefreshSummary } from '@/lib/protocol';
import {
  createFollowFlow,
  importWithPermission,
  unfollowAndRelease,
  type PermissionsApi,
  type SendFn,
} from '@/utils/permissions';
import { errorText } from './page-events';

export const OPML_FILE = 'parallax-sources.opml';

const t = strings.options.sources;

export type StarterOutlet = StarterEntry;
export type OpmlState = OpmlPanelState;

export interface LiveView {
  /** null until the background answers. */
  status: LiveStatus | null;
  unavailable: string | null;
  /** The refresh in progress (from the status or bg/live-changed), or null. */
  progress: RefreshProgress | null;
  /** The last 500 requests, null until the log is opened. */
  requests: RequestRecord[] | null;
  /** The outcome of the last unfollow, rename, refresh, export or forget. */
  notice: Notice | null;
  /** Follow by a typed feed or site URL. */
  follow: FollowFlow;
  /** Follow from the starter list: which entry, and how it goes. */
  starter: { site: string; flow: FollowFlow } | null;
  opml: OpmlState;
}

export const INITIAL_LIVE_VIEW: LiveView = {
  status: null,
  unavailable: null,
  progress: null,
  requests: null,
  notice: null,
  follow: IDLE_FLOW,
  starter: null,
  opml: { kind: 'idle' },
};

export interface LiveModelDeps {
  send: SendFn;
  permissions: PermissionsApi;
  /** Calls `listener` on each bg/live-changed; returns how to stop. */
  onLiveChanged(listener: (progress: RefreshProgress | null) => void): () => void;
  onVisible(listener: () => void): () => void;
  download(text: string, fileName: string, type: string): void;
  render(view: LiveView): void;
}

export interface LiveModel {
  start(): void;
  stop(): void;
  /** From the click: ask for the typed address's origin, then follow it. */
  followUrl(url: string): void;
  allowFollow(): void;
  followStarter(entry: StarterOutlet): void;
  allowStarter(): void;
  unfollow(outletId: string): void;
  rename(outletId: string, name: string): void;
  refreshNow(): void;
  /** A chosen OPML file: read and parsed here, then offered (a click follows it). */
  readOpml(file: File): void;
  /** From the click: ask for every origin of the file's feeds, then follow them. */
  importOpml(): void;
  exportOpml(): void;
  forgetHistory(): void;
  loadRequests(): void;
}

function summaryNotice(r: RefreshSummary): Notice {
  switch (r.status) {
    case 'done':
    case 'stopped': {
      const failed = r.feeds.filter((f) => f.status === 'error').length;
      return { tone: failed > 0 ? 'error' : 'ok', text: t.refreshed(r.added, failed) };
    }
    case 'busy':
      return { tone: 'ok', text: t.refreshBusy };
    case 'lease-lost':
      return { tone: 'ok', text: t.refreshBusy };
    case 'failed':
      return { tone: 'error', text: r.error ? strings.liveStorage[r.error] : t.refreshFailed };
  }
}

export function createLiveModel(deps: LiveModelDeps): LiveModel {
  let view = INITIAL_LIVE_VIEW;
  let stopped = false;
  let offs: (() => void)[] = [];
  let ticket = 0;
  let refreshing = false;

  const set = (next: Partial<LiveView>) => {
    if (stopped) return;
    view = { ...view, ...next };
    deps.render(view);
  };
  const fail = (err: unknown) => set({ notice: { tone: 'error', text: t.failed(errorText(err)) } });

  const load = () => {
    const mine = ++ticket;
    deps
      .send('ui/live-status', {})
      .then((status) => {
        if (mine !== ticket) return;
        // While the reader's refresh runs, its progress comes from bg/live-changed.
        set({ status, unavailable: null, progress: refreshing ? view.progress : status.progress });
      })
      .catch((err: unknown) => set({ unavailable: t.unavailable(errorText(err)) }));
    if (view.requests !== null) loadRequests();
  };

  const loadRequests = () => {
    deps
      .send('ui/get-requests', {})
      .then((requests) => set({ requests }))
      .catch(fail);
  };

  const follower = createFollowFlow({
    ...deps,
    render: (follow) => set({ follow }),
    onFollowed: load,
  });
  let starterSite: string | null = null;
  const starter = createFollowFlow({
    ...deps,
    render: (flow) => set({ starter: starterSite ? { site: starterSite, flow } : null }),
    onFollowed: load,
  });

  return {
    start() {
      load();
      offs = [
        deps.onLiveChanged((progress) => {
          if (progress !== null || !refreshing) set({ progress });
          load();
        }),
        deps.onVisible(load),
      ];
    },
    stop() {
      stopped = true;
      for (const off of offs) off();
      offs = [];
    },
    followUrl(url) {
      const typed = url.trim();
      // A bare host ("example.com") is taken as its https site.
      const address = /^[a-z][a-z0-9+.-]*:/i.test(typed) || typed === '' ? typed : `https://${typed}`;
      follower.follow({ url: address }, [address], address);
    },
    allowFollow: () => follower.allow(),
    followStarter(entry) {
      starterSite = entry.site;
      const feed = entry.feeds[0];
      if (!feed) return;
      starter.follow({ url: feed, name: entry.name }, [...entry.feeds, entry.site], entry.name);
    },
    allowStarter: () => starter.allow(),
    unfollow(outletId) {
      const name = view.status?.outlets.find((o) => o.outlet.id === outletId)?.outlet.name ?? '';
      unfollowAndRelease(deps, outletId)
        .then((r) => {
          set({
            notice: r.ok ? { tone: 'ok', text: t.unfollowed(name) } : { tone: 'error', text: t.failed('') },
          });
          load();
        })
        .catch(fail);
    },
    rename(outletId, name) {
      deps
        .send('ui/rename-outlet', { outletId, name })
        .then((outlet) => {
          if (outlet) set({ notice: { tone: 'ok', text: t.renamed(outlet.name) } });
          load();
        })
        .catch(fail);
    },
    refreshNow() {
      refreshing = true;
      set({ progress: view.progress ?? { done: 0, total: 0, feed: null }, notice: null });
      deps
        .send('ui/refresh-now', {})
        .then((r) => {
          refreshing = false;
          set({ notice: summaryNotice(r), progress: null });
          load();
        })
        .catch((err: unknown) => {
          refreshing = false;
          set({ progress: null });
          fail(err);
        });
    },
    readOpml(file) {
      file
        .text()
        .then((text) => {
          const read = parseOpml(text);
          if (!read.ok) {
            set({ opml: { kind: 'done', ok: false, text: t.opml.unreadable(file.name) } });
          } else if (read.feeds.length === 0) {
            set({ opml: { kind: 'done', ok: false, text: t.opml.empty(file.name) } });
          } else {
            set({ opml: { kind: 'ready', fileName: file.name, feeds: read.feeds, skipped: read.skipped } });
          }
        })
        .catch(() => set({ opml: { kind: 'done', ok: false, text: t.opml.unreadable(file.name) } }));
    },
    importOpml() {
      const opml = view.opml;
      if (opml.kind !== 'ready') return;
      const pending = importWithPermission(deps, opml.feeds);
      set({ opml: { kind: 'working', fileName: opml.fileName } });
      pending
        .then((r) => {
          if ('denied' in r) {
            set({ opml: { kind: 'done', ok: false, text: t.opml.denied } });
            return;
          }
          set({
            opml: {
              kind: 'done',
              ok: r.followed > 0 || r.already > 0,
              text: t.opml.done(r.followed, r.already, r.notGranted.length + opml.skipped),
            },
          });
          load();
        })
        .catch((err: unknown) => set({ opml: { kind: 'done', ok: false, text: t.failed(errorText(err)) } }));
    },
    exportOpml() {
      deps
        .send('ui/export-opml', {})
        .then(({ text }) => {
          deps.download(text, OPML_FILE, 'text/x-opml');
          set({ notice: { tone: 'ok', text: t.opml.exported(OPML_FILE) } });
        })
        .catch(fail);
    },
    forgetHistory() {
      deps
        .send('ui/forget-history', {})
        .then(({ removed }) => {
          set({ notice: { tone: 'ok', text: t.forgotten(removed) } });
          load();
        })
        .catch(fail);
    },
    loadRequests,
  };
}
