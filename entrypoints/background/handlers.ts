/**
 * What the background does, as a factory over the stores and services it uses: the answer to
 * each message (lib/protocol.ts) and what a tab's navigation or closing changes. The entrypoint
 * (index.ts) only creates the parts and wires them to the browser's events, so tests can run
 * all of this against WXT's fake browser with stores of their own.
 */
import type { Tabs } from 'webextension-polyfill';
import type { PageExtraction, PageSnapshot } from '@/lib/extract';
import { pageMarks } from '@/lib/marks';
import { matchExtracted, PAGE_ID, withUrls } from '@/lib/pipeline';
import type { CorpusAddReply, TabState } from '@/lib/protocol';
import type { ExtensionCaller } from '@/lib/senders';
import { highlightsOn, type Settings } from '@/lib/settings';
import { selfArticle, stateForOutcome } from '@/lib/story';
import { storyView } from '@/lib/story-view';
import type { ExtractedPage } from '@/lib/types';
import { articleFromPage } from '@/lib/user-corpus';
import type { Broadcast, Handlers, SendToTab } from '@/utils/messaging';
import type { ShowBadge } from './badge';
import type { Engine } from './engine';
import type { SettingsStore } from './settings';
import type { StoryStore } from './stories';
import type { TabStore } from './tabs';

/** The browser's tabs as the background needs them (no `tabs` permission: ids only). */
export interface TabList {
  /** The active tab of the last focused window, if any. */
  active(): Promise<number | null>;
  /** Every open tab. */
  all(): Promise<number[]>;
}

