/**
 * The background: wiring only. It creates the stores and services (each a factory taking
 * what it uses) and connects them to the browser's events; what it does is in handlers.ts.
 */
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import corpusFile from '@/assets/corpus.json';
import corpusIndex from '@/assets/corpus-index.json';
import type { SerializedIndex } from '@/lib/match';
import type { CorpusFile } from '@/lib/types';
import { broadcast, listen, sendToTab } from '@/utils/messaging';
import { createBadge } from './badge';
import { createEngine } from './engine';
import { extractOffThread } from './extractor';
import { browserTabList, createHandlers } from './handlers';
import { createLive, type Live } from './live';
import { createSettingsStore } from './settings';
import { createStoryStore } from './stories';
import { createTabStore } from './tabs';

export default defineBackground(() => {
  const settings = createSettingsStore(browser.storage.local);
  // Live coverage and the engine need each other: the engine's build reads the live articles,
  // and a refresh feeds what it stores into the engine's index.
  let live: Live | null = null;
  const engine = createEngine({
    idb: indexedDB,
    bundled: (corpusFile as CorpusFile).articles,
    bundledIndex: corpusIndex as unknown as SerializedIndex,
    sensitivity: async () => (await settings.load()).sensitivity,
    live: async () => (live ? live.articles() : []),
  });
  const background = createHandlers({
    tabs: createTabStore(),
    stories: createStoryStore(async () => (await engine.get()).byId),
    engine,
    settings,
    badge: createBadge(browser),
    extract: extractOffThread,
    tabList: browserTabList(browser.tabs),
    sendToTab,
    broadcast,
    onArticle: (extracted) => live?.read(extracted),
  });
  live = createLive({ engine, settings, broadcast, reanalyze: () => background.reanalyze() });
  listen({
    ...background.handlers,
    ...live.handlers,
    // Firefox: the card frame does not hear the content script, so the background passes its
    // request on to the frames of the sender's tab (only the card answers). In Chrome the card
    // hears it directly, and the background must not answer in its place.
    ...(import.meta.env.FIREFOX
      ? {
          'page/show-card': async (payload: { text: string | null }, { tabId }: { tabId: number }) =>
            (await sendToTab(tabId, 'bg/show-card', payload, {}).catch(() => null)) ?? null,
        }
      : {}),
  });
  live.start();

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void background.tabNavigated(tabId);
      void live?.tabNavigated(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void background.tabClosed(tabId));
  // First run: the options page opens once, with its welcome (settings.welcomed).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
