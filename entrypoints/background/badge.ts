import browser from 'webextension-polyfill';
import type { TabState } from '@/lib/protocol';
import { badgeText } from '@/lib/story';

/** `browser.action` in MV3, `browser.browserAction` in Firefox MV2. */
function action() {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const text = badgeText(state);
  try {
    await action().setBadgeText({ tabId, text });
    if (text) await action().setBadgeBackgroundColor({ tabId, color: '#3b4cca' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