/** The tab list of the browser's `tabs` API. */
export function browserTabList(tabsApi: Pick<Tabs.Static, 'query'>): TabList {
  return {
    active: async () => (await tabsApi.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
    all: async () => (await tabsApi.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
  };
}

export interface HandlerDeps {
  tabs: TabStore;
  stories: StoryStore;
  engine: Engine;
  settings: SettingsStore;
  badge: ShowBadge;
  /** Where a page's snapshot is extracted, off its main thread (extractor.ts). */
  extract: (snapshot: PageSnapshot, url: string) => Promise<PageExtraction | null>;
  tabList: TabList;
  sendToTab: SendToTab;
  broadcast: Broadcast;
  /** An article page the reader opened was analyzed (live.ts keeps it as reading history). */
  onArticle?: (extracted: ExtractedPage) => void;
}

export interface Background {
  handlers: Handlers;
  /** A tab started loading another URL: it starts over (no stale badge or popup). */
  tabNavigated(tabId: number): Promise<void>;
  tabClosed(tabId: number): Promise<void>;
  /** The index changed (live articles joined or left it): every open article is matched again. */
  reanalyze(): Promise<void>;
}

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createHandlers(deps: HandlerDeps): Background {
  const { tabs, stories, engine, settings, badge, tabList, sendToTab, broadcast } = deps;

  async function update(tabId: number, state: TabState): Promise<TabState> {
    // The badge first: a surface that sees the new state finds the badge already showing it.
    await badge(tabId, state);
    await tabs.set(tabId, state);
    broadcast('bg/state-changed', { tabId });
    return state;
  }

  /**
   * The tab a UI message is about: the one it names, else the embedded page's own tab, else
   * the active one. (An embedded page naming another tab never gets here: lib/senders.ts.)
   */
  const tabOf = async (tabId: number | null, caller: ExtensionCaller): Promise<number | null> =>
    tabId ?? caller.ownTab ?? (await tabList.active());

  async function analyze(tabId: number, extracted: ExtractedPage): Promise<TabState> {
    try {
      const { matcher, byId } = await engine.get();
      const found = matchExtracted(matcher, extracted);
      const result = { ...found, matches: withUrls(found.matches, byId) };
      await stories.set(tabId, { extracted, result });
      const self = result.selfId ? selfArticle(byId.get(result.selfId)) : null;
      return stateForOutcome(extracted.page, result, self);
    } catch (err) {
      return { kind: 'error', page: extracted.page, message: message(err) };
    }
  }

  const refreshEveryTab = async (): Promise<void> => {
    for (const id of await tabList.all()) sendToTab(id, 'bg/refresh', {}).catch(() => undefined);
  };

  /** The corpus or the sensitivity changed: every open article is matched again. */
  async function reanalyzeAll(): Promise<void> {
    stories.forgetComparisons();
    for (const id of await tabList.all()) {
      const record = await stories.get(id);
      if (record) await update(id, await analyze(id, record.extracted));
    }
    await refreshEveryTab();
  }

  /** After a settings change: a new sensitivity matches everything again; else pages re-mark. */
  async function settingsChanged({
    before,
    saved,
  }: {
    before: Settings;
    saved: Settings;
  }): Promise<Settings> {
    if (saved.sensitivity !== before.sensitivity) {
      engine.invalidate();
      await reanalyzeAll();
    } else {
      await refreshEveryTab();
    }
    return saved;
  }

  async function addToCorpus(tabId: number | null): Promise<CorpusAddReply> {
    const record = tabId === null ? null : await stories.get(tabId);
    if (!record) return { ok: false, code: 'no-article' };
    const made = articleFromPage(record.extracted);
    if ('skipped' in made) return { ok: false, code: 'not-addable', detail: made.skipped };
    try {
      const added = await (await engine.userCorpus()).add(made.article);
      if ('full' in added) return { ok: false, code: 'corpus-full', detail: String(added.limit) };
      if (!added.added)
        return { ok: false, code: added.duplicate === 'id' ? 'duplicate-id' : 'duplicate-text' };
      await engine.add(added.article);
      await reanalyzeAll();
      return { ok: true, code: 'added' };
    } catch (err) {
      return { ok: false, code: 'failed', detail: message(err) };
    }
  }

  /** What to mark on a tab's page, if highlights are on for its site and it matched. */
  async function marksFor(tabId: number, host: string | null) {
    const current = await settings.load();
    if (host === null || !highlightsOn(current, host)) return null;
    if ((await tabs.get(tabId)).kind !== 'matched') return null;
    const comparison = await stories.comparison(tabId);
    return comparison ? { ...pageMarks(comparison, PAGE_ID), shared: current.markShared } : null;
  }

  const handlers: Handlers = {
    'page/article': async ({ extracted }, { tabId }) => {
      await update(tabId, { kind: 'working', page: extracted.page });
      const state = await update(tabId, await analyze(tabId, extracted));
      deps.onArticle?.(extracted);
      return state;
    },
    'page/extract': ({ url, snapshot }) =>
      deps.extract(snapshot, url).catch((err: unknown) => {
        console.warn('[Parallax] the page could not be extracted:', message(err));
        return null;
      }),
    'page/not-article': async ({ page, reason }, { tabId }) => {
      await stories.remove(tabId);
      return update(tabId, { kind: 'not-article', page, reason });
    },
    'page/get-marks': async (_, { tabId, url }) => marksFor(tabId, hostOf(url)),
    'page/set-site-highlights': async ({ on }, { url }) => {
      const host = hostOf(url);
      if (host === null) return { on: !on };
      const saved = await settingsChanged(
        await settings.patch({ highlightsBySite: { [host]: on === true } }),
      );
      return { on: highlightsOn(saved, host) };
    },
    'frame/get-marks': async (_, { tabId }) => {
      if (tabId === null) return null;
      // The frame's own tab, on the site the tab's article is from.
      const state = await tabs.get(tabId);
      const host = state.kind === 'matched' && state.page.url ? hostOf(state.page.url) : null;
      return { tabId, marks: host === null ? null : await marksFor(tabId, host) };
    },
    'frame/set-mark-shared': async ({ on }) => {
      const saved = await settingsChanged(await settings.patch({ markShared: on === true }));
      return { on: saved.markShared };
    },
    'ui/get-state': async ({ tabId }, caller) => {
      const id = await tabOf(tabId, caller);
      if (id === null) return { tabId: id, state: { kind: 'idle' } };
      const state = await tabs.get(id);
      if (state.kind === 'idle' || state.kind === 'working') {
        // No answer yet, or the worker was stopped mid-work: the page is asked again and the
        // UI is told when the state changes. (A tab with no content script ignores it.)
        sendToTab(id, 'bg/refresh', {}).catch(() => undefined);
      }
      return { tabId: id, state };
    },
    'ui/get-story': async ({ tabId }, caller) => {
      const id = await tabOf(tabId, caller);
      if (id === null) return null;
      const state = await tabs.get(id);
      if (state.kind !== 'matched' && state.kind !== 'no-coverage') return null;
      const record = await stories.get(id);
      const { byId } = await engine.get();
      const comparison = await stories.comparison(id);
      return storyView({ tabId: id, state, extracted: record?.extracted ?? null, comparison, byId });
    },
    'ui/locate': async ({ tabId, text }, caller) => {
      const id = await tabOf(tabId, caller);
      if (id === null) return { found: false };
      return sendToTab(id, 'bg/locate', { text })
        .then((r) => r ?? { found: false })
        .catch(() => ({ found: false }));
    },
    'ui/get-settings': () => settings.load(),
    'ui/set-settings': async ({ settings: next }) => settingsChanged(await settings.save(next)),
    'ui/patch-settings': async ({ patch }) => settingsChanged(await settings.patch(patch)),
    'ui/corpus-add': async ({ tabId }, caller) => addToCorpus(await tabOf(tabId, caller)),
    'ui/corpus-changed': async () => {
      engine.invalidate();
      await reanalyzeAll();
      return { size: (await engine.get()).byId.size };
    },
  };

  return {
    handlers,
    async tabNavigated(tabId) {
      await stories.remove(tabId);
      await update(tabId, { kind: 'idle' });
    },
    async tabClosed(tabId) {
      await stories.remove(tabId);
      await tabs.remove(tabId);
    },
    reanalyze: reanalyzeAll,
  };
}
