/**
 * A big import in real Chromium: 10,000 articles chosen on the options page are imported by its
 * worker (the built extension loads it under its CSP); progress shows, a cancel leaves the
 * corpus as it was, and the import then completes and the list shows the articles a page at a
 * time. The background keeps its match index for its next life, so a stopped and restarted
 * service worker still matches at once. How long it takes and how responsive the pages stay is
 * measured by `npm run bench -- import-browser` and `npm run bench -- import`, not here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorker, stopServiceWorker } from '../../scripts/browser';
import { openNewsPage } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

const N = 10_000;

let e2e: E2E;
let file: string;

beforeAll(async () => {
  e2e = await startE2E();
  const lines = Array.from({ length: N }, (_, i) =>
    JSON.stringify({
      id: `big-${i}`,
      title: `Harbor report number ${i}`,
      outlet: `Outlet ${i % 30}`,
      date: '2025-04-10',
      text: `Report ${i}: the council met on day ${i} and ${1000 + i} residents attended.\n\nThe vote on item ${i} was postponed to a later session of the council.`,
    }),
  );
  file = join(mkdtempSync(join(tmpdir(), 'parallax-big-')), 'ten-thousand.ndjson');
  writeFileSync(file, `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await e2e?.close();
});

describe('importing 10,000 articles', () => {
  it('runs in the import worker, can be cancelled without a trace, then completes', async () => {
    const options = await e2e.context.newPage();
    const workers: string[] = [];
    options.on('worker', (w) => workers.push(w.url()));
    await options.goto(`chrome-extension://${e2e.extensionId}/options.html`);
    const count = () => options.getByTestId('corpus-count').getAttribute('data-count');
    await options.getByTestId('corpus-count').and(options.locator('[data-count="0"]')).waitFor();

    // Cancelled once it is writing: nothing of it is kept.
    await options.getByTestId('import-file').setInputFiles(file);
    await options.locator('progress[value]').waitFor();
    expect(await options.getByTestId('import-progress').textContent()).toMatch(/of 10000 articles written/);
    await options.getByTestId('cancel-import').click();
    await expect
      .poll(() => options.getByTestId('import-result').textContent(), { timeout: 30_000 })
      .toBe('Import cancelled; your corpus is unchanged.');
    expect(await count()).toBe('0');
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(
      new RegExp(`^chrome-extension://${e2e.extensionId}/assets/import-worker-.*\\.js$`),
    );

    // The same file again, to the end.
    await options.getByTestId('import-file').setInputFiles(file);
    await expect
      .poll(() => options.getByTestId('import-result').textContent(), { timeout: 50_000 })
      .toBe(`Imported ${N} articles.`);
    await expect.poll(count, { timeout: 20_000 }).toBe(String(N));
    expect(await options.getByTestId('user-article').count()).toBe(100);
    expect(await options.getByTestId('user-article').first().textContent()).toContain(
      `Harbor report number ${N - 1}`,
    );
    expect(await options.getByRole('button', { name: /^Show \d+ more/ }).count()).toBe(1);
    await options.close();
  });

  it('keeps the match index for a restarted service worker, which still matches', async () => {
    // The background stores the index it rebuilt after the import (IndexedDB, its own database).
    const cachedDocs = async () =>
      (await serviceWorker(e2e.context)).evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('parallax-index-cache');
            open.onerror = () => resolve(-1);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('index')) return resolve(0);
              const get = db.transaction('index').objectStore('index').get('bundled+user');
              get.onsuccess = () =>
                resolve((get.result as { index?: { docs: unknown[] } })?.index?.docs.length ?? 0);
              get.onerror = () => resolve(-1);
            };
          }),
      );
    await expect.poll(cachedDocs, { timeout: 60_000 }).toBe(N + 5);

    expect(await stopServiceWorker(e2e.context, e2e.extensionId)).toBe(true);
    const news = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    expect(await news.settledBadge()).toBe('4');
    await news.page.close();
  });
});
