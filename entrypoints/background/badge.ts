import type { Browser } from 'webextension-polyfill';
import type { TabState } from '@/lib/protocol';
import { badgeText } from '@/lib/story';

export type ShowBadge = (tabId: number, state: TabState) => Promise<void>;

/** The toolbar badge of a tab: `browser.action` in MV3, `browser.browserAction` in Firefox MV2. */
export function createBadge(browser: Pick<Browser, 'action' | 'browserAction'>): ShowBadge {
  return async (tabId, state) => {
    const action = browser.action ?? browser.browserAction;
    const text = badgeText(state);
    try {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#3b4cca' });
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  };
}
