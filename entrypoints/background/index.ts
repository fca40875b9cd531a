import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import type { StoryView, TabState } from '@/lib/protocol';
import { stateForOutcome } from '@/lib/story';
import type { ExtractedPage } from '@/lib/types';
import { broadcast, listen } from '@/utils/messaging';
import { showBadge } from './badge';
import { getEngine } from './engine';
import { createTabStore } from './tabs';

const LEAD_PARAGRAPHS = 3;

export default defineBackground(() => {
  const tabs = createTabStore();
  /** The extracted article per tab, for the sidebar (memory only: it is the page's text). */
  const pages = new Map<number, ExtractedPage>();

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

  function analyze(extracted: ExtractedPage): TabState {
    try {
      const { matcher } = getEngine();
      const outcome = matcher.match({
        title: extracted.page.title,
        text: extracted.text,
        outlet: extracted.page.siteName,
        date: extracted.page.publishedTime,
        url: extracted.page.canonicalUrl ?? extracted.page.url,
        lang: extracted.page.lang,
      });
      return stateForOutcome(extracted.page, outcome);
    } catch (err) {
      return {
        kind: 'error',
        page: extracted.page,
        message: err instanceof Error ? err.message : String(err),
      };
    }
  }

  listen({
    'page/article': async ({ extracted }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { kind: 'idle' };
      pages.set(tabId, extracted);
      return update(tabId, analyze(extracted));
    },
    'page/not-article': async ({ page, reason }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { kind: 'idle' };
      pages.delete(tabId);
      return update(tabId, { kind: 'not-article', page, reason });
    },
    'ui/get-state': async ({ tabId }) => {
      const id = tabId ?? (await activeTabId());
      return { tabId: id, state: id === null ? { kind: 'idle' } : await tabs.get(id) };
    },
    'ui/get-story': async ({ tabId }): Promise<StoryView | null> => {
      const id = tabId ?? (await activeTabId());
      if (id === null) return null;
      const state = await tabs.get(id);
      if (state.kind !== 'matched' && state.kind !== 'no-coverage') return null;
      const { byId } = getEngine();
      const self = state.selfId ? byId.get(state.selfId) : undefined;
      const extracted = pages.get(id);
      const paragraphs = extracted
        ? extracted.paragraphs.map((p) => p.text)
        : (self?.text.split(/\n\n+/) ?? []);
      const matches = state.kind === 'matched' ? state.matches : state.best ? [state.best] : [];
      return {
        tabId: id,
        page: state.page,
        paragraphs,
        selfId: state.selfId,
        reports: matches.map((match) => {
          const article = byId.get(match.id);
          return {
            match,
            lead: article ? article.text.split(/\n\n+/).slice(0, LEAD_PARAGRAPHS) : [],
            url: article?.url ?? null,
          };
        }),
      };
    },
  });

  // A tab that navigates starts over: no stale badge or popup.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      pages.delete(tabId);
      void update(tabId, { kind: 'idle' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    pages.delete(tabId);
    void tabs.remove(tabId);
  });
});
