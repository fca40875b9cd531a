/**
 * `npm start`: build the extension, serve the demo pages on 127.0.0.1, and open Chromium with
 * Parallax loaded on a demo article. With a display you get a real window; without one (a
 * server) it runs headless, saves screenshots of the page, the popup and the sidebar, and
 * prints where they are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchWithExtension, NO_CHROMIUM_MESSAGE } from './browser';
import { startDemoServer } from './serve-demo';
import { openNewsPage, openPopup, openSidebarPage } from './surfaces';

const DEMO_ARTICLE = 'moscow-times.html';
const OUT_DIR = resolve('.artifacts/start');

async function main(): Promise<number> {
  const headless =
    process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!findChromium()) {
    console.error(NO_CHROMIUM_MESSAGE);
    return 1;
  }
  console.log('Building the extension…');
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe' });
  } catch (err) {
    console.error(String((err as { stderr?: Buffer }).stderr ?? err));
    console.error('The extension did not build: see the errors above.');
    return 1;
  }

  const server = await startDemoServer({ port: Number(process.env.PORT ?? 8765) }).catch(() =>
    startDemoServer({ port: 0 }),
  );
  const articleUrl = `${server.url}/${DEMO_ARTICLE}`;
  console.log(`Demo pages: ${server.url}/`);

  const { context, extensionId } = await launchWithExtension({ headless });
  const news = await openNewsPage(context, articleUrl);

  if (!headless) {
    await news.page.bringToFront();
    console.log(`Chromium is open on ${articleUrl} with Parallax loaded.`);
    console.log(
      'Click the Parallax icon in the toolbar (pin it from the puzzle-piece menu). Close the window or press Ctrl+C to stop.',
    );
    await new Promise<void>((done) => {
      context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
    await context.close().catch(() => undefined);
    await server.close();
    return 0;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const badge = await news.settledBadge();
  const shots = {
    page: resolve(OUT_DIR, 'page.png'),
    popup: resolve(OUT_DIR, 'popup.png'),
    sidebar: resolve(OUT_DIR, 'sidebar.png'),
  };
  // Highlights arrive just after the badge; give them a moment, then take the page as it is.
  await news.page
    .waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 5_000 })
    .catch(() => undefined);
  await news.page.screenshot({ path: shots.page });
  const popup = await openPopup(context, news.tabId, extensionId);
  await popup.waitForSettled();
  await popup.page.locator('main.popup').screenshot({ path: shots.popup });
  const sidebar = await openSidebarPage(context, news.tabId, extensionId);
  await sidebar.screenshot({ path: shots.sidebar, fullPage: true });
  await context.close();
  await server.close();

  console.log(`\nNo display found, so Chromium ran headless on ${articleUrl}.`);
  console.log(`Toolbar badge: ${badge ? `"${badge}" other outlets report this story` : 'none'}`);
  console.log('Screenshots:');
  for (const [name, path] of Object.entries(shots)) console.log(`  ${name.padEnd(8)} ${path}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
