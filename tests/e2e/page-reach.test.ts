/**
 * What a news page's own scripts can learn of Parallax, attacked as a hostile page would: read
 * the card after synthetic hovers with `window.find` and the selection, drive the UI with
 * synthetic events, listen for messages that carry the extension's id, fake WXT's events to
 * shut the content script down or force re-extractions, and storm `pushState`. Pages served by
 * the test's own server on 127.0.0.1; the page's script is installed before the page runs.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorker, tabIdOf, waitFor } from '../../scripts/browser';
import type { CorpusFile } from '../../lib/types';
import { inpageUi } from './shadow';
import { startE2E, type E2E } from './setup';

/** Installed in the page's world before its own scripts: records what reaches the page. */
const RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  window.addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`), true);
};

function stormPage(paragraphs: string[]): string {
  const body = `<article><h1>Zelensky says Ukrainian troops captured Chinese nationals</h1>${paragraphs
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</article>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm</title>
<meta property="og:type" content="article"></head><body>${body}
<script>
  const html = ${JSON.stringify(body)};
  let n = 0;
  const t = setInterval(() => {
    document.body.innerHTML = html.replace('</h1>', ' ' + n + '</h1>');
    history.pushState({}, '', '?n=' + n);
    if (++n >= 200) { clearInterval(t); window.__stormDone = true; }
  }, 50);
</script></body></html>`;
}

let e2e: E2E;
let server: Server;
let base: string;

beforeAll(async () => {
  e2e = await startE2E();
  const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
  const paragraphs = corpus.articles[0]!.text.split(/\n\n+/);
  server = createServer((req, res) => {
    if (req.url?.startsWith('/storm.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(stormPage(paragraphs));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await e2e?.close();
  await new Promise((r) => server?.close(r));
});

/** Counts the page extractions the background is asked for (the costly part of a detection). */
async function countExtractions(): Promise<() => Promise<number>> {
  const worker = await serviceWorker(e2e.context);
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __extracts?: number };
    if (g.__extracts !== undefined) return;
    g.__extracts = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'page/extract') g.__extracts!++;
    });
  });
  return async () =>
    (await serviceWorker(e2e.context)).evaluate(
      () => (globalThis as unknown as { __extracts: number }).__extracts,
    );
}

async function openRecorded(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await e2e.context.newPage();
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(e2e.context, page) };
}

const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.size);

/** Everything the page's world can find of the card's words by find and selection. */
function pageWorldRead(page: Page, words: string[]): Promise<string[]> {
  return page.evaluate((ws) => {
    const found: string[] = [];
    const w = window as Window & { find?: (s: string, ...a: boolean[]) => boolean };
    for (const s of ws) {
      getSelection()?.removeAllRanges();
      // Case-insensitive, forwards, wrapping, whole words off, in frames, no dialog.
      if (w.find?.(s, false, false, true, false, true, false)) {
        const sel = getSelection()!;
        sel.modify('extend', 'forward', 'paragraph');
        found.push(`find ${s}: ${sel.toString()}`);
      }
    }
    getSelection()?.selectAllChildren(document.documentElement);
    const all = getSelection()!.toString();
    for (const s of ws) if (all.includes(s)) found.push(`select-all ${s}`);
    getSelection()?.removeAllRanges();
    return found;
  }, words);
}

describe("a page reading Parallax's UI", () => {
  it('finds nothing of the card or panel by find and selection, even while the card is shown', async () => {
    const news = await openRecorded(`${e2e.base}/moscow-times.html`);
    await waitFor(async () => (await highlightCount(news.page)) > 0, 'highlights');
    const ui = await inpageUi(news.page);
    await waitFor(async () => ui.frame('panel'), 'the panel frame');
    const lead = news.page.locator('article p', {
      hasText: 'captured two Chinese citizens fighting alongside',
    });
    const box = (await lead.boundingBox())!;

    // The page's own synthetic hovers over the sentence: no card.
    await news.page.evaluate(
      ({ x, y, w, h }) => {
        for (let dx = 5; dx < w; dx += 40)
          for (let dy = 5; dy < h; dy += 10)
            document
              .elementFromPoint(x + dx, y + dy)
              ?.dispatchEvent(
                new MouseEvent('mousemove', { clientX: x + dx, clientY: y + dy, bubbles: true }),
              );
      },
      { x: box.x, y: box.y, w: box.width, h: box.height },
    );
    await news.page.waitForTimeout(500);
    expect(await ui.visibleCard()).toBeNull();

    // The card the reader's own pointer opens is shown, and still out of the page's reach.
    await news.page.mouse.move(box.x + 30, box.y + 10);
    const card = await waitFor(() => ui.visibleCard(), 'the card on a real hover');
    expect(card).toContain('Also reported by');
    const words = [
      'Also reported by',
      'The New York Times',
      'Latin Times',
      'wrote:',
      'Parallax ·',
      'marked sentences',
    ];
    expect(await pageWorldRead(news.page, words)).toEqual([]);
    await news.page.close();
  });

  it('never receives the extension id, no Parallax mark and no named highlight', async () => {
    const news = await openRecorded(`${e2e.base}/moscow-times.html`);
    await waitFor(async () => (await highlightCount(news.page)) > 0, 'highlights');
    await news.page.waitForTimeout(500);
    const seen = await news.page.evaluate(() => ({
      messages: (window as unknown as { __seen: string[] }).__seen,
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      highlights: [...CSS.highlights.keys()],
      sheets: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
      attributes: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()),
    }));
    expect(JSON.stringify(seen)).not.toContain(e2e.extensionId);
    expect(JSON.stringify(seen)).not.toMatch(/parallax|wxt/i);
    expect(seen.messages).toEqual([]);
    expect(seen.marks).toEqual([]);
    // A page that knows Parallax's id cannot load its frame page to detect it (Chrome: the
    // frame page is reachable only by a per-session id, which the page never sees).
    const probe = await news.page.evaluate(async (id) => {
      try {
        return `loaded ${(await fetch(`chrome-extension://${id}/inpage.html`)).status}`;
      } catch {
        return 'blocked';
      }
    }, e2e.extensionId);
    expect(probe).toBe('blocked');
    await news.page.close();
  });

  it("cannot shut Parallax down or force re-extractions with WXT's event names", async () => {
    const extractions = await countExtractions();
    const news = await openRecorded(`${e2e.base}/moscow-times.html`);
    await waitFor(async () => (await highlightCount(news.page)) > 0, 'highlights');
    await news.page.waitForTimeout(1_000);
    const before = await extractions();
    const count = await highlightCount(news.page);
    await news.page.evaluate((id) => {
      const started = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(
        new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'page' } }),
      );
      window.postMessage({ type: started, contentScriptName: 'content', messageId: 'page' }, '*');
      for (let i = 0; i < 20; i++) window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      for (let i = 0; i < 20; i++)
        (window as unknown as { navigation: EventTarget }).navigation.dispatchEvent(new Event('navigate'));
    }, e2e.extensionId);
    await news.page.waitForTimeout(2_500);
    expect(await highlightCount(news.page)).toBe(count);
    expect(await extractions()).toBe(before);
    // Still alive: the reader's hover still opens the card.
    const ui = await inpageUi(news.page);
    const lead = news.page.locator('article p', {
      hasText: 'captured two Chinese citizens fighting alongside',
    });
    const box = (await lead.boundingBox())!;
    await news.page.mouse.move(box.x + 30, box.y + 10);
    expect(await waitFor(() => ui.visibleCard(), 'the card')).toContain('Also reported by');
    await news.page.close();
  });
});

describe('a page that calls pushState with every body replacement', () => {
  it('gets a bounded number of detections (200 navigations in 10 s)', async () => {
    const extractions = await countExtractions();
    const before = await extractions();
    const page = await e2e.context.newPage();
    await page.goto(`${base}/storm.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => (window as unknown as { __stormDone?: boolean }).__stormDone === true,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await page.waitForTimeout(1_000);
    const n = (await extractions()) - before;
    // Burst of 5, then one per 3 s: at most 5 + 11 / 3 in 11 s (it was 198).
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(9);
    await page.close();
  });
});
