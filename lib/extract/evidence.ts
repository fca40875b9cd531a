/** What metadata signals mean for the verdict: an article declared, or a listing declared. */

import { ARTICLE_TYPES, LISTING_TYPES } from './schema-types';
import type { PageMetadata } from './types';

const ARTICLE_OG = new Set(['article', 'og:article', 'news', 'newsarticle']);
const LISTING_PARSELY = new Set(['index', 'frontpage', 'sectionpage', 'section', 'homepage']);

/** The page says it is an article: JSON-LD article type, `og:type=article`, a published time tag, Parse.ly `post`. */
export function declaresArticle(meta: PageMetadata): boolean {
  return (
    meta.types.some((t) => ARTICLE_TYPES.has(t) || ARTICLE_OG.has(t.replace(/^og:/, ''))) ||
    meta.signals.includes('article:published_time') ||
    meta.signals.includes('parsely-type=post')
  );
}

/** The page says it lists things (CollectionPage, ItemList, Parse.ly `index`...) and not that it is an article. */
export function declaresListing(meta: PageMetadata): boolean {
  if (declaresArticle(meta)) return false;
  return (
    meta.types.some((t) => LISTING_TYPES.has(t)) ||
    meta.signals.some((s) => s.startsWith('parsely-type=') && LISTING_PARSELY.has(s.slice(13)))
  );
}
