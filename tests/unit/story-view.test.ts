// storyView (lib/story-view.ts) and the protocol's closed list of names, in Node.
import { describe, expect, it } from 'vitest';
import { PAGE_ID } from '@/lib/pipeline';
import { envelope, isEnvelope, MESSAGE_NAMES, type TabState } from '@/lib/protocol';
import { callerOf } from '@/lib/senders';
import { LEAD_PARAGRAPHS, storyView } from '@/lib/story-view';
import type { Comparison } from '@/lib/compare';
import type { CorpusArticle, ExtractedPage, Match, PageInfo } from '@/lib/types';

const page = { isArticle: true, title: 'Bridge', url: 'https://a.example/x' } as PageInfo;
const match = (id: string): Match => ({
  id,
  outlet: null,
  headline: null,
  published: null,
  score: 0.9,
  verdict: 'same-story',
});
const report: CorpusArticle = {
  id: 'r1',
  title: 'Bridge rebuilt',
  text: 'One. Two.\n\nP2.\n\nP3.\n\nP4.',
  url: 'https://b.example/r1',
} as CorpusArticle;
const byId = new Map([[report.id, report]]);
const extracted = {
  page,
  text: 'The council voted. Work starts in May.',
  paragraphs: [{ text: 'The council voted. Work starts in May.', path: null }],
} as unknown as ExtractedPage;
const matched: TabState = { kind: 'matched', page, matches: [match('r1')], selfId: null, sameStoryCount: 1 };

describe('storyView', () => {
  it('lists each report with its first paragraphs and URL, and the sentences of each compared outlet', () => {
    const comparison = { outlets: [{ id: PAGE_ID }, { id: 'r1' }] } as unknown as Comparison;
    const v = storyView({ tabId: 3, state: matched, extracted, comparison, byId })!;
    expect(v.tabId).toBe(3);
    expect(v.paragraphs).toEqual(['The council voted. Work starts in May.']);
    expect(v.reports).toEqual([{ match: match('r1'), lead: ['One. Two.', 'P2.', 'P3.'], url: report.url }]);
    expect(v.reports[0]!.lead).toHaveLength(LEAD_PARAGRAPHS);
    expect(v.sentences[PAGE_ID]).toEqual(['The council voted.', 'Work starts in May.']);
    expect(v.sentences.r1).toEqual(['One.', 'Two.', 'P2.', 'P3.', 'P4.']);
  });

  it('shows the closest article when there is no coverage, and nothing for a tab with no article', () => {
    const none: TabState = { kind: 'no-coverage', page, best: match('gone'), selfId: null };
    const v = storyView({ tabId: 1, state: none, extracted: null, comparison: null, byId })!;
    expect(v.reports).toEqual([{ match: match('gone'), lead: [], url: null }]);
    expect(v.paragraphs).toEqual([]);
    expect(storyView({ tabId: 1, state: { kind: 'idle' }, extracted, comparison: null, byId })).toBeNull();
  });

  it('keeps an outlet id "__proto__" as an ordinary key', () => {
    const odd = { ...report, id: '__proto__' };
    const comparison = { outlets: [{ id: '__proto__' }] } as unknown as Comparison;
    const v = storyView({
      tabId: 1,
      state: matched,
      extracted: null,
      comparison,
      byId: new Map([[odd.id, odd]]),
    })!;
    expect(Object.keys(v.sentences)).toEqual(['__proto__']);
  });
});

describe('the protocol', () => {
  it('knows every message name once, and refuses anything else', () => {
    expect(new Set(MESSAGE_NAMES).size).toBe(MESSAGE_NAMES.length);
    for (const name of MESSAGE_NAMES) expect(isEnvelope(envelope(name, {} as never))).toBe(true);
    expect(isEnvelope({ parallax: 1, type: 'ui/unknown', payload: {} })).toBe(false);
    expect(isEnvelope({ parallax: 1, type: 'ui/get-settings', payload: null })).toBe(false);
  });

  it('names every message by a direction the sender rules know', () => {
    for (const name of MESSAGE_NAMES) expect(name).toMatch(/^(page|ui|bg|offscreen|frame)\//);
  });

  it('takes only the background as the sender of bg/ and offscreen/ messages', () => {
    const own = { extensionId: 'x', origin: 'chrome-extension://x/' };
    const worker = { id: 'x', url: 'chrome-extension://x/background.js' };
    expect(callerOf('offscreen/extract', {}, worker, own)).toEqual({ role: 'extension', ownTab: null });
    expect(callerOf('bg/refresh', {}, { ...worker, tab: { id: 1 }, frameId: 0 }, own)).toBeNull();
    expect(
      callerOf('bg/refresh', {}, { id: 'x', url: 'https://a.example/', tab: { id: 1 }, frameId: 0 }, own),
    ).toBeNull();
    // Firefox's moz-extension:// origin works the same way.
    const fx = { extensionId: 'x', origin: 'moz-extension://uuid/' };
    expect(
      callerOf('ui/get-state', { tabId: 2 }, { id: 'x', url: 'moz-extension://uuid/popup.html' }, fx),
    ).toEqual({
      role: 'extension',
      ownTab: null,
    });
    expect(
      callerOf('ui/get-state', { tabId: 2 }, { id: 'x', url: 'moz-extension://other/popup.html' }, fx),
    ).toBeNull();
  });

  it('takes frame/ messages only from Parallax’s frame on a page, with its tab when the browser gives it', () => {
    const own = { extensionId: 'x', origin: 'chrome-extension://x/' };
    const frame = { id: 'x', url: 'chrome-extension://session-id/inpage.html?part=panel' };
    expect(callerOf('frame/get-marks', {}, { ...frame, tab: { id: 4 }, frameId: 7 }, own)).toEqual({
      role: 'frame',
      tabId: 4,
    });
    // To its tab's content script (tabs.sendMessage), Chrome gives no tab: the receiver is it.
    expect(callerOf('frame/focus', { text: null }, frame, own)).toEqual({ role: 'frame', tabId: null });
    expect(
      callerOf('frame/focus', { text: null }, { ...frame, url: 'https://a.example/inpage.html' }, own),
    ).toBeNull();
    expect(
      callerOf('frame/focus', { text: null }, { ...frame, url: 'chrome-extension://x/popup.html' }, own),
    ).toBeNull();
    expect(callerOf('frame/focus', { text: null }, { ...frame, id: 'other' }, own)).toBeNull();
  });
});
