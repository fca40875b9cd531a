import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { pageMarks } from '@/lib/marks';
import { matchExtracted, PAGE_ID } from '@/lib/pipeline';
import { envelope, type StoryView, type TabState } from '@/lib/protocol';
import { highlightsOn } from '@/lib/settings';
import { stateForOutcome } from '@/lib/story';
import { splitSentences } from '@/lib/text/sentences';
import type { ExtractedPage } from '@/lib/types';
import { articleFromPage } from '@/lib/user-corpus';
import { broadcast, listen } from '@/utils/messaging';
import { showBadge } from './badge';
import { addToEngine, getEngine, getUserCorpus, invalidateEngine } from './engine';
import { extractAway } from './extractor';
import { loadSettings, saveSettings } from './settings';
import { createStoryStore } from './stories';
import { createTabStore } from './tabs';

const LEAD_PARAGRAPHS = 3;

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
};

/** Parallax's frame on a page (by path: its origin may be the static or the per-session id). */
const isInpage = (url: string | undefined): boolean => {
  try {
    return (
      url !== undefined &&
      new URL(url).protocol !== 'http:' &&
      new URL(url).protocol !== 'https:' &&
      new URL(url).pathname === '/inpage.html'
    );
  } catch {
    return false;
  }
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export default defineBackground(() => {
  const tabs = createTabStore();
  const stories = createStoryStore();
  void loadSettings().then((s) => invalidateEngine({ sensitivity: s.sensitivity }));

  async function update(tabId: number, state: TabState): Promise<TabState> {
    await tabs.set(tabId, state);
    await showBadge(tabId, state);
    broadcast('bg/state-changed', { tabId });
    return state;
  }

  async function activeTabId(): Promise<number | null> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  }

  async function analyze(tabId: number, extracted: ExtractedPage): Promise<TabState> {
    try {
      const result = matchExtracted((await getEngine()).matcher, extracted);
      await stories.set(tabId, { extracted, result });
      return stateForOutcome(extracted.page, result);
    } catch (err) {
      return { kind: 'error', page: extracted.page, message: message(err) };
    }
  }

  /** The corpus or the sensitivity changed: every open article is matched again. */
  async function reanalyzeAll(): Promise<void> {
    stories.forgetComparisons();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const record = await stories.get(tab.id);
      if (record) await update(tab.id, await analyze(tab.id, record.extracted));
    }
    await toEveryTab('bg/refresh');
  }

  async function toEveryTab(type: 'bg/refresh'): Promise<void> {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, envelope(type, {})).catch(() => undefined);
    }
  }

  async function storyView(tabId: number): Promise<StoryView | null> {
    const state = await tabs.get(tabId);
    if (state.kind !== 'matched' && state.kind !== 'no-coverage') return null;
    const record = await stories.get(tabId);
    const { byId } = await getEngine();
    const comparison = await stories.comparison(tabId);
    const matches = state.kind === 'matched' ? state.matches : state.best ? [state.best] : [];
    const sentences: Record<string, string[]> = {};
    if (record) sentences[PAGE_ID] = splitSentences(record.extracted.text).map((s) => s.text);
    for (const o of comparison?.outlets ?? []) {
      const article = byId.get(o.id);
      if (article) sentences[o.id] = splitSentences(article.text).map((s) => s.text);
    }
    return {
      tabId,
      page: state.page,
      paragraphs: record?.extracted.paragraphs.map((p) => p.text) ?? [],
      selfId: state.selfId,
      comparison,
      sentences,
      reports: matches.map((match) => {
        const article = byId.get(match.id);
        return {
          match,
          lead: article ? article.text.split(/\n\n+/).slice(0, LEAD_PARAGRAPHS) : [],
          url: article?.url ?? null,
        };
      }),
    };
  }

  /** What to mark on a tab's page, if highlights are on for its site and it matched. */
  async function marksFor(tabId: number, host: string) {
    if (!highlightsOn(await loadSettings(), host)) return null;
    if ((await tabs.get(tabId)).kind !== 'matched') return null;
    const comparison = await stories.comparison(tabId);
    return comparison ? pageMarks(comparison, PAGE_ID) : null;
  }

  listen({
    'page/article': async ({ extracted }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { kind: 'idle' };
      await update(tabId, { kind: 'working', page: extracted.page });
      return update(tabId, await analyze(tabId, extracted));
    },
    'page/extract': ({ url, snapshot }) =>
      extractAway(snapshot, url).catch((err: unknown) => {
        console.warn('[Parallax] the page could not be extracted:', message(err));
        return null;
      }),
    'page/not-article': async ({ page, reason }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { kind: 'idle' };
      await stories.remove(tabId);
      return update(tabId, { kind: 'not-article', page, reason });
    },
    'page/get-marks': async (_, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url) return null;
      return marksFor(tabId, new URL(sender.url).hostname);
    },
    'frame/get-marks': async (_, sender) => {
      // Only Parallax's own frame, for the tab it is in, on the site the tab's article is from.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isInpage(sender.url)) return null;
      const state = await tabs.get(tabId);
      const host = state.kind === 'matched' && state.page.url ? hostOf(state.page.url) : null;
      return { tabId, marks: host === null ? null : await marksFor(tabId, host) };
    },
    'page/set-site-highlights': async ({ on }, sender) => {
      const host = sender.url ? hostOf(sender.url) : null;
      // Not a page's content script: nothing changes (the reply says the choice did not take).
      if (host === null || sender.tab?.id === undefined) return { on: !on };
      const settings = await loadSettings();
      await saveSettings({
        ...settings,
        highlightsBySite: { ...settings.highlightsBySite, [host]: on === true },
      });
      await toEveryTab('bg/refresh');
      return { on: highlightsOn(await loadSettings(), host) };
    },
    'ui/get-state': async ({ tabId }) => {
      const id = tabId ?? (await activeTabId());
      if (id === null) return { tabId: id, state: { kind: 'idle' } };
      const state = await tabs.get(id);
      if (state.kind === 'idle' || state.kind === 'working') {
        // No answer yet, or the worker was stopped mid-work: the page is asked again and the
        // UI is told when the state changes. (A tab with no content script ignores it.)
        browser.tabs.sendMessage(id, envelope('bg/refresh', {})).catch(() => undefined);
      }
      return { tabId: id, state };
    },
    'ui/get-story': async ({ tabId }) => {
      const id = tabId ?? (await activeTabId());
      return id === null ? null : storyView(id);
    },
    'ui/locate': async ({ tabId, text }) => {
      const id = tabId ?? (await activeTabId());
      if (id === null) return { found: false };
      return browser.tabs
        .sendMessage(id, envelope('bg/locate', { text }))
        .then((r) => (r as { found: boolean } | undefined) ?? { found: false })
        .catch(() => ({ found: false }));
    },
    'ui/get-settings': () => loadSettings(),
    'ui/set-settings': async ({ settings }) => {
      const before = await loadSettings();
      const saved = await saveSettings(settings);
      if (saved.sensitivity !== before.sensitivity) {
        invalidateEngine({ sensitivity: saved.sensitivity });
        await reanalyzeAll();
      } else {
        await toEveryTab('bg/refresh');
      }
      return saved;
    },
    'ui/corpus-add': async ({ tabId }) => {
      const id = tabId ?? (await activeTabId());
      const record = id === null ? null : await stories.get(id);
      if (!record) return { ok: false, message: 'There is no article on this tab to add.' };
      const made = articleFromPage(record.extracted);
      if ('skipped' in made) return { ok: false, message: `Not added: ${made.skipped}.` };
      try {
        const added = await (await getUserCorpus()).add(made.article);
        if (!added.added) return { ok: false, message: `Already in your corpus (same ${added.duplicate}).` };
        await addToEngine(added.article);
        await reanalyzeAll();
        return { ok: true, message: 'Added to your corpus.' };
      } catch (err) {
        return { ok: false, message: `Not added: ${message(err)}` };
      }
    },
    'ui/corpus-changed': async () => {
      invalidateEngine();
      await reanalyzeAll();
      return { size: (await getEngine()).byId.size };
    },
  });

  // A tab that navigates starts over: no stale badge or popup.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void stories.remove(tabId);
      void update(tabId, { kind: 'idle' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void stories.remove(tabId);
    void tabs.remove(tabId);
  });
});
