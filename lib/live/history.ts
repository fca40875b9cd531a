/**
 * "Keep the articles I read" (off by default): an article page the reader opened, as Parallax
 * extracted it, kept in the live store with origin 'history' under the same retention, so that a
 * report of the same story read later at another outlet is compared with it. The page's fields
 * are normalized as for "Add this article to my corpus" (lib/user-corpus/from-page.ts).
 */
import type { ExtractedPage } from '../types.ts';
import { articleFromPage } from '../user-corpus/from-page.ts';
import type { LiveArticleInput } from './types.ts';

/** The page as a history article (`store.putArticle` gives it its id), or null when it is none. */
export function historyArticle(extracted: ExtractedPage, now: number): LiveArticleInput | null {
  const made = articleFromPage(extracted, 'history');
  if (!('article' in made)) return null;
  const { id: _id, ...a } = made.article;
  return {
    ...a,
    origin: 'history',
    outlet: a.outlet ?? null,
    outletId: null,
    url: a.url ?? null,
    date: a.date,
    feed: null,
    guid: null,
    fetched: new Date(now).toISOString(),
    partial: false,
  };
}
