/**
 * Wire copy: the same text published by several outlets, or by one outlet at several addresses.
 * Each copy is a report of its own, kept and marked `identicalTo` the first article with that
 * text; only the same article given twice (the same id, or the same text from the same outlet at
 * the same address) is a duplicate. Texts are the same by `textKey` (text-key.ts).
 */
import { normalizeUrl } from '../match/url.ts';
import type { CorpusArticle } from '../types.ts';

/** What tells two articles with the same text apart. */
export type Identity = Pick<CorpusArticle, 'id'> & { outlet?: string | null; url?: string | null };

const outletKey = (outlet: string | null | undefined) => outlet?.trim().toLowerCase() || null;

/**
 * True when two articles with the same text are one article given twice: the same id, or the
 * same outlet at the same address (both unknown counts as the same: nothing tells them apart).
 */
export function sameArticle(a: Identity, b: Identity): boolean {
  if (a.id === b.id) return true;
  return outletKey(a.outlet) === outletKey(b.outlet) && normalizeUrl(a.url) === normalizeUrl(b.url);
}

/** Only what `sameArticle` compares, so that a known text keeps no more than it needs. */
export function identityOf(a: Identity): Identity {
  return { id: a.id, outlet: a.outlet ?? null, url: a.url ?? null };
}
