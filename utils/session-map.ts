import browser from 'webextension-polyfill';

/**
 * A per-tab map kept in memory and mirrored to `storage.session` under `<prefix>:<tabId>`, so
 * a stopped and restarted service worker still finds what it knew. A write over the session
 * quota keeps the value in memory only (the page is asked again after a restart).
 */
export function createSessionMap<T>(prefix: string) {
  const memory = new Map<number, T>();
  const session = browser.storage.session;
  const key = (tabId: number) => `${prefix}:${tabId}`;
  return {
    async get(tabId: number): Promise<T | undefined> {
      if (memory.has(tabId)) return memory.get(tabId);
      const stored = session ? ((await session.get(key(tabId)))[key(tabId)] as T | undefined) : undefined;
      if (stored !== undefined) memory.set(tabId, stored);
      return stored;
    },
    async set(tabId: number, value: T): Promise<void> {
      memory.set(tabId, value);
      await session?.set({ [key(tabId)]: value }).catch(() => undefined);
    },
    async delete(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session?.remove(key(tabId));
    },
  };
}
