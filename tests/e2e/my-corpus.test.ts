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

describe('adding the article being read to my corpus', () => {
  it('updates the index at once: another open tab on the same story gets its badge', async () => {
    // Two outlets' reports of a story the bundled corpus does not have.
    const other = await openNewsPage(e2e.context, `${e2e.base}/other-story-2.html`);
    expect(await other.settledBadge()).toBe('');
    const reading = await openNewsPage(e2e.context, `${e2e.base}/other-story.html`);
    const popup = await openPopup(e2e.context, reading.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('no-coverage');

    await popup.page.getByTestId('add-to-corpus').click();
    await expect
      .poll(() => popup.page.getByTestId('corpus-message').textContent())
      .toBe('Added to your corpus. Other reports of this story you read will be compared with it.');
    await popup.page.close();

    // The other tab was not reloaded, yet it now finds the added report.
    await waitFor(async () => (await badgeText(e2e.context, other.tabId)) === '1', 'the other tab’s badge');
    const otherPopup = await openPopup(e2e.context, other.tabId, e2e.extensionId);
    expect(await otherPopup.waitForSettled()).toBe('matched');
    const item = otherPopup.page.getByTestId('match');
    await expect.poll(() => item.textContent()).toContain('Harbor City Ledger');
    expect(await item.textContent()).toContain('from your corpus');
    await otherPopup.page.close();

    // Adding it twice is refused, and says why.
    const again = await openPopup(e2e.context, reading.tabId, e2e.extensionId);
    await again.waitForSettled();
    expect(await again.page.getByTestId('add-to-corpus').count()).toBe(0); // it is in the corpus now
    await again.page.close();
  });
});
