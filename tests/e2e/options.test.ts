/**
 * The options page in real Chromium: the reader imports their own article about the demo's
 * Harbor City story, the demo page then finds it; a broken file changes nothing; the corpus
 * survives a browser restart with the same profile.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchWithExtension } from '../../scripts/browser';
import { openNewsPage, openPopup } from '../../scripts/surfaces';
import { TRAM_REPORT } from './fixtures';
import { startE2E, type E2E } from './setup';

/** Another valid article, for the broken file's first line. */
const OTHER = {
  id: 'reader-library-hours',
  title: 'Library extends weekend hours',
  outlet: null,
  date: '2025-03-02',
  text: 'The central library will open on Sundays from next month, the city said on Friday.\n\nStaff numbers rise by four.',
};

let e2e: E2E;
let dir: string;
let relaunched: BrowserContext | null = null;

beforeAll(async () => {
  e2e = await startE2E();
  dir = mkdtempSync(join(tmpdir(), 'parallax-options-'));
});
afterAll(async () => {
  await relaunched?.close().catch(() => undefined);
  await e2e?.close();
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('corpus-count').and(page.locator('[data-count]')).waitFor();
  return page;
}

const count = (page: Page) => page.getByTestId('corpus-count').getAttribute('data-count');

describe('the options page', () => {
  it('imports the reader’s article, and the demo page then finds it in their corpus', async () => {
    const options = await openOptions(e2e.context, e2e.extensionId);
    expect(await options.title()).toBe('Parallax settings');
    expect(await count(options)).toBe('0');
    await options
      .getByTestId('import-file')
      .setInputFiles(file('tram.ndjson', `${JSON.stringify(TRAM_REPORT)}\n`));
    await expect.poll(() => count(options)).toBe('1');
    expect(await options.getByTestId('import-result').textContent()).toBe('Imported 1 article.');
    expect(await options.getByTestId('user-article').textContent()).toContain('Eastside Courier');
    await options.screenshot({ path: e2e.shot('options-imported'), fullPage: true });

    const news = await openNewsPage(e2e.context, `${e2e.base}/other-story.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    await expect.poll(() => popup.state(), { timeout: 20_000 }).toBe('matched');
    expect(await badgeText(e2e.context, news.tabId)).toBe('1');
    const match = popup.page.getByTestId('match');
    expect(await match.count()).toBe(1);
    expect(await match.textContent()).toContain('Eastside Courier');
    expect(await match.textContent()).toContain('from your corpus');
    await popup.page.close();
    await news.page.close();
    await options.close();
  });

  it('refuses a broken file, naming each bad line, and leaves the corpus as it was', async () => {
    const options = await openOptions(e2e.context, e2e.extensionId);
    expect(await count(options)).toBe('1');
    const broken = [
      JSON.stringify(OTHER),
      '{"id": "half", "title": "Cut off", ',
      JSON.stringify({ id: 'no-text', title: 'A headline and nothing else', outlet: null }),
    ].join('\n');
    await options.getByTestId('import-file').setInputFiles(file('broken.ndjson', `${broken}\n`));
    const problems = options.getByTestId('import-problem');
    await problems.first().waitFor();
    const lines = await problems.allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Line 2: not valid JSON/);
    expect(lines[1]).toMatch(/^Line 3: .*"text"/);
    expect(await options.getByRole('alert').filter({ has: problems.first() }).textContent()).toContain(
      'Nothing was imported; your corpus is unchanged.',
    );
    expect(await count(options)).toBe('1');
    await options.screenshot({ path: e2e.shot('options-broken-file'), fullPage: true });
    await options.close();
  });

  it('keeps the corpus across a browser restart with the same profile, and exports it', async () => {
    await e2e.context.close();
    const again = await launchWithExtension({ userDataDir: e2e.userDataDir });
    relaunched = again.context;
    const options = await openOptions(again.context, again.extensionId);
    expect(await count(options)).toBe('1');
    expect(await options.getByTestId('user-article').textContent()).toContain(TRAM_REPORT.title);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('parallax-corpus.ndjson');
    const exported = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(exported.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([TRAM_REPORT.id]);
    await options.close();
  });

  it('made no network request outside the demo site and the extension', () => {
    const outside = e2e.requests.filter(
      (url) =>
        !url.startsWith(e2e.base) && !url.startsWith('chrome-extension://') && !url.startsWith('data:'),
    );
    expect(outside).toEqual([]);
  });
});
