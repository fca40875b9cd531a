/**
 * The page's title, byline, outlet and date: from the metadata first (read in Readability's
 * order, and en/em dashes separate a site name from a title too), then from what Readability
 * found in the body (the byline shown on the page, a JSON-LD block placed in the body). Outlet names come from
 * metadata or the site's own declarations only: never made up from the host name.
 */

import type { ReadabilityArticle } from './readability';
import { bylineOf } from './byline';
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
    // Readability's byline is the element it found on the page: it may hold only a date.
    byline: meta.byline ?? bylineOf(article?.byline),
    siteName: meta.siteName ?? cleanString(article?.siteName),
    publishedTime: meta.publishedTime ?? cleanString(article?.publishedTime),
    lang: meta.lang ?? cleanString(article?.lang),
  };
}
