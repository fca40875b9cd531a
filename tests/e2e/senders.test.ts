/**
 * A compromised renderer runs code in a tab's content-script world: the extension's isolated
 * world, with `chrome.runtime.sendMessage` and our extension id. Run as that code (through
 * DevTools, in the isolated world's execution context of tab A; page scripts are the main
 * world), it tries to read tab B's story and state, change the settings and add tab B's
 * article to the corpus. Each must fail, as a trusted surface (the service worker, the popup)
 * then confirms.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorker, waitFor } from '../../scripts/browser';
import { openNewsPage, openPopup } from '../../scripts/surfaces';
import { startE2E, type E2E } from './setup';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/** Evaluates `expression` in the Parallax content script's isolated world of `page`. */
async function inContentScriptWorld(page: Page, extensionId: string) {
  const cdp = await e2e.context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  await cdp.send('Runtime.enable'); // replays the contexts that exist
  const world = await waitFor(
    async () =>
      contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
      ) ?? null,
    'the content script’s isolated world',
  );
  return async (expression: string): Promise<unknown> => {
    const r = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  };
}

/** A protocol message from the content-script world; its reply, or the error it got. */
const message = (type: string, payload: unknown) =>
  `chrome.runtime.sendMessage(${JSON.stringify({ parallax: 1, type, payload })}).then(
     (reply) => ({ reply: reply === undefined ? 'none' : reply }),
     (err) => ({ error: String(err) }))`;

const storedSettings = async () => {
  const worker = await serviceWorker(e2e.context);
  return worker.evaluate(async () =>
    JSON.stringify((await chrome.storage.local.get('settings')).settings ?? null),
  );
};

describe('code in one tab’s content-script world', () => {
  it('cannot read another tab’s story or state, change the settings, or add to the corpus', async () => {
    // Tab B: an article with no coverage, its text and URL private to the reader.
    const b = await openNewsPage(e2e.context, `${e2e.base}/other-story.html`);
    expect(await b.settledBadge()).toBe('');
    // Tab A: any page; its content-script world is what the attacker holds.
    const a = await openNewsPage(e2e.context, `${e2e.base}/moscow-times.html`);
    expect(await a.settledBadge()).toBe('4');
    const run = await inContentScriptWorld(a.page, e2e.extensionId);
    // The attacker's world is the extension's: it has the runtime (and so our messages).
    expect(await run('typeof chrome.runtime.sendMessage')).toBe('function');
    // What it may do: speak for its own tab (here, ask for its own page's marks).
    expect(await run(message('page/get-marks', {}))).toHaveProperty('reply.sentences');
    const before = await storedSettings();

    const attempts = {
      story: await run(message('ui/get-story', { tabId: b.tabId })),
      state: await run(message('ui/get-state', { tabId: b.tabId })),
      settings: await run(message('ui/get-settings', {})),
      set: await run(
        message('ui/set-settings', {
          settings: { highlightsByDefault: false, highlightsBySite: {}, sensitivity: 'loose' },
        }),
      ),
      patch: await run(message('ui/patch-settings', { patch: { highlightsByDefault: false } })),
      add: await run(message('ui/corpus-add', { tabId: b.tabId })),
    };
    const seen = JSON.stringify(attempts);
    // Nothing of tab B reached tab A: not its URL, not its headline, not its text.
    expect(seen).not.toContain('other-story');
    expect(seen).not.toContain('Harbor');
    expect(seen).not.toMatch(/no-coverage|"kind"/);
    // No answer at all: as if nobody listened.
    for (const [what, got] of Object.entries(attempts)) {
      expect(got, what).not.toHaveProperty('reply.ok');
      expect(got, what).not.toHaveProperty('reply.sensitivity');
      expect(got, what).not.toHaveProperty('reply.highlightsByDefault');
    }

    // The trusted side agrees: settings as they were, tab B's article not in the corpus.
    expect(await storedSettings()).toBe(before);
    const popup = await openPopup(e2e.context, b.tabId, e2e.extensionId);
    expect(await popup.waitForSettled()).toBe('no-coverage');
    expect(await popup.page.getByTestId('add-to-corpus').count()).toBe(1);
    await popup.page.close();
    await a.page.close();
    await b.page.close();
  });
});
