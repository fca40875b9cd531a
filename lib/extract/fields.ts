/**
 * The page's title, byline, outlet and date. The title from the metadata (same rules as
 * Readability's, and en/em dashes separate a site name too); the others from Readability's
 * reading where it has one (it also finds the byline shown on the page), else the metadata. Outlet names come from
 * metadata or the site's own declarations only: never made up from the host name.
 */

import type { ReadabilityArticle } from './readability';
import { cleanString } from './text';
import type { PageMetadata } from './types';

export interface PageFields {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export function mergeFields(meta: PageMetadata, article: ReadabilityArticle | null): PageFields {
  return {
    title: meta.title ?? cleanString(article?.title),
    byline: cleanString(article?.byline) ?? meta.byline,
    siteName: cleanString(article?.siteName) ?? meta.siteName,
    publishedTime: cleanString(article?.publishedTime) ?? meta.publishedTime,
    lang: meta.lang ?? cleanString(article?.lang),
  };
}
