import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, waitFor } from '../../scripts/browser';
import { openNewsPage, openPopup } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function popupState(tabId: number): Promise<string> {
  const popup = await openPopup(e2e.context, tabId, e2e.extensionId);
  const state = await popup.waitForSettled();
  await popup.page.close();
  return state;
}

describe('a single-page news site', () => {
  it('follows the article the reader is on across late loads and history navigation', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/spa.html`);
    // The first article arrives after load (no coverage in the corpus).
    await news.page.locator('#app h1').waitFor();
    await waitFor(
      async () => (await popupState(news.tabId)) === 'no-coverage',
      'the late article to be seen',
    );
    expect(await badgeText(e2e.context, news.tabId)).toBe('');

    // The reader clicks to another story: pushState, no reload.
    await news.page.bringToFront();
    await news.page
      .getByRole('navigation', { name: 'Stories' })
      .getByRole('link', { name: /Zelensky Says Ukrainian Troops/ })
      .click();
    await news.page.waitForURL(/\?a=moscow-times/);
    await waitFor(
      async () => (await badgeText(e2e.context, news.tabId)) === '4',
      'the badge of the new article',
    );
    expect(await popupState(news.tabId)).toBe('matched');

    // Back: the badge and popup follow; nothing stale.
    await news.page.bringToFront();
    await news.page.goBack();
    await waitFor(async () => (await badgeText(e2e.context, news.tabId)) === '', 'the badge to clear');
    expect(await popupState(news.tabId)).toBe('no-coverage');
    await news.page.close();
  });
});
