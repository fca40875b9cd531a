/**
 * Hostile and odd pages: markup, bidi overrides, look-alike letters and enormous words in an
 * article's text and metadata; a strict page CSP; a page that overwrites built-ins; a page
 * that replaces its body over and over; a page with a hundred iframes (Parallax runs in the top frame only; Chromium itself needs
 * tens of seconds for a thousand on a loaded 2-core machine). Served by the test's
 * own server on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/browser';
import { openNewsPage, openPopup, openSidebarPage } from '../../scripts/surfaces';
import type { CorpusFile } from '../../lib/types';
import { startE2E, type E2E } from './setup';

const HOSTILE_TITLE =
  '<img src=x onerror="alert(1)"> Zelensky \u202Eevil\u202C says Ukrainian troops capturеd Chinese nationals';
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hostilePage(): string {
  const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
  const paragraphs = corpus.articles[0]!.text.split(/\n\n+/);
  paragraphs.splice(2, 0, `<script>alert("in text")</script> javascript:alert(1) ${'A'.repeat(10_000)}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(HOSTILE_TITLE)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc('Evil <b>Times</b> \u202Emoc.live')}">
<meta name="author" content="${esc('javascript:alert(1)')}">
<script>
  window.__alerts = [];
  window.alert = (m) => window.__alerts.push(String(m));
  // A page that breaks the built-ins it can reach.
  Array.prototype.map = function () { throw new Error('page broke map'); };
  JSON.parse = () => { throw new Error('page broke JSON'); };
  window.fetch = () => Promise.reject(new Error('page broke fetch'));
  Element.prototype.attachShadow = null;
</script></head>
<body><article><h1>${esc(HOSTILE_TITLE)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
}

function stormPage(): string {
  return `<!doctype html><html><head><title>Storm</title></head><body><p>start</p>
${Array.from({ length: 100 }, (_, i) => `<iframe srcdoc="<p>frame ${i}</p>" width="10" height="10"></iframe>`).join('')}
<script>
  let n = 0;
  const t = setInterval(() => {
    document.body.replaceChildren(Object.assign(document.createElement('main'), { textContent: 'Body number ' + n + '. '.repeat(50) }));
    history.pushState({}, '', '?n=' + n);
    if (++n >= 100) { clearInterval(t); window.__stormDone = true; }
  }, 30);
</script></body></html>`;
}

let e2e: E2E;
let server: Server;
let base: string;

beforeAll(async () => {
  e2e = await startE2E();
  server = createServer((req, res) => {
    const csp = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; frame-src 'self'";
    if (req.url?.startsWith('/hostile.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
      res.end(hostilePage());
    } else if (req.url?.startsWith('/storm.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(stormPage());
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await e2e?.close();
  await new Promise((r) => server?.close(r));
});

describe('a hostile article page', () => {
  it('is still recognized and compared, and every hostile string is shown as text', async () => {
    const dialogs: string[] = [];
    e2e.context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
    const news = await openNewsPage(e2e.context, `${base}/hostile.html`);
    const popup = await openPopup(e2e.context, news.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('matched');
    const title = await popup.page.locator('.story-title').textContent();
    expect(title).toContain('<img src=x onerror="alert(1)">');
    expect(title).toContain('\u202Eevil\u202C');
    expect(await popup.page.locator('main img, main b').count()).toBe(0);
    await popup.page.close();

    const sidebar = await openSidebarPage(e2e.context, news.tabId, e2e.extensionId);
    await sidebar.getByTestId('comparison').waitFor();
    expect(await sidebar.getByTestId('current-article').textContent()).toContain('<img src=x');
    expect(await sidebar.locator('main img, main script, main b').count()).toBe(0);
    await sidebar.close();

    // Highlights still work on a page with a strict CSP that broke its own built-ins.
    await news.page.bringToFront();
    await waitFor(() => news.page.evaluate(() => CSS.highlights.size > 0), 'highlights on the hostile page');
    expect(await news.page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual(
      [],
    );
    expect(dialogs).toEqual([]);
    await news.page.close();
  });
});

describe('a page that storms its own body and holds a hundred iframes', () => {
  it('keeps Parallax bounded: the page stays responsive and at most one line is logged', async () => {
    const logs: string[] = [];
    const page = await e2e.context.newPage();
    page.on('console', (m) => {
      if (m.text().includes('Parallax')) logs.push(m.text());
    });
    await page.goto(`${base}/storm.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => (window as unknown as { __stormDone?: boolean }).__stormDone === true,
      undefined,
      {
        timeout: 30_000,
      },
    );
    // Responsive: a script round-trip right after the storm is quick.
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(logs.length).toBeLessThanOrEqual(1);
    await page.close();
  });
});
