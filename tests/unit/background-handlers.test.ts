/**
 * The background's behaviour against WXT's fake browser: the real handlers, stores, engine
 * (over the bundled corpus, in fake IndexedDB) and the one `listen` path, driven by messages
 * from senders shaped as Chrome and Firefox give them (a content script in tab 3, the popup,
 * an extension page embedded in a tab).
 */
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { demoPages } from '@/demo/site';
import { extractPage } from '@/lib/extract';
import type { SerializedIndex } from '@/lib/match';
import { envelope, type MessageName, type Messages } from '@/lib/protocol';
import type { SenderInfo } from '@/lib/senders';
import type { CorpusFile, ExtractedPage } from '@/lib/types';
import { createBadge } from '@/entrypoints/background/badge';
import { createEngine } from '@/entrypoints/background/engine';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createSettingsStore } from '@/entrypoints/background/settings';
import { createStoryStore } from '@/entrypoints/background/stories';
import { createTabStore } from '@/entrypoints/background/tabs';
import { listen } from '@/utils/messaging';
import { onStateChanged } from '@/utils/state-events';

const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
const bundledIndex = JSON.parse(readFileSync('assets/corpus-index.json', 'utf8')) as SerializedIndex;
const pages = demoPages(corpus);

function extracted(file: string): ExtractedPage {
  const page = pages.find((p) => p.file === file);
  if (!page) throw new Error(`no demo page ${file}`);
  const url = `https://news.example/${file}`;
  return extractPage(new JSDOM(page.html, { url }).window.document, url);
}
const ARTICLE = pages.find((p) => p.articleId !== undefined)!.file;

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
/** A content script in the top frame of a tab showing `url`. */
const contentScript = (tabId: number, url = 'https://news.example/a.html', frameId = 0): SenderInfo => ({
  id: ID,
  url,
  tab: { id: tabId },
  frameId,
});
/** The popup or side panel (no tab). */
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
/** An extension page in a frame inside tab `tabId` (a card rendered by the extension). */
const embedded = (tabId: number): SenderInfo => ({
  id: ID,
  url: `${ORIGIN}card.html`,
  tab: { id: tabId },
  frameId: 7,
});

/** Delivers a message as the browser would, to every listener; the first answer counts. */
async function deliver<K extends MessageName>(
  type: K,
  payload: Messages[K]['payload'],
  sender: SenderInfo,
): Promise<Messages[K]['reply'] | undefined> {
  // The fake's trigger is typed with a full MessageSender; the rules read only these fields.
  const replies = await fakeBrowser.runtime.onMessage.trigger(envelope(type, payload), sender as never);
  return replies.find((r) => r !== undefined) as Messages[K]['reply'] | undefined;
}

let sentToTabs: { tabId: number; type: MessageName }[];
let broadcasts: number[];
let background: ReturnType<typeof createHandlers>;
let off: () => void;
let active: number | null;

beforeEach(async () => {
  off?.();
  fakeBrowser.reset();
  sentToTabs = [];
  broadcasts = [];
  const settings = createSettingsStore(fakeBrowser.storage.local);
  const engine = createEngine({
    idb: new IDBFactory(),
    bundled: corpus.articles,
    bundledIndex,
    sensitivity: async () => (await settings.load()).sensitivity,
  });
  background = createHandlers({
    tabs: createTabStore(),
    stories: createStoryStore(async () => (await engine.get()).byId),
    engine,
    settings,
    badge: createBadge(fakeBrowser),
    extract: async () => null,
    // The fake browser has no focused window: the tabs are ours (1, 2, 3; `active` is active).
    tabList: { active: async () => active, all: async () => [1, 2, 3] },
    sendToTab: async (tabId, type) => {
      sentToTabs.push({ tabId, type });
      return undefined;
    },
    broadcast: (type, payload) => {
      if (type === 'bg/state-changed') broadcasts.push((payload as { tabId: number }).tabId);
    },
  });
  off = listen(background.handlers);
  active = 3;
});

