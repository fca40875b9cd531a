/**
 * The popup in real Chromium as a reader uses it: a report is a link to the original, and a
 * click opens that address in a new tab, the popup staying as it was.
 */
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

describe('the popup leads to the sources', () => {
  it('a click on a report opens the original’s URL in a new tab', async () => {
    // The reader adds one outlet's report (its address known) to their corpus...
    const original = `${e2e.base}/other-story.html`;
    const added = await openNewsPage(e2e.context, original);
    const popup = await openPopup(e2e.context, added.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('no-coverage');
    await popup.page.getByTestId('add-to-corpus').click();
    await popup.page.getByTestId('corpus-message').waitFor();
    await popup.page.close();
    await added.page.close();

    // ...then reads another outlet's report of the same story.
    const reading = await openNewsPage(e2e.context, `${e2e.base}/other-story-2.html`);
    await waitFor(async () => (await badgeText(e2e.context, reading.tabId)) === '1', 'the badge');
    const other = await openPopup(e2e.context, reading.tabId, e2e.extensionId);
    expect(await other.waitForSettled()).toBe('matched');
    const link = other.page.getByTestId('match').getByTestId('report-link');
    expect(await link.getAttribute('href')).toBe(original);
    const opened = e2e.context.waitForEvent('page');
    await link.click();
    const tab = await opened;
    await tab.waitForLoadState('load');
    expect(tab.url()).toBe(original);
    // A new tab with no way back into the popup, and the popup still shows the report.
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    expect(other.page.isClosed()).toBe(false);
    expect(await other.page.getByTestId('match').count()).toBe(1);
    await tab.close();
    await other.page.close();
    await reading.page.close();
  });
});
