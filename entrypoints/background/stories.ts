/**
 * Each tab's article and its comparison. The extracted article is mirrored to
 * `storage.session` (it never leaves the browser and is gone when the browser closes), so a
 * restarted service worker can still compare and mark the page; the comparison itself is
 * recomputed on demand.
 */
import browser from 'webextension-polyfill';
import type { Comparison } from '@/lib/compare';
import type { MatchResult } from '@/lib/match';
import { compareStory } from '@/lib/pipeline';
import type { ExtractedPage } from '@/lib/types';
import { getEngine } from './engine';

interface StoryRecord {
  extracted: ExtractedPage;
  result: MatchResult;
}

const KEY = (tabId: number) => `story:${tabId}`;

export function createStoryStore() {
  const records = new Map<number, StoryRecord>();
  const comparisons = new Map<number, Comparison | null>();
  const session = browser.storage.session;

  async function get(tabId: number): Promise<StoryRecord | null> {
    const known = records.get(tabId);
    if (known) return known;
    const stored = session
      ? ((await session.get(KEY(tabId)))[KEY(tabId)] as StoryRecord | undefined)
      : undefined;
    if (stored) records.set(tabId, stored);
    return stored ?? null;
  }

  return {
    get,
    async set(tabId: number, record: StoryRecord): Promise<void> {
      records.set(tabId, record);
      comparisons.delete(tabId);
      try {
        await session?.set({ [KEY(tabId)]: record });
      } catch {
        // Over the session quota: kept in memory only; a restarted worker asks the page again.
      }
    },
    async remove(tabId: number): Promise<void> {
      records.delete(tabId);
      comparisons.delete(tabId);
      await session?.remove(KEY(tabId));
    },
    /** The tab's comparison (computed once per worker life and tab). */
    async comparison(tabId: number): Promise<Comparison | null> {
      if (comparisons.has(tabId)) return comparisons.get(tabId) ?? null;
      const record = await get(tabId);
      if (!record) return null;
      const { byId } = await getEngine();
      const c = compareStory(record.extracted, record.result, byId);
      comparisons.set(tabId, c);
      return c;
    },
    forgetComparisons(): void {
      comparisons.clear();
    },
  };
}

export type StoryStore = ReturnType<typeof createStoryStore>;
