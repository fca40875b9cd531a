/**
 * Recognizing the reader's own article in the corpus: same id, same address, or the same text
 * (shingle resemblance of at least SELF_RESEMBLANCE). That article is the page, not coverage.
 */
import type { MatchQuery } from '../types';
import type { IndexStore } from './index-build';
import { resemblance } from './minhash';
import { normalizeUrl } from './url';

export const SELF_RESEMBLANCE = 0.9;

/** The slot of the query's own article by id or address, or null. */
export function selfByIdentity(store: IndexStore, query: MatchQuery): number | null {
  if (query.id) {
    const slot = store.slotById.get(query.id);
    if (slot !== undefined) return slot;
  }
  const url = normalizeUrl(query.url);
  return url === null ? null : (store.slotByUrl.get(url) ?? null);
}

export function isSameText(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return resemblance(a, b) >= SELF_RESEMBLANCE;
}
