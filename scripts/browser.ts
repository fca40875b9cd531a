/**
 * Launching real Chromium with the built extension loaded (for `npm start`, the end-to-end
 * tests and the screenshot script). Uses the system's Chromium; never downloads a browser.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((p): p is string => Boolean(p));

export const NO_CHROMIUM_MESSAGE = `Parallax needs Chromium (or Chrome) to run, and none was found.
  Debian/Ubuntu:  sudo apt-get install chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium
  Or point CHROMIUM_PATH at a Chromium or Chrome executable.`;

export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** No sandbox (root in CI), no GPU, and none of Chromium's own background connections. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  userDataDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /**
   * Keep the welcome tab Parallax opens on install (the options page). By default it is closed,
   * as a reader would: left open, it takes the focus from the news page a test opens next, and a
   * page in a hidden tab is detected only once it is seen.
   */
  keepWelcome?: boolean;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const extensionDir = resolve(opts.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'parallax-profile-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_FLAGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  if (!opts.keepWelcome) {
    const isWelcome = (p: Page) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`);
    // A new profile gets it within a moment of the worker's start; a reused one never does.
    for (let waited = 0; waited < 5_000; waited += 100) {
      const welcome = context.pages().find(isWelcome);
      if (welcome) {
        await welcome.close();
        break;
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return { context, extensionId, worker, userDataDir };
}

/** The current service worker (it may have been stopped and restarted: the newest one). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }))
  );
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops the extension's service worker the way the browser does when it is idle, through the
 * DevTools protocol, and waits until it has stopped. Returns false if it was not running.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<boolean> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const cdp = await context.newCDPSession(page);
    const status = new Map<string, string>();
    // A stop is seen even when something (a page's frame asking for its marks) starts the
    // worker again before the next poll.
    const stopped = new Set<string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
      for (const v of e.versions)
        if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) {
          status.set(v.versionId, v.runningStatus);
          if (v.runningStatus === 'stopped') stopped.add(v.versionId);
        }
    });
    await cdp.send('ServiceWorker.enable');
    const running = await waitFor(
      async () => [...status].find(([, s]) => s === 'running')?.[0] ?? null,
      'the running service worker',
      5_000,
    ).catch(() => null);
    if (running === null) return false;
    stopped.delete(running);
    await cdp.send('ServiceWorker.stopWorker', { versionId: running });
    await waitFor(async () => stopped.has(running), 'the service worker to stop', 10_000);
    return true;
  } finally {
    await page.close();
  }
}

/**
 * The tab id Chromium gave a page. Parallax has no `tabs` permission (tab URLs stay private),
 * so the page is brought to the front and the extension asked for the active tab.
 */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorker(context);
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no tab for ${page.url()}`);
  return id;
}

export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const worker = await serviceWorker(context);
  return worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls `fn` until it returns a truthy value or the time is up (no fixed sleeps). */
export async function waitFor<T>(
  fn: () => Promise<T | null | undefined | false | ''>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
