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
    // Details only here and figures that differ (what others report is off by default), under
    // names that do not say Parallax.
    expect(Object.keys(sizes).length).toBe(2);
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

/** Each ::highlight rule's decoration, by highlight name, from the page's adopted sheets. */
function highlightRules(page: Page): Promise<Record<string, { line: string; style: string }>> {
  return page.evaluate(() => {
    const out: Record<string, { line: string; style: string }> = {};
    for (const sheet of document.adoptedStyleSheets)
      for (const rule of sheet.cssRules) {
        const m = /::highlight\((\w+)\)/.exec((rule as CSSStyleRule).selectorText ?? '');
        const st = (rule as CSSStyleRule).style;
        if (m) out[m[1]!] = { line: st.textDecorationLine, style: st.textDecorationStyle };
      }
    return out;
  });
}

/** A small area of a highlight's first range: its left edge, just inside the tint. */
function spotOf(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => {
    const range = [...CSS.highlights.get(n)!][0] as Range;
    const r = range.getClientRects()[0]!;
    return { x: Math.round(r.left + 1), y: Math.round(r.top + 1) };
  }, name);
}

describe('what the page shows by default', () => {
  it('marks what matters, with a legend from the start and marks told apart without colour', async () => {
    await setSettings({ highlightsByDefault: true, highlightsBySite: {}, sensitivity: 'balanced' });
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    const sizes = await waitFor(async () => {
      const s = await highlightSizes(news.page);
      return Object.keys(s).length > 0 ? s : null;
    }, 'highlights (on by default)');
    const ui = await inpageUi(news.page);
    const panel = await waitFor(async () => ui.frame('panel'), 'the panel frame');
    // The legend is there before anything is opened; the list is not.
    const legend = panel.getByTestId('legend');
    await legend.waitFor({ state: 'visible' });
    expect(await legend.textContent()).toContain('Another outlet states it differently');
    expect(await legend.textContent()).toContain('Only this article reports it');
    expect(await panel.locator('.list').isVisible()).toBe(false);
    const panelBox = (await ui.box('panel'))!;
    expect(panelBox.right - panelBox.left).toBeLessThanOrEqual(300);
    // Two kinds of marks, and each has its own underline (not only its own colour).
    const names = Object.keys(sizes);
    expect(names).toHaveLength(2);
    const rules = await highlightRules(news.page);
    const looks = names.map((n) => `${rules[n]!.line} ${rules[n]!.style}`);
    expect(new Set(looks).size).toBe(2);
    expect(looks.join(' ')).not.toMatch(/wavy/);

    // Under a deuteranopia simulation (the page rendered through an feColorMatrix) the two
    // tints still differ in lightness, not only in hue.
    await news.page.evaluate(() => {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      svg.style.position = 'absolute';
      const filter = document.createElementNS(ns, 'filter');
      filter.id = 'deuteranopia';
      const matrix = document.createElementNS(ns, 'feColorMatrix');
      matrix.setAttribute('type', 'matrix');
      matrix.setAttribute(
        'values',
        '0.367 0.861 -0.228 0 0 0.280 0.673 0.047 0 0 -0.012 0.043 0.969 0 0 0 0 0 1 0',
      );
      filter.append(matrix);
      svg.append(filter);
      document.body.append(svg);
      document.documentElement.style.filter = 'url(#deuteranopia)';
    });
    await news.page.evaluate(() => window.scrollTo(0, 0));
    const shot = await news.page.screenshot({ path: e2e.shot('highlights-deuteranopia') });
    const spots = await Promise.all(names.map((n) => spotOf(news.page, n)));
    const lightness = await news.page.evaluate(
      async ({ png, spots }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const g = canvas.getContext('2d')!;
        g.drawImage(img, 0, 0);
        return spots.map(({ x, y }) => {
          const [r, gr, b] = g.getImageData(x, y, 1, 1).data;
          return 0.2126 * r! + 0.7152 * gr! + 0.0722 * b!;
        });
      },
      { png: shot.toString('base64'), spots },
    );
    expect(Math.abs(lightness[0]! - lightness[1]!)).toBeGreaterThan(8);
    await news.page.evaluate(() => (document.documentElement.style.filter = ''));

    // The hover card covers neither the sentence nor the headline.
    const lead = news.page.locator('article p', {
      hasText: 'captured two Chinese citizens fighting alongside',
    });
    const box = (await lead.boundingBox())!;
    await news.page.mouse.move(box.x + 30, box.y + 10);
    const card = await waitFor(() => ui.visibleCard(), 'the card on hover');
    expect(card).toMatch(/says/);
    const cardBox = (await ui.box('card'))!;
    // The sentence read: the marked range under the pointer.
    const sentence = await news.page.evaluate(
      ({ x, y }) => {
        for (const h of CSS.highlights.values())
          for (const r of h as unknown as Iterable<Range>) {
            const b = r.getBoundingClientRect();
            if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)
              return { top: b.top, left: b.left, bottom: b.bottom, right: b.right };
          }
        return null;
      },
      { x: box.x + 30, y: box.y + 10 },
    );
    const headline = (await news.page.locator('h1').boundingBox())!;
    const apart = (a: { top: number; left: number; bottom: number; right: number }) =>
      a.right <= cardBox.left ||
      cardBox.right <= a.left ||
      a.bottom <= cardBox.top ||
      cardBox.bottom <= a.top;
    expect(sentence).not.toBeNull();
    expect(apart(sentence!)).toBe(true);
    expect(
      apart({
        top: headline.y,
        left: headline.x,
        bottom: headline.y + headline.height,
        right: headline.x + headline.width,
      }),
    ).toBe(true);
    await news.page.screenshot({ path: e2e.shot('highlight-card-placed') });

    // The reader's switch by the legend also marks what others report.
    await panel.getByTestId('mark-shared').check();
    await waitFor(async () => Object.keys(await highlightSizes(news.page)).length === 3, 'the shared marks');
    await setSettings({ highlightsByDefault: true, highlightsBySite: {}, sensitivity: 'balanced' });
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
    // The flash lasts 1.6 s and starts with the (smooth) scroll: watched first, so a loaded
    // machine's slow polls do not miss it; the scroll stays.
    await waitFor(async () => {
      const now = await highlightSizes(news.page);
      return Object.keys(now).some((k) => !(k in marksBefore) && now[k] === 1);
    }, 'the flash');
    await waitFor(
      async () => (await news.page.evaluate(() => window.scrollY)) < scrolledBefore,
      'the page to scroll to the claim (smoothly)',
    );
    await sidebar.screenshot({ path: e2e.shot('sidebar-comparison') });
    await sidebar.close();
    await news.page.close();
  });
});
