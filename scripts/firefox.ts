/**
 * Launching real Firefox with the built add-on installed (for the Firefox end-to-end tests and
 * `npm start -- --browser firefox`). Uses the system's Firefox (Debian's firefox-esr); never
 * downloads a browser. puppeteer-core drives it over WebDriver BiDi: the news pages, and every
 * request the browser makes (BiDi's network events). BiDi does not reach documents with an
 * extension principal in Firefox (the background page, the popup, the sidebar, the options page
 * and Parallax's frames on pages), so those are reached through Firefox's own Remote Debugging
 * Protocol (scripts/rdp.ts), the way about:debugging inspects an add-on.
 *
 * The add-on is installed as a reader's is, permanently (an unsigned package is accepted by
 * an ESR or Developer Edition with xpinstall.signatures.required off): it stays in the profile,
 * so a restart with the same profile finds it and its data.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as Api } from 'webextension-polyfill';
import { waitFor } from './browser';
import { RdpClient, type RdpTarget } from './rdp';

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
].filter((p): p is string => Boolean(p));

export const NO_FIREFOX_MESSAGE = `Parallax's Firefox runs need Firefox (ESR or Developer Edition), and none was found.
  Debian/Ubuntu:  sudo apt-get install firefox-esr
  Or point FIREFOX_PATH at a Firefox executable.`;

export function findFirefox(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'parallax@parallax.local';

const PREFS = {
  // An unsigned add-on, installed for good (ESR and Developer Edition honour this pref).
  'xpinstall.signatures.required': false,
  // The Remote Debugging Protocol on a loopback port, without the prompt asking to allow it.
  'devtools.debugger.remote-enabled': true,
  'devtools.debugger.prompt-connection': false,
  'devtools.chrome.enabled': true,
};

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  userDataDir?: string;
  /** Keep the welcome tab Parallax opens on install (the options page); closed by default. */
  keepWelcome?: boolean;
}

/** One of the extension's documents: the background page, one of its pages, one of its frames. */
export interface ExtensionDocument {
  url: string;
  /**
   * Runs `fn(browser, ...args)` in the document, `browser` being Firefox's extension API there
   * (a promise is awaited); the arguments and the value go through JSON.
   */
  evaluate<T, A extends unknown[]>(fn: (api: Api, ...args: A) => T | Promise<T>, ...args: A): Promise<T>;
}

