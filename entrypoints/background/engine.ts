/**
 * The matching engine over the bundled corpus and the reader's own articles. Created lazily
 * (a worker woken for an unrelated event does no corpus work) and rebuilt when the reader's
 * corpus or the sensitivity setting changes.
 */
import corpusFile from '@/assets/corpus.json';
import corpusIndex from '@/assets/corpus-index.json';
import {
  createMatcher,
  DEFAULT_THRESHOLDS,
  loadIndex,
  type Matcher,
  type MatchIndex,
  type SerializedIndex,
} from '@/lib/match';
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
  // The bundled corpus's index was built and serialized at build time (npm run corpus);
  // the reader's articles are added to it one by one.
  const index = loadIndex(corpusIndex as unknown as SerializedIndex);
  for (const a of user) index.add(a);
  const articles = [...BUNDLED.map((a) => ({ ...a, origin: 'bundled' as const })), ...user];
  return {
    index,
    matcher: matcherFor(index),
    byId: new Map(articles.map((a) => [a.id, a])),
    userCount: user.length,
  };
}

function matcherFor(index: MatchIndex): Matcher {
  return createMatcher(index, { thresholds: thresholdsFor(DEFAULT_THRESHOLDS, sensitivity) });
}

/** One article the reader just added: into the live index, no rebuild. */
export async function addToEngine(article: CorpusArticle): Promise<void> {
  const e = await getEngine();
  e.index.add(article);
  e.byId.set(article.id, article);
  e.matcher = matcherFor(e.index);
  e.userCount++;
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
