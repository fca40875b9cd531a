/**
 * `npm run screenshots`: refreshes the README's screenshots of every surface, in light and
 * dark, from the built extension on the demo pages (docs/screenshots/*.png).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, waitFor } from './browser';
import { startDemoServer } from './serve-demo';
import { openNewsPage, openPopup, openSidebarPage } from './surfaces';

const OUT = resolve('docs/screenshots');

async function shoot(scheme: 'light' | 'dark', base: string): Promise<string[]> {
  const { context, extensionId } = await launchWithExtension({ colorScheme: scheme });
  const out: string[] = [];
  const path = (name: string) => {
    const p = resolve(OUT, `${name}-${scheme}.png`);
    out.push(p);
    return p;
  };
  try {
    const news = await openNewsPage(context, `${base}/moscow-times.html`);
    await news.settledBadge();
    const popup = await openPopup(context, news.tabId, extensionId);
    await popup.waitForSettled();
    await popup.page.locator('[data-testid="special"]').filter({ hasText: /\w/ }).waitFor();
    await popup.page.locator('main.popup').screenshot({ path: path('popup') });
    await popup.page.close();

    await news.page.bringToFront();
    await waitFor(() => news.page.evaluate(() => CSS.highlights.size > 0), 'highlights');
    const lead = news.page.locator('article p', {
      hasText: 'captured two Chinese citizens fighting alongside',
    });
    await lead.scrollIntoViewIfNeeded();
    const box = (await lead.boundingBox())!;
    await news.page.mouse.move(box.x + 40, box.y + 10);
    await news.page.waitForFunction(() => true);
    await news.page.screenshot({ path: path('page-highlights') });

    const sidebar = await openSidebarPage(context, news.tabId, extensionId);
    await sidebar.getByTestId('comparison').waitFor();
    await sidebar.screenshot({ path: path('sidebar-overview') });
    await sidebar.getByRole('tab', { name: 'Differences' }).click();
    await sidebar.screenshot({ path: path('sidebar-differences') });
    await sidebar.getByRole('tab', { name: 'Side by side' }).click();
    await sidebar.screenshot({ path: path('sidebar-side-by-side') });

    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForLoadState('load');
    await options.screenshot({ path: path('options') });
  } finally {
    await context.close();
  }
  return out;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const server = await startDemoServer({ port: 0 });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of await shoot(scheme, server.url)) console.log(p);
    }
  } finally {
    await server.close();
  }
}

await main();
