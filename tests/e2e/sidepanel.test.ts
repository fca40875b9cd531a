// The side panel as a reader meets it in real Chromium, 320 px wide: a header (the story, the
// outlets, what is different, each a link into its section), sections one at a time, outlet
// names written horizontally and in full; and with no coverage, the popup's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openNewsPage, openPopup, openSidebarPage } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** Text that is rotated, vertical, or cut (overflowing its box with hidden overflow). */
function unreadable(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')].flatMap((el) => {
      const css = getComputedStyle(el);
      const text = el.textContent?.trim().slice(0, 40) ?? '';
      if (!text) return [];
      if (css.writingMode !== 'horizontal-tb') return [`vertical: ${text}`];
      if (css.transform !== 'none') return [`transformed: ${text}`];
      if (el.scrollWidth > el.clientWidth + 1 && css.overflowX !== 'visible' && el.clientWidth > 0)
        return [`cut: ${text}`];
      return [];
    }),
  );
}

const height = (page: Page) =>
  page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height);

describe('the side panel at 320 px', () => {
  it('has a header with the story, the outlets and links into the sections', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    await news.settledBadge();
    const side = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    await side.setViewportSize({ width: 320, height: 800 });
    const head = side.getByTestId('current-article');
    await head.getByRole('heading', { level: 1 }).waitFor();
    expect(await head.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Zelensky Says Ukrainian Troops Captured Chinese Nationals',
    );
    expect(await head.textContent()).toContain('You are reading The Moscow Times');
    const summary = side.getByTestId('story-summary');
    expect(await summary.getByRole('link').first().textContent()).toBe('4 other outlets reported this story');
    expect(await summary.textContent()).toMatch(/details? no other outlet reports/);
    await side.screenshot({ path: e2e.shot('sidepanel-320') });

    // Each section is read alone: no tab carries the reports (or the page's text) below it.
    const heights: Record<string, number> = {};
    for (const name of ['Overview', 'Only here', 'Differences', 'Headlines']) {
      await side.getByRole('tab', { name }).click();
      expect(await side.getByTestId('report').count()).toBe(0);
      expect(await unreadable(side)).toEqual([]);
      heights[name] = await height(side);
    }
    expect(heights['Headlines']).toBeLessThan(2300);
    expect(heights['Differences']).toBeLessThan(2300);

    // A part of the summary opens its section and gives the focus to its tab.
    await summary
      .getByRole('link', { name: /differ/ })
      .first()
      .click();
    expect(await side.getByRole('tabpanel').getAttribute('data-key')).toBe('differences');
    expect(await side.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('differences');
    await summary.getByRole('link', { name: '4 other outlets reported this story' }).click();
    expect(await side.getByTestId('report').count()).toBe(4);
    const names = await side.locator('[data-testid="report"] .outlet').allTextContents();
    expect(names.sort()).toEqual([
      'Latin Times',
      'The Guardian',
      'The New York Times',
      'Unattributed outlet',
    ]);
    expect(await unreadable(side)).toEqual([]);
    await side.screenshot({ path: e2e.shot('sidepanel-reports'), fullPage: true });
    await side.close();
    await news.page.close();
  });

  it('agrees with the popup when there is no other coverage', async () => {
    const news = await openNewsPage(e2e.context, `${e2e.base}/other-story.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('no-coverage');
    await popup.page.close();
    const side = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    await side.setViewportSize({ width: 320, height: 800 });
    expect(await side.getByTestId('no-coverage').textContent()).toContain('No other coverage found');
    expect(await side.getByTestId('report').count()).toBe(0);
    expect(await side.locator('main').textContent()).not.toMatch(/Other reports|Reports \(/);
    expect(await height(side)).toBeLessThan(400);
    await side.close();
    await news.page.close();
  });
});
