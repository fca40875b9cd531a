/**
 * What a corpus already holds, reduced to what duplicate detection needs: ids and text
 * hashes, each with where the article lives (the bundled corpus, the reader's corpus, or an
 * earlier entry of the file being imported), and for each text what tells its articles apart
 * (outlet and address: another outlet's copy of a text is kept, see lib/corpus/copies.ts).
 */
import { identityOf, type Identity } from '../corpus/copies.ts';
import type { ArticleOrigin, CorpusArticle } from '../types.ts';
import { textHash } from '../corpus/text-key.ts';

export type DuplicateSource = ArticleOrigin | 'import';

export interface KnownArticles {
  ids: Map<string, DuplicateSource>;
  /** Text hash -> the first article with that text. */
  texts: Map<string, KnownText>;
}

export interface KnownText {
  id: string;
  source: DuplicateSource;
  /**
   * Every known article with this text, or null when they were not read (stored articles come
   * as hashes only, see loadKnown): a text with unknown owners counts as a duplicate.
   */
  owners: (Identity & { source: DuplicateSource })[] | null;
}

export function emptyKnown(): KnownArticles {
  return { ids: new Map(), texts: new Map() };
}

/**
 * Record one article; an id or text already known keeps its first owner. Without `identity`
 * (its outlet and address), any later article with this text is a duplicate of it.
 */
export function remember(
  known: KnownArticles,
  id: string,
  hash: string,
  source: DuplicateSource,
  identity?: Identity,
): void {
  if (!known.ids.has(id)) known.ids.set(id, source);
  const text = known.texts.get(hash);
  const owner = identity ? { ...identityOf({ ...identity, id }), source } : null;
  if (!text) known.texts.set(hash, { id, source, owners: owner ? [owner] : null });
  else if (text.owners) {
    if (owner) known.texts.set(hash, { ...text, owners: [...text.owners, owner] });
    else known.texts.set(hash, { ...text, owners: null });
  }
}

/** Known keys of whole articles; an article without `origin` counts as the reader's. */
export function knownArticles(
  articles: readonly (Pick<CorpusArticle, 'id' | 'text' | 'origin'> & Omit<Identity, 'id'>)[],
  into: KnownArticles = emptyKnown(),
): KnownArticles {
  for (const a of articles) remember(into, a.id, textHash(a.text), a.origin ?? 'user', a);
  return into;
}

export function copyKnown(known: KnownArticles): KnownArticles {
  return { ids: new Map(known.ids), texts: new Map(known.texts) };
}
