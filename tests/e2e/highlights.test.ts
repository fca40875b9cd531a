import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serviceWorker, waitFor } from '../../scripts/browser';
import { openNewsPage, openPopup, openSidebarPage } from '../../scripts/surfaces';
import { inpageUi } from './shadow';
import { startE2E, type E2E } from './setup';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** Every element's box on the page, in document order. */
function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName}:${r.x},${r.y},${r.width},${r.height}`;
    }),
  );
}

function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.entries()].map(([k, h]) => [k, h.size])));
}

async function setSettings(value: object): Promise<void> {
  const worker = await serviceWorker(e2e.context);
  await worker.evaluate((v) => chrome.storage.local.set({ settings: v }), value);
}

describe('inline highlights on a matched article', () => {
  it('marks sentences by support without moving a single element box, and removes them cleanly', async () => {
    await setSettings({ highlightsByDefault: false, highlightsBySite: {}, sensitivity: 'balanced' });
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await news.settledBadge();
    const before = await boxes(news.page);
    const htmlBefore = await news.page.evaluate(() => document.body.outerHTML);
    expect(await highlightSizes(news.page)).toEqual({});

    // The reader turns highlights on for this site from the popup.
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    await popup.waitForSettled();
    const toggle = popup.page.getByTestId('highlights-toggle');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await popup.page.close();

    await news.page.bringToFront();
    const sizes = await waitFor(async () => {
      const s = await highlightSizes(news.page);
      return Object.keys(s).length > 0 ? s : null;
    }, 'highlights to appear');
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5);
    // Several levels, under names that do not say Parallax.
    expect(Object.keys(sizes).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(sizes).join(' ')).not.toMatch(/parallax/i);
    expect(await boxes(news.page)).toEqual(before);
    expect(await news.page.evaluate(() => document.body.outerHTML)).toBe(htmlBefore);
    await news.page.screenshot({ path: e2e.shot('highlights') });

    // Off again: every highlight and our UI host are gone.
    const popup2 = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    await popup2.waitForSettled();
    await popup2.page.getByTestId('highlights-toggle').uncheck();
    await popup2.page.close();
    await news.page.bringToFront();
    await waitFor(async () => Object.keys(await highlightSizes(news.page)).length === 0, 'highlights to go');
    expect(await (await inpageUi(news.page)).present()).toBe(false);
    expect(await news.page.evaluate(() => document.documentElement.children.length)).toBe(2);
    expect(await boxes(news.page)).toEqual(before);
    await news.page.close();
  });

  it('shows a card saying which outlets carry a sentence on hover and on keyboard focus', async () => {
    await setSettings({ highlightsByDefault: true, highlightsBySite: {}, sensitivity: 'balanced' });
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await waitFor(
      async () => Object.keys(await highlightSizes(news.page)).length > 0,
      'highlights (on by default)',
    );

    const ui = await inpageUi(news.page);
    const visibleCard = () => ui.visibleCard();
    await waitFor(async () => ui.frame('panel'), 'the panel frame');
    expect(await visibleCard()).toBeNull();

    // Hover: the first sentence of the lead, which other outlets report too.
    const lead = news.page.locator('article p', {
      hasText: 'captured two Chinese citizens fighting alongside',
    });
    const box = (await lead.boundingBox())!;
    await news.page.mouse.move(box.x + 30, box.y + 10);
    const card = await waitFor(visibleCard, 'the card on hover');
    expect(card).toContain('Also reported by');
    expect(card).toMatch(/The New York Times|The Guardian|Latin Times|Unattributed outlet/);
    await news.page.screenshot({ path: e2e.shot('highlight-card') });
    await news.page.mouse.move(5, 5);
    await waitFor(async () => (await visibleCard()) === null, 'the card to hide');

    // Keyboard: from the Parallax button, Enter opens the list of marked sentences; Tab
    // focuses the first one, which shows its card and marks it on the page.
    const panel = ui.frame('panel')!;
    const before = await highlightSizes(news.page);
    await panel.locator('.toggle').focus();
    await news.page.keyboard.press('Enter');
    await panel.locator('.list').waitFor({ state: 'visible' });
    await news.page.keyboard.press('Tab');
    expect(await waitFor(visibleCard, 'the card on focus')).toMatch(/Also reported by|No other outlet/);
    const focused = await waitFor(async () => {
      const now = await highlightSizes(news.page);
      return Object.keys(now).find((k) => !(k in before)) ?? null;
    }, 'the focused sentence marked');
    expect((await highlightSizes(news.page))[focused]).toBe(1);
    await news.page.screenshot({ path: e2e.shot('highlight-panel') });
    await news.page.keyboard.press('Escape');
    await panel.locator('.list').waitFor({ state: 'hidden' });
    await waitFor(async () => !(focused in (await highlightSizes(news.page))), 'the focus mark to go');
    await news.page.close();
  });
});

describe('the side panel comparison', () => {
  it('shows the coverage matrix and scrolls the page to a claim when clicked', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await news.settledBadge();
    const sidebar = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    await sidebar.getByTestId('comparison').waitFor();
    for (const tab of [
      'Overview',
      'Only here',
      'Differences',
      'Quotes',
      'Who & where',
      'Headlines',
      'Side by side',
    ]) {
      expect(await sidebar.getByRole('tab', { name: tab }).count()).toBe(1);
    }
    await sidebar.getByRole('tab', { name: 'Differences' }).click();
    await expect.poll(() => sidebar.getByRole('tabpanel').textContent()).toMatch(/Monday|Tuesday/);
    await sidebar.getByRole('tab', { name: 'Overview' }).click();

    const marksBefore = await highlightSizes(news.page);
    await news.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const scrolledBefore = await news.page.evaluate(() => window.scrollY);
    await sidebar.getByRole('tabpanel').getByRole('button').first().click();
    await waitFor(
      async () => (await news.page.evaluate(() => window.scrollY)) < scrolledBefore,
      'the page to scroll to the claim',
    );
    await waitFor(async () => {
      const now = await highlightSizes(news.page);
      return Object.keys(now).some((k) => !(k in marksBefore) && now[k] === 1);
    }, 'the flash');
    await sidebar.screenshot({ path: e2e.shot('sidebar-comparison') });
    await sidebar.close();
    await news.page.close();
  });
});
