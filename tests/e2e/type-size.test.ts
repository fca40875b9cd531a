/**
 * Type a reader can read, measured where the reader meets it: Chromium gives every extension
 * page `body { font-size: 75% }`, so a size set on :root alone renders at three quarters of it.
 * Each extension page (popup, options, side panel, and the card and panel frames on a news page)
 * is opened in real Chromium in a state that shows its text, and every visible text's COMPUTED
 * font size is read: none under 13 px, the body's own size included.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorker, waitFor } from '../../scripts/browser';
import { openNewsPage, openPopup, openSidebarPage } from '../../scripts/surfaces';
import { inpageUi } from './shadow';
import { startE2E, type E2E } from './setup';

const MIN_PX = 13;

interface Sizes {
  body: number;
  /** Each visible text under MIN_PX: "tag.class 10.5px: text". */
  small: string[];
  /** How many visible texts were measured. */
  texts: number;
}

/** The body's computed font size and every visible text node's. */
function measure(target: Page | Frame, min = MIN_PX): Promise<Sizes> {
  return target.evaluate((minPx) => {
    const small: string[] = [];
    let texts = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      if (el.closest('.sr-only') || style.visibility === 'hidden') continue;
      texts += 1;
      const px = parseFloat(style.fontSize);
      if (px < minPx)
        small.push(
          `${el.tagName.toLowerCase()}.${el.className} ${px}px: ${n.textContent.trim().slice(0, 40)}`,
        );
    }
    return { body: parseFloat(getComputedStyle(document.body).fontSize), small, texts };
  }, min);
}

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('body text is at least 13 px on every extension page (computed, in Chromium)', () => {
  it('the popup, with a matched article and the similarity number shown', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('matched');
    await popup.page.getByTestId('special').filter({ hasText: /\w/ }).waitFor();
    await popup.page.locator('.closeness').first().click();
    const sizes = await measure(popup.page);
    expect(sizes.texts).toBeGreaterThan(10);
    expect(sizes.small).toEqual([]);
    expect(sizes.body).toBeGreaterThanOrEqual(MIN_PX);
    await popup.page.close();
    await news.page.close();
  });

  it('the options page, every section', async () => {
    const page = await e2e.context.newPage();
    await page.goto(`chrome-extension://${e2e.extensionId}/options.html`);
    await page.locator('#sources').waitFor();
    await page.locator('summary', { hasText: 'Request log' }).click();
    const sizes = await measure(page);
    expect(sizes.texts).toBeGreaterThan(50);
    expect(sizes.small).toEqual([]);
    expect(sizes.body).toBeGreaterThanOrEqual(MIN_PX);
    await page.close();
  });

  it('the side panel, beside a matched article', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await news.settledBadge();
    const sidebar = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    // The reports are a section of their own: opened from the header's summary, as a reader would.
    const summary = sidebar.getByTestId('story-summary');
    await summary.waitFor();
    await summary.getByRole('link', { name: /other outlets? reported this story/ }).click();
    await sidebar.getByTestId('report').first().waitFor();
    const sizes = await measure(sidebar);
    expect(sizes.texts).toBeGreaterThan(10);
    expect(sizes.small).toEqual([]);
    expect(sizes.body).toBeGreaterThanOrEqual(MIN_PX);
    await sidebar.close();
    await news.page.close();
  });

  it('the panel and the card on a news page (the inpage frames)', async () => {
    const worker = await serviceWorker(e2e.context);
    await worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { highlightsByDefault: true, highlightsBySite: {}, sensitivity: 'balanced' },
      }),
    );
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    const ui = await inpageUi(news.page);
    const panel = await waitFor(async () => ui.frame('panel'), 'the panel frame');
    await panel.locator('.toggle').waitFor();
    await panel.locator('.toggle').click();
    await panel.locator('.list').waitFor({ state: 'visible' });
    const panelSizes = await measure(panel);
    expect(panelSizes.texts).toBeGreaterThan(3);
    expect(panelSizes.small).toEqual([]);
    expect(panelSizes.body).toBeGreaterThanOrEqual(MIN_PX);

    const lead = news.page.locator('article p', {
      hasText: 'captured two Chinese citizens fighting alongside',
    });
    const box = (await lead.boundingBox())!;
    await news.page.mouse.move(box.x + 30, box.y + 10);
    await waitFor(() => ui.visibleCard(), 'the card on hover');
    const cardSizes = await measure(ui.frame('card')!);
    expect(cardSizes.texts).toBeGreaterThan(0);
    expect(cardSizes.small).toEqual([]);
    expect(cardSizes.body).toBeGreaterThanOrEqual(MIN_PX);
    await news.page.close();
  });
});
