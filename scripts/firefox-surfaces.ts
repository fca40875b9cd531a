/**
 * One small helper per surface of the extension in Firefox, for the Firefox end-to-end tests
 * and `npm start -- --browser firefox`: the news page (a BiDi page), and the popup, the sidebar
 * and the options page (extension documents, reached through scripts/firefox.ts). They mirror
 * scripts/surfaces.ts (Chromium): the same names, the same settled states.
 */
import type { Page } from 'puppeteer-core';
import { waitFor } from './browser';
import type { ExtensionDocument, FirefoxSession } from './firefox';

/** What a test reads and does on one of the extension's pages, by CSS selector. */
export interface ExtensionPage {
  doc: ExtensionDocument;
  tabId: number;
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  attr(selector: string, name: string): Promise<string | null>;
  /** A click on the element, as the reader's (a DOM click: Preact's handlers run). */
  click(selector: string): Promise<void>;
  /** A click on the first `selector` whose text is `text` (a tab, a button by its words). */
  clickText(selector: string, text: string): Promise<void>;
  /** Waits until `selector` matches; returns its text. */
  waitFor(selector: string, what?: string): Promise<string>;
  close(): Promise<void>;
}

export async function openExtensionPage(ff: FirefoxSession, path: string): Promise<ExtensionPage> {
  const { tabId, doc, close } = await ff.openTab(path);
  const page: ExtensionPage = {
    doc,
    tabId,
    text: (s) => doc.evaluate((_, sel: string) => document.querySelector(sel)?.textContent ?? null, s),
    texts: (s) =>
      doc.evaluate(
        (_, sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''),
        s,
      ),
    count: (s) => doc.evaluate((_, sel: string) => document.querySelectorAll(sel).length, s),
    attr: (s, name) =>
      doc.evaluate(
        (_, sel: string, n: string) => document.querySelector(sel)?.getAttribute(n) ?? null,
        s,
        name,
      ),
    async click(s) {
      const found = await doc.evaluate((_, sel: string) => {
        const el = document.querySelector<HTMLElement>(sel);
        el?.click();
        return Boolean(el);
      }, s);
      if (!found) throw new Error(`nothing to click at ${s} on ${doc.url}`);
    },
    async clickText(s, text) {
      const found = await doc.evaluate(
        (_, sel: string, t: string) => {
          const el = [...document.querySelectorAll<HTMLElement>(sel)].find(
            (e) => e.textContent?.trim() === t,
          );
          el?.click();
          return Boolean(el);
        },
        s,
        text,
      );
      if (!found) throw new Error(`no ${s} saying "${text}" on ${doc.url}`);
    },
    waitFor: (s, what) =>
      waitFor(
        () =>
          doc.evaluate(
            (_, sel: string) =>
              document.querySelector(sel) ? (document.querySelector(sel)!.textContent ?? ' ') || ' ' : null,
            s,
          ),
        what ?? `${s} on ${doc.url}`,
      ),
    close,
  };
  return page;
}

export interface FirefoxNewsPage {
  page: Page;
  tabId: number;
  /** Waits until the background has decided about the page, then returns the badge text. */
  settledBadge(): Promise<string>;
}

export async function openNewsPage(ff: FirefoxSession, url: string): Promise<FirefoxNewsPage> {
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await ff.tabIdOf(page);
  return {
    page,
    tabId,
    async settledBadge() {
      const popup = await openPopup(ff, tabId);
      await popup.waitForSettled();
      await popup.close();
      return ff.badgeText(tabId);
    },
  };
}

const SETTLED = new Set(['not-article', 'no-coverage', 'matched', 'unsupported-language', 'error']);

export interface FirefoxPopup extends ExtensionPage {
  state(): Promise<string | null>;
  /** Waits until the popup shows a final state (not loading/idle/working); returns it. */
  waitForSettled(): Promise<string>;
}

/** The popup, opened as a tab for the news page's tab (as the Chromium tests open it). */
export async function openPopup(ff: FirefoxSession, tabId: number): Promise<FirefoxPopup> {
  const page = await openExtensionPage(ff, `/popup.html?tab=${tabId}`);
  const state = () => page.attr('main.popup', 'data-state');
  return {
    ...page,
    state,
    waitForSettled: () =>
      waitFor(async () => {
        const s = await state();
        return s && SETTLED.has(s) ? s : null;
      }, 'the popup to settle'),
  };
}

/** The sidebar's page pinned to a tab, once it has loaded. */
export async function openSidebarPage(ff: FirefoxSession, tabId: number): Promise<ExtensionPage> {
  const page = await openExtensionPage(ff, `/sidepanel.html?tab=${tabId}`);
  await page.waitFor('main.sidebar:not([data-state="loading"])');
  return page;
}

/** The options page, once its corpus count is known. */
export async function openOptions(ff: FirefoxSession): Promise<ExtensionPage> {
  const page = await openExtensionPage(ff, '/options.html');
  await page.waitFor('[data-testid="corpus-count"][data-count]');
  return page;
}
