/**
 * The matching engine over the bundled corpus, created once per service-worker life.
 * Creation is lazy: a worker woken for an unrelated event does no corpus work.
 */
import corpusFile from '@/assets/corpus.json';
import { createIndex, createMatcher, type Matcher } from '@/lib/match';
import type { CorpusArticle, CorpusFile } from '@/lib/types';

export interface Engine {
  matcher: Matcher;
  byId: Map<string, CorpusArticle>;
}

let engine: Engine | null = null;

export function getEngine(): Engine {
  if (!engine) {
    const articles = (corpusFile as CorpusFile).articles;
    engine = {
      matcher: createMatcher(createIndex(articles)),
      byId: new Map(articles.map((a) => [a.id, a])),
    };
  }
  return engine;
}
