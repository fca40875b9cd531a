/**
 * What the side panel and the popup's summary are shown for a tab: the article being read,
 * the other reports of its story with their first paragraphs, the comparison, and each
 * compared outlet's sentences for the side-by-side view. Pure: the background gathers the
 * inputs (tab state, stored article, comparison, corpus) and calls it.
 */
import type { Comparison } from './compare';
import { articleSentences } from './compare/article-text';
import { PAGE_ID } from './pipeline';
import type { StoryView, TabState } from './protocol';
import type { CorpusArticle, ExtractedPage } from './types';
import { idRecord } from './by-id.ts';

/** How many of a report's paragraphs the side panel shows without leaving it. */
export const LEAD_PARAGRAPHS = 3;

export interface StoryViewInput {
  tabId: number;
  state: TabState;
  /** The page's extracted article, when it is still known. */
  extracted: ExtractedPage | null;
  comparison: Comparison | null;
  byId: ReadonlyMap<string, CorpusArticle>;
}

/** The story of a tab, or null when the tab shows no article with a match to list. */
export function storyView({ tabId, state, extracted, comparison, byId }: StoryViewInput): StoryView | null {
  if (state.kind !== 'matched' && state.kind !== 'no-coverage') return null;
  const matches = state.kind === 'matched' ? state.matches : state.best ? [state.best] : [];
  const sentences = idRecord<string[]>();
  if (extracted)
    sentences[PAGE_ID] = articleSentences(extracted.text, extracted.page.title).map((s) => s.text);
  for (const o of comparison?.outlets ?? []) {
    const article = byId.get(o.id);
    if (article) sentences[o.id] = articleSentences(article.text, article.title).map((s) => s.text);
  }
  return {
    tabId,
    page: state.page,
    paragraphs: extracted?.paragraphs.map((p) => p.text) ?? [],
    selfId: state.selfId,
    comparison,
    sentences,
    reports: matches.map((match) => {
      const article = byId.get(match.id);
      return {
        match,
        lead: article ? article.text.split(/\n\n+/).slice(0, LEAD_PARAGRAPHS) : [],
        url: article?.url ?? null,
      };
    }),
  };
}
