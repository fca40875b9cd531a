/**
 * What a corpus already holds, reduced to what duplicate detection needs: ids and text
 * hashes, each with where the article lives (the bundled corpus, the reader's corpus, or an
 * earlier entry of the file being imported).
 */
import type { ArticleOrigin, CorpusArticle } from '../types.ts';
import { textHash } from '../corpus/text-key.ts';

export type DuplicateSource = ArticleOrigin | 'import';

export interface KnownArticles {
  ids: Map<string, DuplicateSource>;
  /** Text hash -> the first article with that text. */
  texts: Map<string, { id: string; source: DuplicateSource }>;
}

export function emptyKnown(): KnownArticles {
  return { ids: new Map(), texts: new Map() };
}

/** Record one article; an id or text already known keeps its first owner. */
export function remember(known: KnownArticles, id: string, hash: string, source: DuplicateSource): void {
  if (!known.ids.has(id)) known.ids.set(id, source);
  if (!known.texts.has(hash)) known.texts.set(hash, { id, source });
}

/** Known keys of whole articles; an article without `origin` counts as the reader's. */
export function knownArticles(
  articles: readonly Pick<CorpusArticle, 'id' | 'text' | 'origin'>[],
  into: KnownArticles = emptyKnown(),
): KnownArticles {
  for (const a of articles) remember(into, a.id, textHash(a.text), a.origin ?? 'user');
  return into;
}

export function copyKnown(known: KnownArticles): KnownArticles {
  return { ids: new Map(known.ids), texts: new Map(known.texts) };
}
