/**
 * Per-tab state. Kept in memory and mirrored to `storage.session`, so a stopped and restarted
 * service worker answers the popup from where it was, without a page reload.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '@/lib/protocol';

const KEY = (tabId: number) => `tab:${tabId}`;

export function createTabStore() {
  const states = new Map<number, TabState>();
  const session = browser.storage.session;

  return {
    async get(tabId: number): Promise<TabState> {
      const known = states.get(tabId);
      if (known) return known;
      const stored = session
        ? ((await session.get(KEY(tabId)))[KEY(tabId)] as TabState | undefined)
        : undefined;
      if (stored) states.set(tabId, stored);
      return stored ?? { kind: 'idle' };
    },
    async set(tabId: number, state: TabState): Promise<void> {
      states.set(tabId, state);
      await session?.set({ [KEY(tabId)]: state });
    },
    async remove(tabId: number): Promise<void> {
      states.delete(tabId);
      await session?.remove(KEY(tabId));
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
