// @vitest-environment happy-dom
// Wire copy: one text published by several outlets is kept by every corpus path, matched as the
// same story, shown as "Same text as …", and not counted twice in the comparison.
import { cleanup, render, screen } from '@testing-library/preact';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '@/components/PopupView';
import { SidebarView } from '@/components/SidebarView';
import { createIndex, createMatcher } from '@/lib/match';
import { compareStory, matchExtracted, PAGE_ID, storyInputs } from '@/lib/pipeline';
import { storyView } from '@/lib/story-view';
import type { TabState } from '@/lib/protocol';
import type { CorpusArticle, ExtractedPage, Match, PageInfo } from '@/lib/types';
import { loadCorpus } from '../../cli/io';
import { FERRY_A, FERRY_B } from './match-fixtures';

afterEach(cleanup);

const YAHOO: CorpusArticle = {
  ...FERRY_B,
  id: 'ferry-b-yahoo',
  outlet: 'Yahoo News',
  url: 'https://news.yahoo.com/ferry',
  identicalTo: 'ferry-b',
};
const corpus = [FERRY_A, FERRY_B, YAHOO];
const byId = new Map(corpus.map((a) => [a.id, a]));

const extracted: ExtractedPage = {
  page: {
    isArticle: true,
    title: FERRY_A.title,
    siteName: FERRY_A.outlet,
    publishedTime: FERRY_A.date,
    url: FERRY_A.url,
    canonicalUrl: null,
    lang: 'en',
  } as PageInfo,
  text: FERRY_A.text,
  paragraphs: FERRY_A.text.split('\n\n').map((text) => ({ text, path: null })),
};

describe('wire copy through the pipeline', () => {
  const result = matchExtracted(createMatcher(createIndex(corpus)), extracted);

  it('lists both outlets as the same story, the later one marked as the same text as the first', () => {
    expect(result.selfId).toBe(FERRY_A.id);
    const [first, second] = result.matches;
    expect(first?.verdict).toBe('same-story');
    expect(second).toMatchObject({ verdict: 'same-story', identical: true });
    expect(second?.identicalTo?.id).toBe(first?.id);
  });

  it('compares the copy once: the repeated text is left out of the comparison', () => {
    const inputs = storyInputs(extracted, result, byId);
    expect(inputs.map((i) => i.id)).toEqual([PAGE_ID, result.matches[0]!.id]);
    expect(compareStory(extracted, result, byId)?.outlets).toHaveLength(2);
  });
});

describe('wire copy on screen', () => {
  const page = { isArticle: true, title: 'Ferry', siteName: 'Daily Courier' } as PageInfo;
  const report = (over: Partial<Match>): Match => ({
    id: 'ferry-b',
    outlet: 'Evening Post',
    headline: 'Boat overturns',
    published: '2024-05-12',
    score: 0.9,
    verdict: 'same-story',
    ...over,
  });
  const matches = [
    report({}),
    report({
      id: 'ferry-b-yahoo',
      outlet: 'Yahoo News',
      identical: true,
      identicalTo: { id: 'ferry-b', outlet: 'Evening Post' },
    }),
    report({ id: 'courier-copy', outlet: 'Metro', identical: true, identicalTo: null }),
  ];
  const state: TabState = { kind: 'matched', page, matches, selfId: null, sameStoryCount: 3 };

  it('the popup says which outlet’s text a report repeats', () => {
    render(<PopupView state={state} onOpenSidebar={() => {}} />);
    const notes = screen.getAllByTestId('identical').map((e) => e.textContent);
    expect(notes).toEqual([' · Same text as Evening Post', ' · Same text as this page']);
  });

  it('the side panel says it too', () => {
    const story = storyView({ tabId: 1, state, extracted: null, comparison: null, byId: new Map() });
    render(<SidebarView story={story} />);
    const notes = screen.getAllByTestId('identical').map((e) => e.textContent);
    expect(notes).toEqual([' · Same text as Evening Post', ' · Same text as this page']);
  });
});

describe('wire copy in a CLI corpus', () => {
  it('--corpus accepts a file holding the same text from two outlets, the second marked as a copy', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-wire-')), 'wire.ndjson');
    const line = (id: string, outlet: string) => JSON.stringify({ id, text: FERRY_B.text, outlet });
    writeFileSync(file, `${line('post', 'Evening Post')}\n${line('yahoo', 'Yahoo News')}\n`);
    expect(loadCorpus(file).map((a) => [a.id, a.identicalTo ?? null])).toEqual([
      ['post', null],
      ['yahoo', 'post'],
    ]);
  });
});
