import type { Browser } from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/**
 * Opens Chrome's side panel or Firefox's sidebar. Must run in a user gesture (a click in the
 * popup), which both browsers require.
 */
export async function openSidebar(browser: Browser, tabId: number | null): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    if (tabId !== null) return sidePanel.open({ tabId });
    const win = await browser.windows.getCurrent();
    return sidePanel.open({ windowId: win.id! });
  }
  if (browser.sidebarAction) return browser.sidebarAction.open();
  throw new Error('No sidebar in this browser');
}
