/**
 * Parallax in real Firefox (Debian's firefox-esr, headless), the Firefox package
 * (.output/firefox-mv2) installed as a reader installs it: one browser for the whole file.
 * Firefox's own paths are what is tested here: the background page (a DOM, no offscreen
 * document) reads the article, the browser action's badge, the sidebar_action, and the pages
 * at moz-extension://<uuid>/ (the uuid is Firefox's per-profile address, read from the add-on's
 * own record). See scripts/firefox.ts for how each document is reached.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/browser';
import { launchFirefox, type FirefoxSession } from '../../scripts/firefox';
import {
  openNewsPage,
  openOptions,
  openPopup,
  openSidebarPage,
  type ExtensionPage,
} from '../../scripts/firefox-surfaces';
import { startDemoServer, type DemoServer } from '../../scripts/serve-demo';
import { TRAM_REPORT } from './fixtures';

let ff: FirefoxSession;
let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
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
  const bg = await ff.background();
  await bg.evaluate((api, v) => api.storage.local.set({ settings: v }), value);
}

/** The reader picks a file in the options page's import field (its change handler reads it). */
async function importFile(options: ExtensionPage, name: string, content: string): Promise<void> {
  await options.doc.evaluate(
    (_, n: string, text: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], n));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    name,
    content,
  );
}

describe('Firefox: a reader on the Moscow Times demo article', () => {
  it('sees badge 4 and the four other outlets in the popup; the background page read the article', async () => {
    const news = await openNewsPage(ff, `${server.url}/moscow-times.html`);
    const popup = await openPopup(ff, news.tabId);
    expect(await popup.waitForSettled()).toBe('matched');
    expect(await ff.badgeText(news.tabId)).toBe('4');
    expect((await popup.texts('[data-testid="match"] .outlet')).sort()).toEqual([
      'Latin Times',
      'The Guardian',
      'The New York Times',
      'Unattributed outlet',
    ]);
    expect(await popup.text('[data-testid="summary"]')).toContain('4 other outlets');
    // No offscreen document in Firefox: the background is a page with a DOM of its own.
    const bg = await ff.background();
    expect(
      await bg.evaluate((api) => ({
        dom: typeof document.implementation.createHTMLDocument,
        offscreen: 'offscreen' in api,
      })),
    ).toEqual({ dom: 'function', offscreen: false });
    await popup.close();
    await news.page.close();
  });

  it('says so honestly on a page without coverage and on a page that is no article', async () => {
    const other = await openNewsPage(ff, `${server.url}/other-story.html`);
    const popup = await openPopup(ff, other.tabId);
    expect(await popup.waitForSettled()).toBe('no-coverage');
    expect(await popup.text('main.popup')).toContain('No other coverage found');
    expect(await ff.badgeText(other.tabId)).toBe('');
    await popup.close();
    await other.page.close();

    const shop = await openNewsPage(ff, `${server.url}/shop.html`);
    const shopPopup = await openPopup(ff, shop.tabId);
    expect(await shopPopup.waitForSettled()).toBe('not-article');
    expect(await shopPopup.text('main.popup')).toContain('This page doesn’t look like an article');
    expect(await ff.badgeText(shop.tabId)).toBe('');
    await shopPopup.close();
    await shop.page.close();
  });

  it('shows the comparison in the sidebar', async () => {
    const news = await openNewsPage(ff, `${server.url}/moscow-times.html`);
    await news.settledBadge();
    const sidebar = await openSidebarPage(ff, news.tabId);
    await sidebar.waitFor('[data-testid="comparison"]');
    expect(await sidebar.text('[data-testid="current-article"] .story-title')).toContain(
      'Zelensky Says Ukrainian Troops Captured Chinese Nationals',
    );
    await sidebar.clickText('[role="tab"]', 'Reports (4)');
    expect(await sidebar.count('[data-testid="report"]')).toBe(4);
    await sidebar.close();
    await news.page.close();
  });
});

