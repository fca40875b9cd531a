/**
 * Live articles joining and leaving the background's match index in place, with no rebuild:
 * a refresh announces what it stored and what retention removed (`LiveChange`, from
 * ./refresh.ts), and `applyLiveChange` adds and removes exactly those (many removals in one
 * pass: `MatchIndex.removeMany`). `indexFingerprint` names bundled + user + live articles for
 * the index cache (lib/user-corpus/index-cache.ts), so an index updated in place is stored and
 * found again under the same key a fresh build from the stores would have.
 */
import type { MatchIndex } from '../match/index.ts';
import type { CorpusArticle } from '../types.ts';
import { corpusFingerprint } from '../user-corpus/index-cache.ts';
import type { UserArticle } from '../user-corpus/schema.ts';
import type { LiveChange } from './refresh.ts';
import type { LiveArticle } from './types.ts';

/** What the engine holds that a change to live coverage touches. */
export interface IndexedArticles {
  index: MatchIndex;
  byId: Map<string, CorpusArticle>;
}

/**
 * Apply a change in place: the removed ids first (one pass over the index), then the added
 * articles; one already indexed (an engine built after it was stored) is left as it is.
 * Returns how many were added and removed; nothing changed when both are 0 (the matcher
 * then need not be rebuilt).
 */
export function applyLiveChange(
  target: IndexedArticles,
  change: LiveChange,
): { added: number; removed: number } {
  const gone = change.removed.filter((id) => target.byId.get(id)?.origin !== 'bundled');
  const removed = gone.length > 0 ? target.index.removeMany(gone) : 0;
  for (const id of gone) target.byId.delete(id);
  let added = 0;
  for (const article of change.added) {
    if (target.byId.has(article.id)) continue;
    target.index.add(article);
    target.byId.set(article.id, article);
    added++;
  }
  return { added, removed };
}

/**
 * The index cache's key for bundled + user + live articles: each live article by its id, its
 * fetch time and its length (live articles are never edited, only added and removed), in id
 * order: the same set names the same index however it was reached.
 */
export function indexFingerprint(
  bundledKey: string,
  user: readonly UserArticle[],
  live: readonly Pick<LiveArticle, 'id' | 'fetched' | 'text'>[],
): string {
  if (live.length === 0) return corpusFingerprint(bundledKey, user);
  return corpusFingerprint(bundledKey, [
    ...user,
    { id: '\u0000live', addedAt: null, text: '' },
    ...[...live]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => ({ id: a.id, addedAt: a.fetched, text: a.text })),
  ]);
}
