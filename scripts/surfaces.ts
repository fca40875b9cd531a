/**
 * One small helper per surface of the extension, for the end-to-end tests, `npm start` and
 * the screenshot script: the news page, the popup and the sidebar.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { badgeText, serviceWorker, tabIdOf, waitFor } from './browser';

export interface NewsPage {
  page: Page;
  tabId: number;
  /** Waits until the background has decided about the page, then returns the badge text. */
  settledBadge(): Promise<string>;
}

export async function openNewsPage(context: BrowserContext, url: string): Promise<NewsPage> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(context, page);
  return {
    page,
    tabId,
    async settledBadge() {
      const popup = await openPopup(context, tabId);
      await popup.waitForSettled();
      await popup.page.close();
      return badgeText(context, tabId);
    },
  };
}

export interface PopupPage {
  page: Page;
  /** Waits until the popup shows a final state (not loading/idle/working); returns it. */
  waitForSettled(): Promise<string>;
  state(): Promise<string | null>;
}

/** The extension's id, from its service worker's URL. */
async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}

const SETTLED = new Set(['not-article', 'no-coverage', 'matched', 'unsupported-language', 'error']);

export async function openPopup(
  context: BrowserContext,
  tabId: number,
  extensionId?: string,
): Promise<PopupPage> {
  const id = extensionId ?? (await extensionIdOf(context));
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  const state = () => page.locator('main.popup').getAttribute('data-state');
  return {
    page,
    state,
    async waitForSettled() {
      // The content script reports when the page is idle; the popup follows the state.
      return waitFor(async () => {
        const s = await state();
        if (s && SETTLED.has(s)) return s;
        return null;
      }, 'the popup to settle');
    },
  };
}

export async function openSidebarPage(
  context: BrowserContext,
  tabId: number,
  extensionId?: string,
): Promise<Page> {
  const id = extensionId ?? (await extensionIdOf(context));
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
  await page.locator('main.sidebar:not([data-state="loading"])').waitFor();
  return page;
}