export interface FirefoxSession {
  rdp: RdpClient;
  browser: Browser;
  /** "moz-extension://<uuid>": Firefox's per-profile address of the add-on. */
  origin: string;
  userDataDir: string;
  /**
   * Every request made: by web pages (BiDi's network events) and by the extension's documents,
   * the background page included (the add-on's network events, through the debugging protocol).
   */
  requests: string[];
  background(): Promise<ExtensionDocument>;
  /** The extension's document whose URL `match` accepts, once it exists. */
  document(match: (url: string) => boolean, what: string, timeoutMs?: number): Promise<ExtensionDocument>;
  /**
   * One of Parallax's frames on a news page (inpage.html?part=card|panel), reached through the
   * page tab's own watcher (BiDi lists the frames but cannot enter them).
   */
  frameOf(page: Page, part: 'card' | 'panel'): Promise<ExtensionDocument>;
  /** Opens one of the extension's pages in a background tab (as a link to it would). */
  openTab(path: string): Promise<{ tabId: number; doc: ExtensionDocument; close(): Promise<void> }>;
  /** The tab id Firefox gave a page (brought to the front, then the active tab is asked for). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The built folder as an .xpi (a zip), the form a permanent install takes. */
async function packAddon(dir: string): Promise<string> {
  const zip = new JSZip();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else zip.file(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  const out = join(mkdtempSync(join(tmpdir(), 'parallax-xpi-')), 'parallax.xpi');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  return out;
}

function documentOf(rdp: RdpClient, target: RdpTarget): ExtensionDocument {
  return {
    url: target.url,
    async evaluate(fn, ...args) {
      // esbuild (tsx, Vitest) may wrap named functions in __name(): give it one here.
      const source = `(async () => { const __name = (f) => f; const v = await (${fn.toString()})(globalThis.browser, ...${JSON.stringify(args)}); return v === undefined ? undefined : JSON.stringify(v); })()`;
      const text = await rdp.evaluate(target.consoleActor, source);
      return (text === undefined ? undefined : JSON.parse(text)) as never;
    },
  };
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX_MESSAGE);
  const extensionDir = resolve(opts.extensionDir ?? FIREFOX_EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built add-on in ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'parallax-firefox-'));
  const installed = existsSync(join(userDataDir, 'extensions', `${ADDON_ID}.xpi`));
  const port = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? true,
    userDataDir,
    args: ['--start-debugger-server', String(port)],
    extraPrefsFirefox: PREFS,
  });
  const requests: string[] = [];
  // Every request of every browsing context, recorded from the start.
  const bidi = (browser as unknown as { connection: unknown }).connection as {
    send(method: string, params: object): Promise<unknown>;
    on(event: string, fn: (params: { request: { url: string } }) => void): void;
  };
  bidi.on('network.beforeRequestSent', (e) => requests.push(e.request.url));
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });

  if (!installed) {
    await bidi.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: await packAddon(extensionDir) },
      'moz:permanent': true,
    });
  }
  const rdp = await RdpClient.connect(port);
  // The add-on's own record gives its per-profile address.
  const addon = await waitFor(async () => {
    const { addons } = (await rdp.request('root', 'listAddons')) as unknown as {
      addons: { id: string; actor: string; manifestURL?: string }[];
    };
    return addons.find((a) => a.id === ADDON_ID && a.manifestURL) ?? null;
  }, 'the add-on in the list of add-ons');
  const origin = `moz-extension://${new URL(addon.manifestURL!).host}`;

  // Its documents, as they come and go.
  const targets = new Map<string, RdpTarget>();
  rdp.on((p) => {
    const t = p.target as RdpTarget | undefined;
    if (p.type === 'target-available-form' && t) targets.set(t.actor, t);
    if (p.type === 'target-destroyed-form' && t) targets.delete(t.actor);
  });
  const { actor: watcher } = (await rdp.request(addon.actor, 'getWatcher', {
    isServerTargetSwitchingEnabled: true,
  })) as unknown as { actor: string };
  await rdp.request(watcher, 'watchTargets', { targetType: 'frame' });
  // BiDi's network events leave out the extension's own documents: their requests (the
  // background page's above all) are recorded from the add-on's watcher.
  rdp.on((p) => {
    if (p.type !== 'resources-available-array') return;
    for (const [type, resources] of p.array as [string, { url?: string }[]][])
      if (type === 'network-event') for (const r of resources) if (r.url) requests.push(r.url);
  });
  await rdp.request(watcher, 'watchResources', { resourceTypes: ['network-event'] });

  const watchedTabs = new Set<string>();
  const document = async (match: (url: string) => boolean, what: string, timeoutMs = 20_000) => {
    const target = await waitFor(
      async () => [...targets.values()].findLast((t) => match(t.url)) ?? null,
      what,
      timeoutMs,
    );
    return documentOf(rdp, target);
  };
  const background = () =>
    document((u) => u === `${origin}/_generated_background_page.html`, 'the background page');

  const session: FirefoxSession = {
    rdp,
    browser,
    origin,
    userDataDir,
    requests,
    background,
    document,
    async openTab(path) {
      const bg = await background();
      const url = `${origin}${path}`;
      const tabId = await bg.evaluate(
        (api, u: string) => api.tabs.create({ url: u, active: false }).then((t) => t.id!),
        url,
      );
      const doc = await document((u) => u === url, url);
      return {
        tabId,
        doc,
        close: async () => void (await bg.evaluate((api, id: number) => api.tabs.remove(id), tabId)),
      };
    },
    async frameOf(page, part) {
      const url = page.url();
      const tab = await waitFor(async () => {
        const { tabs } = (await rdp.request('root', 'listTabs')) as unknown as {
          tabs: { actor: string; url: string }[];
        };
        return tabs.findLast((t) => t.url === url) ?? null; // the newest tab on that page
      }, `the tab of ${url}`);
      if (!watchedTabs.has(tab.actor)) {
        const { actor } = (await rdp.request(tab.actor, 'getWatcher', {
          isServerTargetSwitchingEnabled: true,
        })) as unknown as { actor: string };
        await rdp.request(actor, 'watchTargets', { targetType: 'frame' });
        watchedTabs.add(tab.actor);
      }
      return document((u) => u.startsWith(`${origin}/inpage.html?part=${part}&`), `the ${part} frame`);
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const bg = await background();
      return waitFor(
        () =>
          bg.evaluate(async (api) => {
            const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
            return tab?.id ?? null;
          }),
        `the tab of ${page.url()}`,
      );
    },
    async badgeText(tabId) {
      const bg = await background();
      return bg.evaluate((api, id: number) => api.browserAction.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      rdp.close();
      await browser.close().catch(() => undefined);
    },
  };

  if (!installed && !opts.keepWelcome) {
    const welcome = await document((u) => u === `${origin}/options.html`, 'the welcome tab', 5_000).catch(
      () => null,
    );
    if (welcome) {
      const id = await welcome.evaluate(async (api) => (await api.tabs.getCurrent())?.id ?? null);
      const bg = await background();
      // It took the window's only tab: leave a blank one, or the window would close with it.
      await browser.newPage();
      if (id !== null) await bg.evaluate((api, tab: number) => api.tabs.remove(tab), id);
    }
  }
  return session;
}
