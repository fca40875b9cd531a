/**
 * `npm start` (Chromium; `npm start -- --browser firefox` for Firefox): build the extension, serve a local news week (six outlets with their own feeds,
 * demo/news, dated so that its last day is today) on 127.0.0.1, open Chromium with Parallax,
 * follow the six outlets and refresh them — the live path a reader takes — then open one
 * outlet's article, whose badge counts the other outlets' reports of the same story. With a
 * display you get a real window; without one (a server) it runs headless, saves screenshots of
 * the page, the popup and the sidebar, and prints where they are.
 *
 * The build is the test build (`PARALLAX_TEST_BUILD=1`, in .output/test), which pre-grants the
 * 127.0.0.1 origin, so that following the local outlets needs no permission prompt (a reader's
 * build asks, from the click). Everything else is the reader's code path.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchWithExtension, NO_CHROMIUM_MESSAGE } from './browser';
import { findFirefox, launchFirefox, NO_FIREFOX_MESSAGE } from './firefox';
import * as firefoxSurfaces from './firefox-surfaces';
import { startNewsServer, type NewsServer } from './news-server';
import { openNewsPage, openPopup, openSidebarPage } from './surfaces';

/** The Coastal Record's storm report: three other outlets report the same storm. */
const DEMO_ARTICLE = 'record/articles/orla-leaves-saltham-counting-the-cost.html';
const OUT_DIR = resolve('.artifacts/start');
const TEST_BUILD_DIR = resolve('.output/test/chrome-mv3');
const FIREFOX_TEST_BUILD_DIR = resolve('.output/test/firefox-mv2');

/** `--browser firefox` (or `--browser=firefox`): Firefox instead of Chromium. */
function wantsFirefox(argv: string[]): boolean {
  const i = argv.indexOf('--browser');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--browser='))?.slice(10);
  return value === 'firefox';
}

/** The local news week, on PORT (8765) or any free port. */
async function newsWeek(): Promise<NewsServer> {
  const anchor = new Date();
  return startNewsServer({ port: Number(process.env.PORT ?? 8765), anchor }).catch(() =>
    startNewsServer({ port: 0, anchor }),
  );
}

/**
 * `npm start -- --browser firefox`: the same path in Firefox (firefox-esr), the test build's
 * Firefox package installed as a reader installs it (scripts/firefox.ts). Headless, it saves a
 * screenshot of the page (the extension's own pages cannot be captured over BiDi in Firefox)
 * and prints the badge and the popup's state.
 */
async function startFirefox(headless: boolean): Promise<number> {
  if (!findFirefox()) {
    console.error(NO_FIREFOX_MESSAGE);
    return 1;
  }
  console.log('Building the Firefox add-on…');
  try {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      stdio: 'pipe',
      env: { ...process.env, PARALLAX_TEST_BUILD: '1' },
    });
  } catch (err) {
    console.error(String((err as { stderr?: Buffer }).stderr ?? err));
    console.error('The add-on did not build: see the errors above.');
    return 1;
  }
  const server = await newsWeek();
  const articleUrl = `${server.origin}/${DEMO_ARTICLE}`;
  console.log(`A local news week: ${server.url} (${server.outlets.length} outlets)`);
  const ff = await launchFirefox({ headless, extensionDir: FIREFOX_TEST_BUILD_DIR });
  // Follow each outlet and refresh, through the messages the options page sends.
  const options = await firefoxSurfaces.openOptions(ff);
  const ask = (type: string, payload: unknown) =>
    options.doc.evaluate(
      (api, t: string, p: unknown) => api.runtime.sendMessage({ parallax: 1, type: t, payload: p }),
      type,
      payload,
    );
  for (const outlet of server.outlets) {
    const reply = (await ask('ui/follow', { url: outlet.feed })) as { code?: string } | undefined;
    console.log(`  follow ${outlet.name.padEnd(22)} ${reply?.code ?? 'no answer'}`);
  }
  const refresh = (await ask('ui/refresh-now', {})) as { status?: string } | undefined;
  const status = (await ask('ui/live-status', {})) as { usage?: { articles: number } } | undefined;
  console.log(
    `  refresh now: ${refresh?.status ?? 'no answer'}; ${status?.usage?.articles ?? 0} articles from the followed outlets`,
  );
  await options.close();
  const news = await firefoxSurfaces.openNewsPage(ff, articleUrl);
  if (!headless) {
    console.log(`Firefox is open on ${articleUrl} with Parallax installed.`);
    console.log('Click the Parallax button in the toolbar. Close the window or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      ff.browser.on('disconnected', () => done());
      process.on('SIGINT', () => done());
    });
    await ff.close();
    await server.close();
    return 0;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const badge = await news.settledBadge();
  const popup = await firefoxSurfaces.openPopup(ff, news.tabId);
  const state = await popup.waitForSettled();
  await popup.close();
  await news.page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 5_000 }).catch(() => undefined);
  const shot = resolve(OUT_DIR, 'firefox-page.png');
  await news.page.bringToFront();
  await news.page.screenshot({ path: shot });
  await ff.close();
  await server.close();
  console.log(`\nNo display found, so Firefox ran headless on ${articleUrl}.`);
  console.log(
    `Toolbar badge: ${badge ? `"${badge}" other outlets report this story` : 'none'}; popup: ${state}`,
  );
  console.log(`Screenshot: ${shot}`);
  return 0;
}

async function main(): Promise<number> {
  const headless =
    process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (wantsFirefox(process.argv)) return startFirefox(headless);
  if (!findChromium()) {
    console.error(NO_CHROMIUM_MESSAGE);
    return 1;
  }
  console.log('Building the extension…');
  try {
    execFileSync('npx', ['wxt', 'build'], {
      stdio: 'pipe',
      env: { ...process.env, PARALLAX_TEST_BUILD: '1' },
    });
  } catch (err) {
    console.error(String((err as { stderr?: Buffer }).stderr ?? err));
    console.error('The extension did not build: see the errors above.');
    return 1;
  }

  const server = await newsWeek();
  const articleUrl = `${server.origin}/${DEMO_ARTICLE}`;
  console.log(`A local news week: ${server.url} (${server.outlets.length} outlets)`);

  const { context, extensionId } = await launchWithExtension({ headless, extensionDir: TEST_BUILD_DIR });
  // Follow each outlet and refresh, through the messages the options page sends.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const ask = (type: string, payload: unknown) =>
    options.evaluate(([t, p]) => chrome.runtime.sendMessage({ parallax: 1, type: t, payload: p }), [
      type,
      payload,
    ] as const);
  for (const outlet of server.outlets) {
    const reply = (await ask('ui/follow', { url: outlet.feed })) as { code?: string } | undefined;
    console.log(`  follow ${outlet.name.padEnd(22)} ${reply?.code ?? 'no answer'}`);
  }
  const refresh = (await ask('ui/refresh-now', {})) as { status?: string; added?: number } | undefined;
  const status = (await ask('ui/live-status', {})) as { usage?: { articles: number } } | undefined;
  console.log(
    `  refresh now: ${refresh?.status ?? 'no answer'}; ${status?.usage?.articles ?? 0} articles from the followed outlets`,
  );
  await options.close();
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
