/**
 * Recognizing the reader's own article in the corpus: same id, same address, or the same text
 * (shingle resemblance of at least SELF_RESEMBLANCE). That article is the page, not coverage,
 * unless it is known to come from another outlet: then it is a copy of the same text (wire
 * copy, syndication), a report of the same story marked identical.
 */
import type { MatchQuery } from '../types';
import type { IndexedDoc } from './doc';
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

const outletKey = (outlet: string | null | undefined) =>
  outlet
    ?.normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '') || null;

const hostOf = (url: string | null | undefined) => normalizeUrl(url)?.split('/')[0] ?? null;

/**
 * True when the corpus article is known to come from another outlet than the query: both
 * outlets are named and differ, and their addresses (when both known) are on other hosts.
 */
export function isOtherOutlet(
  query: Pick<MatchQuery, 'outlet' | 'url'>,
  doc: Pick<IndexedDoc, 'outlet' | 'url'>,
): boolean {
  const a = outletKey(query.outlet);
  const b = outletKey(doc.outlet);
  if (a === null || b === null || a === b) return false;
  const ha = hostOf(query.url);
  const hb = hostOf(doc.url);
  return ha === null || hb === null || ha !== hb;
}