describe('Firefox: the sidebar (sidebar_action)', () => {
  it('follows the tab the reader is on: Firefox opened it on install', async () => {
    const news = await openNewsPage(ff, `${server.url}/moscow-times.html`);
    await news.settledBadge();
    await news.page.bringToFront();
    // The real sidebar: not pinned to a tab (no ?tab=), in the browser's sidebar box.
    const sidebar = await ff.document((u) => u === `${ff.origin}/sidepanel.html`, 'the sidebar');
    await waitFor(
      () =>
        sidebar.evaluate(() =>
          document
            .querySelector('[data-testid="current-article"] .story-title')
            ?.textContent?.includes('Zelensky Says Ukrainian Troops Captured Chinese Nationals'),
        ),
      'the sidebar to show the article of the active tab',
    );
    await news.page.close();
  });

  it('shows the comparison and scrolls the page to a claim when one is clicked', async () => {
    const news = await openNewsPage(ff, `${server.url}/moscow-times.html`);
    await news.settledBadge();
    const sidebar = await openSidebarPage(ff, news.tabId);
    await sidebar.waitFor('[data-testid="comparison"]');
    expect(await sidebar.texts('[role="tab"]')).toEqual(
      expect.arrayContaining(['Overview', 'Only here', 'Differences', 'Quotes', 'Headlines', 'Side by side']),
    );
    await sidebar.clickText('[role="tab"]', 'Differences');
    await waitFor(
      async () => /Monday|Tuesday/.test((await sidebar.text('[role="tabpanel"]')) ?? ''),
      'the differences',
    );
    await sidebar.clickText('[role="tab"]', 'Overview');
    await news.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const scrolledBefore = await news.page.evaluate(() => window.scrollY);
    await sidebar.click('[role="tabpanel"] button');
    await waitFor(
      async () => (await news.page.evaluate(() => window.scrollY)) < scrolledBefore,
      'the page to scroll to the claim',
    );
    await sidebar.close();
    await news.page.close();
  });
});

describe('Firefox: highlights on the page', () => {
  it('marks sentences without moving a box once the reader turns them on in the popup', async () => {
    await setSettings({ highlightsByDefault: false, highlightsBySite: {}, sensitivity: 'balanced' });
    const news = await openNewsPage(ff, `${server.url}/moscow-times.html`);
    await news.settledBadge();
    const before = await boxes(news.page);
    const htmlBefore = await news.page.evaluate(() => document.body.outerHTML);
    expect(await highlightSizes(news.page)).toEqual({});

    const popup = await openPopup(ff, news.tabId);
    await popup.waitForSettled();
    await popup.waitFor('[data-testid="highlights-toggle"]');
    expect(
      await popup.doc.evaluate(
        () => document.querySelector<HTMLInputElement>('[data-testid="highlights-toggle"]')!.checked,
      ),
    ).toBe(false);
    await popup.click('[data-testid="highlights-toggle"]');
    await popup.close();

    const sizes = await waitFor(async () => {
      const s = await highlightSizes(news.page);
      return Object.keys(s).length > 0 ? s : null;
    }, 'highlights to appear');
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    // Two marks by default: details no other outlet reports, figures stated differently.
    expect(Object.keys(sizes).length).toBe(2);
    expect(Object.keys(sizes).join(' ')).not.toMatch(/parallax/i);
    expect(await boxes(news.page)).toEqual(before);
    expect(await news.page.evaluate(() => document.body.outerHTML)).toBe(htmlBefore);
    await news.page.close();
  });

  it('shows the card saying which outlets carry a sentence when the reader hovers it', async () => {
    await setSettings({ highlightsByDefault: true, highlightsBySite: {}, sensitivity: 'balanced' });
    const news = await openNewsPage(ff, `${server.url}/moscow-times.html`);
    await waitFor(async () => Object.keys(await highlightSizes(news.page)).length > 0, 'highlights');
    const card = await ff.frameOf(news.page, 'card');
    const lead = await news.page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((e) =>
        e.textContent?.includes('captured two Chinese citizens fighting alongside'),
      )!;
      const r = p.getBoundingClientRect();
      return { x: r.x, y: r.y };
    });
    await news.page.mouse.move(lead.x + 30, lead.y + 10);
    const text = await waitFor(
      () => card.evaluate(() => document.getElementById('app')?.textContent ?? ''),
      'the card on hover',
    );
    expect(text).toMatch(/says/);
    expect(text).toMatch(/The New York Times|The Guardian|Latin Times|Unattributed outlet/);
    await news.page.close();
  });
});

