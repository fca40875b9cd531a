import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, serviceWorker, waitFor } from '../../scripts/browser';
import { openNewsPage, openPopup, openSidebarPage } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('a reader on the Moscow Times demo article', () => {
  it('sees badge 4 and the four other outlets in the popup', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await news.page.screenshot({ path: e2e.shot('moscow-times-page') });
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('matched');
    expect(await badgeText(e2e.context, news.tabId)).toBe('4');

    const outlets = await popup.page.locator('[data-testid="match"] .outlet').allTextContents();
    expect(outlets.sort()).toEqual([
      'Latin Times',
      'The Guardian',
      'The New York Times',
      'Unattributed outlet',
    ]);
    await expect
      .poll(() => popup.page.locator('[data-testid="summary"]').textContent())
      .toContain('4 other outlets');
    // Each outlet shows a headline, a date and how close it is.
    const first = popup.page.locator('[data-testid="match"]').first();
    expect(await first.locator('.headline').textContent()).not.toBe('');
    expect(await first.locator('.meta').textContent()).toMatch(/Apr 2025/);
    expect(await first.getByTestId('closeness').textContent()).toMatch(/^(Very close|Close)$/);
    await popup.page.locator('main.popup').screenshot({ path: e2e.shot('popup-matched') });
    // The article was read away from the page: in the extension's offscreen document.
    const worker = await serviceWorker(e2e.context);
    const offscreen = await worker.evaluate(async () => {
      type Runtime = { getContexts(f: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
      const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
      const found = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
      return found.map((c) => new URL(c.documentUrl ?? '').pathname);
    });
    expect(offscreen).toEqual(['/offscreen.html']);
    await popup.page.close();
    await news.page.close();
  });

  it('opens the side panel from the popup, showing the article beside the other reports', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    await popup.waitForSettled();
    const errors: string[] = [];
    popup.page.on('pageerror', (err) => errors.push(err.message));
    await popup.page.getByTestId('open-sidebar').click();
    // The popup closes itself once Chrome has opened the side panel.
    await waitFor(
      async () => popup.page.isClosed() || (await popup.page.locator('.actions .reason').count()) > 0,
      'the side panel to open',
    );
    expect(errors).toEqual([]);
    expect(popup.page.isClosed()).toBe(true);

    const sidebar = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    await expect
      .poll(() => sidebar.getByTestId('current-article').locator('.story-title').textContent())
      .toContain('Zelensky Says Ukrainian Troops Captured Chinese Nationals');
    await sidebar.getByRole('tab', { name: 'Reports (4)' }).click();
    expect(await sidebar.getByTestId('report').count()).toBe(4);
    await sidebar.screenshot({ path: e2e.shot('sidebar'), fullPage: true });
    await sidebar.close();
    await news.page.close();
  });
});

describe('pages without coverage', () => {
  it('shows no badge on an article about another story, and says so in the popup', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/other-story.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('no-coverage');
    expect(await badgeText(e2e.context, news.tabId)).toBe('');
    await expect
      .poll(() => popup.page.locator('main.popup').textContent())
      .toContain('No other coverage found');
    await popup.page.locator('main.popup').screenshot({ path: e2e.shot('popup-no-coverage') });
    await popup.page.close();
    await news.page.close();
  });

  it('shows no badge on a page that is not an article, and says so honestly', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/shop.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('not-article');
    expect(await badgeText(e2e.context, news.tabId)).toBe('');
    await expect
      .poll(() => popup.page.locator('main.popup').textContent())
      .toContain('This page doesn’t look like an article');
    await popup.page.locator('main.popup').screenshot({ path: e2e.shot('popup-not-article') });
    await popup.page.close();
    await news.page.close();
  });
});
