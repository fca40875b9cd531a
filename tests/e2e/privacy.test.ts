// Service-worker requests are reported to Playwright only with this flag.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, serviceWorker, stopServiceWorker } from '../../scripts/browser';
import { openNewsPage, openPopup, openSidebarPage } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('privacy: no network request, ever', () => {
  it('makes no request beyond the test’s own page server while working on every demo page and surface', async () => {
    e2e.requests.length = 0;
    for (const page of [
      'moscow-times',
      'guardian',
      'nytimes',
      'latin-times',
      'unattributed',
      'other-story',
      'shop',
    ]) {
      const news = await openNewsPage(e2e.context, `${e2e.base}/${page}.html`);
      await news.settledBadge();
      const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
      await popup.waitForSettled();
      await popup.page.close();
      const sidebar = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
      await sidebar.close();
      await news.page.close();
    }
    const options = await e2e.context.newPage();
    await options.goto(`chrome-extension://${e2e.extensionId}/options.html`);
    await options.waitForLoadState('load');
    await options.close();

    // The extension's own pages, also by the per-session id its frames on pages are loaded with.
    const dynamic = await (
      await serviceWorker(e2e.context)
    ).evaluate(() => `${new URL(chrome.runtime.getURL('/inpage.html')).origin}/`);
    const allowed = [
      `${e2e.base}/`,
      `chrome-extension://${e2e.extensionId}/`,
      dynamic,
      'data:',
      'about:blank',
    ];
    const outside = e2e.requests.filter((url) => !allowed.some((a) => url.startsWith(a)));
    expect(e2e.requests.length).toBeGreaterThan(10); // the recorder really records
    expect(outside).toEqual([]);
  });
});

describe('the MV3 service worker may be stopped at any moment', () => {
  it('recovers the popup and badge on the next request, without reloading the page', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/guardian.html`);
    // Stop the worker right away, while the page's article may still be on its way.
    expect(await stopServiceWorker(e2e.context, e2e.extensionId)).toBe(true);

    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('matched');
    expect(await popup.page.locator('[data-testid="match"]').count()).toBe(4);
    expect(await badgeText(e2e.context, news.tabId)).toBe('4');
    await popup.page.close();

    // Stopped again once the result is known: the state comes back from session storage.
    expect(await stopServiceWorker(e2e.context, e2e.extensionId)).toBe(true);
    const again = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await again.waitForSettled()).toBe('matched');
    await expect.poll(() => again.page.locator('[data-testid="special"]').textContent()).toMatch(/\w/);
    await again.page.close();
    await news.page.close();
  });
});
