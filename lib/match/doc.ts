/**
 * One indexed article: what a match shows (headline, outlet, date), its signature terms by
 * vocabulary id, and its fingerprint. This is all the index keeps of an article: the text
 * itself stays in the corpus.
 */
import type { ArticleOrigin, CorpusArticle } from '../types';
import { dayOf } from './dates';
import { analyse } from './features';
import { signature } from './signature';
import type { TermType } from './tokens';

export const TYPE_CODES: readonly TermType[] = ['word', 'name', 'number'];
export const MAX_TF = 31;

export interface IndexedDoc {
  id: string;
  title: string;
  titleDerived: boolean;
  outlet: string | null;
  date: string | null;
  /** `date` as days since the epoch, or null. */
  day: number | null;
  url: string | null;
  origin: ArticleOrigin | null;
  /** Language code (declared or detected), null when unknown. */
  lang: string | null;
  supported: boolean;
  /** Signature term ids, and for each a packed byte: tf (5 bits), type (2 bits), headline (1). */
  terms: Uint32Array;
  packed: Uint8Array;
  fingerprint: Uint32Array;
  /** The lead's anchors, to recognize a page that holds this article or its first paragraphs
   * (empty in an index serialized before they were kept). */
  lead: Uint32Array;
  /** Words of the text, or null when not known (an index serialized before they were kept). */
  words: number | null;
}

export function pack(tf: number, type: TermType, head: boolean): number {
  return Math.min(tf, MAX_TF) | (TYPE_CODES.indexOf(type) << 5) | (head ? 0x80 : 0);
}

export const tfOf = (byte: number): number => byte & 0x1f;
export const typeOf = (byte: number): TermType => TYPE_CODES[(byte >> 5) & 3] ?? 'word';
export const inHeadline = (byte: number): boolean => (byte & 0x80) !== 0;

/** Analyse a corpus article; `termId` maps a term key to its vocabulary id. */
export function indexDoc(article: CorpusArticle, termId: (key: string) => number): IndexedDoc {
  const { language, features } = analyse(article.title || null, article.text, article.lang);
  const terms: number[] = [];
  const packed: number[] = [];
  for (const t of features ? signature(features) : []) {
    terms.push(termId(t.key));
    packed.push(pack(t.tf, t.type, t.head));
  }
  return {
    id: article.id,
    title: article.title,
    titleDerived: article.titleDerived === true,
    outlet: article.outlet,
    date: article.date,
    day: dayOf(article.date),
    url: article.url ?? null,
    origin: article.origin ?? null,
    lang: language.code,
    supported: language.supported,
    terms: Uint32Array.from(terms),
    packed: Uint8Array.from(packed),
    fingerprint: features?.fingerprint ?? new Uint32Array(0),
    lead: features?.lead ?? new Uint32Array(0),
    words: features?.words ?? null,
  };
}
