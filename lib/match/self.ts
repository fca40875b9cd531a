/**
 * Recognizing the reader's own article in the corpus: same id, same address, the same text
 * (shingle resemblance of at least SELF_RESEMBLANCE), a page that holds the article's lead
 * shingle for shingle (the article inside its site's boilerplate, or cut to its first
 * paragraphs), or the same outlet and the same headline. That article is the page, not
 * coverage, unless it is known to come from another outlet: then it is a copy of the same text
 * (wire copy, syndication), a report of the same story marked identical.
 */
import type { MatchQuery } from '../types';
import type { IndexedDoc } from './doc';
import type { IndexStore } from './index-build';
import { holdsLead, resemblance } from './minhash';
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

/** How a corpus article is the page's text, strongest first; null when it is not. */
export type SelfEvidence = 'same-text' | 'holds-lead' | 'same-headline';

export const SELF_RANK: Readonly<Record<SelfEvidence, number>> = {
  'same-text': 3,
  'holds-lead': 2,
  'same-headline': 1,
};

/** Headlines this short ("Live updates", "Opinion") name no one article. */
const MIN_HEADLINE_WORDS = 4;

const headlineKey = (title: string | null | undefined) => {
  const words =
    (title ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= MIN_HEADLINE_WORDS ? words.join(' ') : null;
};

/** The same outlet (both named) and the same headline (not one derived from the lead). */
export function isSameHeadline(
  query: Pick<MatchQuery, 'outlet' | 'title'>,
  doc: Pick<IndexedDoc, 'outlet' | 'title' | 'titleDerived'>,
): boolean {
  const a = outletKey(query.outlet);
  if (a === null || a !== outletKey(doc.outlet) || doc.titleDerived) return false;
  const h = headlineKey(query.title);
  return h !== null && h === headlineKey(doc.title);
}

/**
 * Whether the corpus article's text is the page's: the same text, a page holding its lead
 * (`pageShingles`, given lazily: it is built only for a candidate that has a lead), or the same
 * outlet and headline.
 */
export function selfEvidence(
  query: Pick<MatchQuery, 'outlet' | 'title'>,
  pageFingerprint: ArrayLike<number>,
  pageShingles: () => ReadonlySet<number>,
  doc: IndexedDoc,
): SelfEvidence | null {
  if (isSameText(pageFingerprint, doc.fingerprint)) return 'same-text';
  if (doc.lead.length > 0 && holdsLead(pageShingles(), doc.lead)) return 'holds-lead';
  return isSameHeadline(query, doc) ? 'same-headline' : null;
}
