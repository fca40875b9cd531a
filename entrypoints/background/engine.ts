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
  serializeIndex,
  type Matcher,
  type MatchIndex,
  type SerializedIndex,
} from '@/lib/match';
import { thresholdsFor, type Sensitivity } from '@/lib/settings';
import type { CorpusArticle, CorpusFile } from '@/lib/types';
import {
  corpusFingerprint,
  loadOrBuild,
  openIndexCache,
  openUserCorpus,
  type IndexCache,
  type UserArticle,
  type UserCorpus,
} from '@/lib/user-corpus';

export const BUNDLED: readonly CorpusArticle[] = (corpusFile as CorpusFile).articles;

export interface Engine {
  matcher: Matcher;
  index: MatchIndex;
  byId: Map<string, CorpusArticle>;
  /** The reader's articles in the index, in the order they were added. */
  user: UserArticle[];
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
  let user: UserArticle[] | null = null;
  try {
    user = await (await getUserCorpus()).all();
  } catch (err) {
    // The bundled corpus still works; the reader is told when they open their corpus.
    console.debug('[Parallax] user corpus unavailable:', err instanceof Error ? err.message : err);
  }
  const userArticles = (user ?? []).map((a) => ({ ...a, origin: 'user' as const }));
  const index = await indexFor(userArticles, user !== null);
  const articles = [...BUNDLED.map((a) => ({ ...a, origin: 'bundled' as const })), ...userArticles];
  return {
    index,
    matcher: matcherFor(index),
    byId: new Map(articles.map((a) => [a.id, a])),
    user: userArticles,
  };
}

/** Below this many user articles, building the index is quicker than the cache round trip. */
const CACHE_FROM = 200;
/** Names the bundled corpus in the cache's fingerprint (another build, another key). */
const BUNDLED_KEY = corpusFingerprint(JSON.stringify(corpusIndex), []);

let indexCache: Promise<IndexCache | null> | null = null;
function getIndexCache(): Promise<IndexCache | null> {
  indexCache ??= openIndexCache(indexedDB).catch((err: unknown) => {
    console.debug('[Parallax] no index cache:', err instanceof Error ? err.message : err);
    return null;
  });
  return indexCache;
}

/**
 * The bundled corpus's index (built and serialized at build time, npm run corpus) with the
 * reader's articles added, or the same index as the cache kept it from the last worker life.
 * `known`: the reader's corpus was read (a failed read must not drop a good cache).
 */
async function indexFor(user: readonly UserArticle[], known: boolean): Promise<MatchIndex> {
  const fresh = () => {
    const index = loadIndex(corpusIndex as unknown as SerializedIndex);
    for (const a of user) index.add(a);
    return index;
  };
  const cache = await getIndexCache();
  if (!cache || user.length < CACHE_FROM) {
    if (known) void cache?.clear().catch(() => undefined);
    return fresh();
  }
  const { index, source } = await loadOrBuild(cache, corpusFingerprint(BUNDLED_KEY, user), fresh);
  if (source === 'built') keepIndex(index, user);
  return index;
}

let keepTimer: ReturnType<typeof setTimeout> | undefined;
/** Serialize and store the index after the current request is answered (it takes a while). */
function keepIndex(index: MatchIndex, user: readonly UserArticle[]): void {
  clearTimeout(keepTimer);
  if (user.length < CACHE_FROM) return;
  const fingerprint = corpusFingerprint(BUNDLED_KEY, user);
  keepTimer = setTimeout(() => {
    void getIndexCache().then((cache) =>
      cache
        ?.put(fingerprint, serializeIndex(index))
        .catch((err: unknown) =>
          console.debug('[Parallax] index not cached:', err instanceof Error ? err.message : err),
        ),
    );
  }, KEEP_DELAY_MS);
}
const KEEP_DELAY_MS = 1_000;

function matcherFor(index: MatchIndex): Matcher {
  return createMatcher(index, { thresholds: thresholdsFor(DEFAULT_THRESHOLDS, sensitivity) });
}

/** One article the reader just added: into the live index, no rebuild (the cache follows). */
export async function addToEngine(article: UserArticle): Promise<void> {
  const e = await getEngine();
  // An engine built after the article was stored (a restarted worker) holds it already.
  if (e.byId.has(article.id)) return;
  const added = { ...article, origin: 'user' as const };
  e.index.add(added);
  e.byId.set(added.id, added);
  e.matcher = matcherFor(e.index);
  e.user = [...e.user, added];
  keepIndex(e.index, e.user);
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
