/**
 * The matching engine over the bundled corpus and the reader's own articles. Created lazily
 * (a worker woken for an unrelated event does no corpus work) and rebuilt when the reader's
 * corpus or the sensitivity setting changes.
 */
import corpusFile from '@/assets/corpus.json';
import { createIndex, createMatcher, DEFAULT_THRESHOLDS, type Matcher, type MatchIndex } from '@/lib/match';
import { thresholdsFor, type Sensitivity } from '@/lib/settings';
import type { CorpusArticle, CorpusFile } from '@/lib/types';
import { openUserCorpus, type UserCorpus } from '@/lib/user-corpus';

export const BUNDLED: readonly CorpusArticle[] = (corpusFile as CorpusFile).articles;

export interface Engine {
  matcher: Matcher;
  index: MatchIndex;
  byId: Map<string, CorpusArticle>;
  userCount: number;
}

let userCorpus: Promise<UserCorpus> | null = null;

/** The reader's corpus in IndexedDB (opened once per worker life). */
export function getUserCorpus(): Promise<UserCorpus> {
  userCorpus ??= openUserCorpus(indexedDB, 'parallax', { bundled: BUNDLED }).catch((err: unknown) => {
    userCorpus = null;
    throw err;
  });
  return userCorpus;
}

let engine: Promise<Engine> | null = null;
let sensitivity: Sensitivity = 'balanced';

async function build(): Promise<Engine> {
  let user: CorpusArticle[] = [];
  try {
    user = (await (await getUserCorpus()).all()).map((a) => ({ ...a, origin: 'user' as const }));
  } catch (err) {
    // The bundled corpus still works; the reader is told when they open their corpus.
    console.debug('[Parallax] user corpus unavailable:', err instanceof Error ? err.message : err);
  }
  const articles = [...BUNDLED.map((a) => ({ ...a, origin: 'bundled' as const })), ...user];
  const index = createIndex(articles);
  return {
    index,
    matcher: createMatcher(index, { thresholds: thresholdsFor(DEFAULT_THRESHOLDS, sensitivity) }),
    byId: new Map(articles.map((a) => [a.id, a])),
    userCount: user.length,
  };
}

export function getEngine(): Promise<Engine> {
  engine ??= build();
  return engine;
}

/** Drop the engine: the next request rebuilds it (corpus or sensitivity changed). */
export function invalidateEngine(next?: { sensitivity?: Sensitivity }): void {
  if (next?.sensitivity) sensitivity = next.sensitivity;
  engine = null;
}
