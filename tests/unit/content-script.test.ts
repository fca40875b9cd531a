// @vitest-environment happy-dom
// The content script's logic on a DOM (happy-dom) with WXT's fake browser: its own lifetime
// (nothing posted to the page, no page-driven shutdown), detection and its messages, the
// location watcher, and the one listener path that lets another tab's frame stay silent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readFileSync } from 'node:fs';
import { extractSnapshot } from '@/lib/extract';
import { envelope, type TabState } from '@/lib/protocol';
import type { CorpusFile } from '@/lib/types';
import { ContentScriptContext } from '@/entrypoints/content/context';
import { createDetector } from '@/entrypoints/content/detector';
import { createExtractAway } from '@/entrypoints/content/extract-away';
import { watchLocation } from '@/entrypoints/content/watch';
import { listen } from '@/utils/messaging';

const corpus = JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile;
const ARTICLE = corpus.articles[0]!;

function articleBody(): string {
  return `<article><h1>${ARTICLE.title}</h1>${ARTICLE.text
    .split(/\n\n+/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</article>`;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.lang = 'en';
  document.head.innerHTML = '<title>t</title><meta property="og:type" content="article">';
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ContentScriptContext (ours, in place of WXT’s)', () => {
  it('posts nothing to the page and ignores WXT’s shutdown event', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('content');
    document.dispatchEvent(
      new CustomEvent(`${fakeBrowser.runtime.id}:content:wxt:content-script-started`, {
        detail: { contentScriptName: 'content', messageId: 'page' },
      }),
    );
    expect(posted).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(false);
  });

  it('ends once, running each cleanup, when the extension is gone (an orphaned script)', () => {
    const ctx = new ContentScriptContext('content');
    const cleanup = vi.fn();
    const late = vi.fn();
    ctx.onInvalidated(cleanup);
    const target = new EventTarget();
    const handler = vi.fn();
    ctx.addEventListener(target, 'x', handler);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('x'));
    expect(handler).not.toHaveBeenCalled();
    ctx.onInvalidated(late); // registered after the end: runs at once
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('watchLocation', () => {
  it('reports a real change of address once, whatever events the page dispatches', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    let href = 'https://news.test/a';
    const changes = vi.fn();
    watchLocation(ctx, changes, () => href);
    window.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:content:wxt:locationchange`));
    vi.advanceTimersByTime(3000);
    expect(changes).not.toHaveBeenCalled();
    href = 'https://news.test/b';
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(changes).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    href = 'https://news.test/c';
    vi.advanceTimersByTime(3000);
    expect(changes).toHaveBeenCalledTimes(1);
  });
});

describe('createDetector (detection, snapshot and send)', () => {
  function setup() {
    const ctx = new ContentScriptContext('content');
    const sent: string[] = [];
    const highlights = { apply: vi.fn(() => 1), clear: vi.fn() };
    const matched: TabState = {
      kind: 'matched',
      page: { ...ARTICLE, isArticle: true } as never,
      matches: [],
      selfId: null,
      sameStoryCount: 1,
    };
    let url = 'https://news.test/a';
    const detector = createDetector({
      doc: document,
      url: () => url,
      ctx,
      send: {
        article: async ({ extracted }) => (sent.push(`article ${extracted.page.title}`), matched),
        notArticle: async ({ reason }) => (sent.push(`not-article ${reason}`), matched),
        marks: async () => ({ others: 1, sentences: [] }),
      },
      // The real snapshot, extracted the way the background does (in this DOM).
      extractAway: createExtractAway({
        doc: document,
        ctx,
        ask: async ({ snapshot, url: u }) => (
          sent.push('extract'),
          extractSnapshot(snapshot, u, document.implementation)
        ),
        yieldToPage: async () => undefined,
      }),
      highlights,
      yieldToPage: async () => undefined,
    });
    return { detector, sent, highlights, navigate: (u: string) => (url = u), ctx };
  }

  it('snapshots an article, has it extracted, reports it once and applies its marks', async () => {
    document.body.innerHTML = articleBody();
    const { detector, sent, highlights } = setup();
    expect(await detector.detect()).toBe(true);
    expect(sent).toEqual(['extract', `article ${ARTICLE.title}`]);
    expect(highlights.apply).toHaveBeenCalledTimes(1);
    expect(detector.roots().length).toBeGreaterThan(0);
    await detector.detect(); // same page, same text: extracted again, not reported again
    expect(sent.filter((s) => s.startsWith('article'))).toHaveLength(1);
  });

  it('wakes nobody for a page that is not an article, unless the popup asked', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Shop our deals.</p>';
    const { detector, sent } = setup();
    expect(await detector.detect()).toBe(false);
    expect(sent).toEqual([]);
    detector.asked();
    await detector.detect();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^not-article /);
  });

  it('after a history navigation, waits for new content instead of reporting the old text', async () => {
    document.body.innerHTML = articleBody();
    const { detector, sent, highlights, navigate } = setup();
    await detector.detect();
    navigate('https://news.test/b');
    detector.navigated();
    expect(highlights.clear).toHaveBeenCalled();
    expect(await detector.detect()).toBe(false); // same text still there
    expect(sent.filter((s) => s.startsWith('article'))).toHaveLength(1);
    expect(detector.gaveUp()).toBe(true);
    expect(await detector.detect()).toBe(true);
    expect(sent.filter((s) => s.startsWith('article'))).toHaveLength(2);
  });

  it('does nothing once its context has ended', async () => {
    document.body.innerHTML = articleBody();
    const { detector, sent, ctx } = setup();
    ctx.notifyInvalidated();
    expect(await detector.detect()).toBe(true);
    expect(sent).toEqual([]);
  });
});

describe('listen with a sender filter', () => {
  it('leaves a message from another tab unanswered, so that tab’s own frame can answer', async () => {
    const seen: number[] = [];
    listen(
      { 'page/show-card': ({ text }) => (seen.push(text!.length), { width: 1, height: 1 }) },
      (s) => s.tab?.id === 7,
    );
    const other = await fakeBrowser.runtime.onMessage.trigger(envelope('page/show-card', { text: 'abc' }), {
      id: fakeBrowser.runtime.id,
      tab: { id: 8 } as never,
      url: 'https://news.example/b.html',
      frameId: 0,
    });
    expect(other).toEqual([undefined]);
    const mine = await fakeBrowser.runtime.onMessage.trigger(envelope('page/show-card', { text: 'abcd' }), {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as never,
      url: 'https://news.example/a.html',
      frameId: 0,
    });
    expect(mine).toEqual([{ width: 1, height: 1 }]);
    expect(seen).toEqual([4]);
  });
});