describe('the background', () => {
  it('sets tab 3’s state and badge from its content script’s article, and tells the UIs', async () => {
    const state = await deliver(
      'page/article',
      { url: 'x', extracted: extracted(ARTICLE) },
      contentScript(3),
    );
    expect(state).toMatchObject({ kind: 'matched', sameStoryCount: 4 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('4');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    expect(broadcasts).toContain(3);
  });

  it('answers ui/get-state for the active tab, and asks a tab with no answer yet to detect again', async () => {
    expect(await deliver('ui/get-state', { tabId: null }, popup)).toEqual({
      tabId: 3,
      state: { kind: 'idle' },
    });
    expect(sentToTabs).toEqual([{ tabId: 3, type: 'bg/refresh' }]);
    await deliver('page/article', { url: 'x', extracted: extracted(ARTICLE) }, contentScript(3));
    const reply = await deliver('ui/get-state', { tabId: null }, popup);
    expect(reply?.state.kind).toBe('matched');
    expect((await deliver('ui/get-story', { tabId: 3 }, popup))?.reports).toHaveLength(
      reply?.state.kind === 'matched' ? reply.state.matches.length : -1,
    );
  });

  it('says with a code when there is no article to add, adds an article once, and then matches with it', async () => {
    expect(await deliver('ui/corpus-add', { tabId: 2 }, popup)).toEqual({ ok: false, code: 'no-article' });
    await deliver('page/not-article', { url: 'x', page: null, reason: 'r' }, contentScript(2));
    await deliver('page/article', { url: 'x', extracted: extracted('other-story.html') }, contentScript(3));
    expect(await deliver('ui/corpus-add', { tabId: null }, popup)).toEqual({ ok: true, code: 'added' });
    expect(await deliver('ui/corpus-add', { tabId: 3 }, popup)).toMatchObject({
      ok: false,
      code: 'duplicate-id',
    });
    // The tab was matched again: its own article is now in the corpus.
    const { state } = (await deliver('ui/get-state', { tabId: 3 }, popup))!;
    expect(
      state.kind !== 'idle' && state.kind !== 'not-article' && 'selfId' in state && state.selfId,
    ).toBeTruthy();
  });

  it('applies two settings deltas sent at once, neither undoing the other', async () => {
    const [a, b] = await Promise.all([
      deliver('ui/patch-settings', { patch: { highlightsBySite: { 'a.example': false } } }, popup),
      deliver('ui/patch-settings', { patch: { highlightsBySite: { 'b.example': false } } }, popup),
    ]);
    expect(a?.highlightsBySite).toEqual({ 'a.example': false });
    expect(b?.highlightsBySite).toEqual({ 'a.example': false, 'b.example': false });
    expect((await deliver('ui/get-settings', {}, popup))?.highlightsBySite).toEqual({
      'a.example': false,
      'b.example': false,
    });
  });

  it('turns highlights off for the content script’s own site only, and tells it nothing else', async () => {
    await deliver('ui/patch-settings', { patch: { highlightsBySite: { 'private.example': true } } }, popup);
    const reply = await deliver(
      'page/set-site-highlights',
      { on: false },
      contentScript(3, 'https://news.example/a.html'),
    );
    expect(reply).toEqual({ on: false });
    expect((await deliver('ui/get-settings', {}, popup))?.highlightsBySite).toEqual({
      'private.example': true,
      'news.example': false,
    });
  });

  it('forgets a tab that navigates away', async () => {
    await deliver('page/article', { url: 'x', extracted: extracted(ARTICLE) }, contentScript(3));
    await background.tabNavigated(3);
    expect(await deliver('ui/get-state', { tabId: 3 }, popup)).toEqual({ tabId: 3, state: { kind: 'idle' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect(await deliver('ui/get-story', { tabId: 3 }, popup)).toBeNull();
  });
});

describe('who may send what', () => {
  beforeEach(async () => {
    await deliver('page/article', { url: 'x', extracted: extracted(ARTICLE) }, contentScript(3));
  });

  it('gives a content script nothing of another tab, no settings change and no corpus addition', async () => {
    const other = contentScript(2, 'https://evil.example/');
    expect(await deliver('ui/get-story', { tabId: 3 }, other)).toBeUndefined();
    expect(await deliver('ui/get-state', { tabId: 3 }, other)).toBeUndefined();
    expect(await deliver('ui/get-settings', {}, other)).toBeUndefined();
    const settings = { ...DEFAULT_SETTINGS, highlightsByDefault: false, sensitivity: 'loose' as const };
    expect(await deliver('ui/set-settings', { settings }, other)).toBeUndefined();
    expect(await deliver('ui/patch-settings', { patch: { sensitivity: 'loose' } }, other)).toBeUndefined();
    expect(await deliver('ui/corpus-add', { tabId: 3 }, other)).toBeUndefined();
    expect(await deliver('ui/locate', { tabId: 3, text: 'x' }, other)).toBeUndefined();
    // Nothing changed, as the popup sees it.
    expect((await deliver('ui/get-settings', {}, popup))?.sensitivity).toBe('balanced');
    expect(await deliver('ui/corpus-add', { tabId: 3 }, popup)).toMatchObject({ code: 'duplicate-text' });
  });

  it('lets a content script speak only for its own tab, from the top frame', async () => {
    const article = { url: 'x', extracted: extracted('other-story.html') };
    expect(
      await deliver('page/article', article, contentScript(3, 'https://news.example/a.html', 4)),
    ).toBeUndefined();
    expect(await deliver('page/article', article, popup)).toBeUndefined();
    expect(
      await deliver('page/article', article, { ...contentScript(3), url: `${ORIGIN}options.html` }),
    ).toBeUndefined();
    expect(
      await deliver('page/article', article, { ...contentScript(3), id: 'another-extension' }),
    ).toBeUndefined();
    expect((await deliver('ui/get-state', { tabId: 3 }, popup))?.state).toMatchObject({ sameStoryCount: 4 });
    // From tab 2's own content script it sets tab 2, never tab 3.
    await deliver('page/article', article, contentScript(2));
    expect((await deliver('ui/get-state', { tabId: 3 }, popup))?.state).toMatchObject({ sameStoryCount: 4 });
    expect((await deliver('ui/get-state', { tabId: 2 }, popup))?.state.kind).not.toBe('idle');
  });

  it('lets an extension page embedded in tab 3 ask about tab 3 only', async () => {
    await deliver('page/article', { url: 'x', extracted: extracted(ARTICLE) }, contentScript(2));
    expect((await deliver('ui/get-story', { tabId: null }, embedded(3)))?.tabId).toBe(3);
    expect((await deliver('ui/get-story', { tabId: 3 }, embedded(3)))?.tabId).toBe(3);
    expect(await deliver('ui/get-story', { tabId: 2 }, embedded(3))).toBeUndefined();
    expect(await deliver('ui/get-state', { tabId: 2 }, embedded(3))).toBeUndefined();
    // "The active tab" is its own, even when another is active.
    active = 2;
    expect((await deliver('ui/get-state', { tabId: null }, embedded(3)))?.tabId).toBe(3);
    // A whole extension page in a tab (the options page, a pinned popup) may ask about any tab.
    const optionsTab: SenderInfo = { id: ID, url: `${ORIGIN}popup.html?tab=2`, tab: { id: 9 }, frameId: 0 };
    expect((await deliver('ui/get-story', { tabId: 2 }, optionsTab))?.tabId).toBe(2);
  });

  it('hears state changes only from the background, on the same path', async () => {
    const heard: number[] = [];
    const stop = onStateChanged((tabId) => heard.push(tabId));
    await deliver('bg/state-changed', { tabId: 5 }, contentScript(2));
    await deliver('bg/state-changed', { tabId: 6 }, { id: ID, url: `${ORIGIN}background.js` });
    stop();
    expect(heard).toEqual([6]);
  });
});
