/**
 * Each tab's article and its comparison. The extracted article is mirrored to
 * `storage.session` (it never leaves the browser and is gone when the browser closes), so a
 * restarted service worker can still compare and mark the page; the comparison itself is
 * recomputed on demand.
 */
import type { Comparison } from '@/lib/compare';
import type { MatchResult } from '@/lib/match';
import { compareStory } from '@/lib/pipeline';
import type { CorpusArticle, ExtractedPage } from '@/lib/types';
import { createSessionMap } from '@/utils/session-map';

export interface StoryRecord {
  extracted: ExtractedPage;
  result: MatchResult;
}

/** `articles`: the corpus articles by id, to compare with (the engine's). */
export function createStoryStore(articles: () => Promise<ReadonlyMap<string, CorpusArticle>>) {
  const records = createSessionMap<StoryRecord>('story');
  const comparisons = new Map<number, Comparison | null>();

  return {
    get: async (tabId: number): Promise<StoryRecord | null> => (await records.get(tabId)) ?? null,
    async set(tabId: number, record: StoryRecord): Promise<void> {
      comparisons.delete(tabId);
      await records.set(tabId, record);
    },
    async remove(tabId: number): Promise<void> {
      comparisons.delete(tabId);
      await records.delete(tabId);
    },
    /** The tab's comparison (computed once per worker life and tab). */
    async comparison(tabId: number): Promise<Comparison | null> {
      if (comparisons.has(tabId)) return comparisons.get(tabId) ?? null;
      const record = await records.get(tabId);
      if (!record) return null;
      const c = compareStory(record.extracted, record.result, await articles());
      comparisons.set(tabId, c);
      return c;
    },
    forgetComparisons(): void {
      comparisons.clear();
    },
  };
}

export type StoryStore = ReturnType<typeof createStoryStore>;
