/** The news week as corpus articles (lib/types), for matching it without serving it. */
import type { CorpusArticle } from '../../lib/types.ts';
import { outletById } from './outlets.ts';
import { articleId, articleText, NEWS_ARTICLES } from './week.ts';
import type { NewsArticle } from './types.ts';

export function newsCorpus(articles: NewsArticle[] = NEWS_ARTICLES): CorpusArticle[] {
  return articles.map((a) => ({
    id: articleId(a),
    title: a.title,
    text: articleText(a),
    outlet: outletById(a.outlet)?.name ?? null,
    date: a.published,
    byline: a.byline,
    lang: outletById(a.outlet)?.lang ?? null,
  }));
}
