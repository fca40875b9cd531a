/** Per-tab state, surviving a stopped service worker (see utils/session-map.ts). */
import type { TabState } from '@/lib/protocol';
import { createSessionMap } from '@/utils/session-map';

export function createTabStore() {
  const states = createSessionMap<TabState>('tab');
  return {
    get: async (tabId: number): Promise<TabState> => (await states.get(tabId)) ?? { kind: 'idle' },
    set: (tabId: number, state: TabState) => states.set(tabId, state),
    remove: (tabId: number) => states.delete(tabId),
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