describe('Firefox: a single-page news site', () => {
  it('follows the article across a pushState navigation and back', async () => {
    const news = await openNewsPage(ff, `${server.url}/spa.html`);
    await news.page.waitForSelector('#app h1');
    const state = async () => {
      const popup = await openPopup(ff, news.tabId);
      const s = await popup.waitForSettled();
      await popup.close();
      return s;
    };
    await waitFor(async () => (await state()) === 'no-coverage', 'the late article to be seen');
    await news.page.click('a[data-nav="moscow-times"]');
    await waitFor(async () => (await ff.badgeText(news.tabId)) === '4', 'the badge of the new article');
    expect(await state()).toBe('matched');
    await news.page.goBack();
    await waitFor(async () => (await ff.badgeText(news.tabId)) === '', 'the badge to clear');
    expect(await state()).toBe('no-coverage');
    await news.page.close();
  });
});

describe('Firefox: the options page and the reader’s corpus', () => {
  it('imports the reader’s article; the demo page then finds it', async () => {
    const options = await openOptions(ff);
    expect(await options.attr('[data-testid="corpus-count"]', 'data-count')).toBe('0');
    await importFile(options, 'tram.ndjson', `${JSON.stringify(TRAM_REPORT)}\n`);
    await waitFor(
      async () => (await options.attr('[data-testid="corpus-count"]', 'data-count')) === '1',
      'the import',
    );
    expect(await options.text('[data-testid="import-result"]')).toBe('Imported 1 article.');
    await options.close();

    const news = await openNewsPage(ff, `${server.url}/other-story.html`);
    const popup = await openPopup(ff, news.tabId);
    expect(await popup.waitForSettled()).toBe('matched');
    expect(await ff.badgeText(news.tabId)).toBe('1');
    expect(await popup.text('[data-testid="match"]')).toContain('Eastside Courier');
    await popup.close();
    await news.page.close();
  });

  it('made no request outside the demo site and the extension while reading (BiDi network events)', async () => {
    // The recorder sees the background page's own requests too.
    const bg = await ff.background();
    await bg.evaluate(
      (_, url: string) =>
        fetch(url, { mode: 'no-cors' }).then(
          () => 1,
          () => 0,
        ),
      `${server.url}/recorder-check`,
    );
    await waitFor(
      async () => ff.requests.some((u) => u.endsWith('/recorder-check')),
      'the background’s request recorded',
    );
    const allowed = [`${server.url}/`, `${ff.origin}/`, 'data:', 'about:blank'];
    const outside = ff.requests.filter((url) => !allowed.some((a) => url.startsWith(a)));
    expect(ff.requests.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('keeps the corpus across a browser restart with the same profile', async () => {
    const { userDataDir, origin } = ff;
    await ff.close();
    ff = await launchFirefox({ userDataDir });
    expect(ff.origin).toBe(origin); // the same install, not a new one
    const options = await openOptions(ff);
    expect(await options.attr('[data-testid="corpus-count"]', 'data-count')).toBe('1');
    expect(await options.text('[data-testid="user-article"]')).toContain(TRAM_REPORT.title);
    await options.close();
  });
});
