/**
 * The matching engine over the bundled corpus and the reader's own articles, as a factory
 * that takes its dependencies (IndexedDB, the bundled corpus and its prebuilt index), so the
 * background wires it once and tests build one of their own. Created lazily (a worker woken
 * for an unrelated event does no corpus work) and rebuilt when the reader's corpus or the
 * sensitivity setting changes.
 */
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
import { applyLiveChange, indexFingerprint, type LiveArticle, type LiveChange } from '@/lib/live';
import type { CorpusArticle } from '@/lib/types';
import {
  corpusFingerprint,
  loadOrBuild,
  openIndexCache,
  openUserCorpus,
  type IndexCache,
  type UserArticle,
  type UserCorpus,
} from '@/lib/user-corpus';

export interface EngineState {
  matcher: Matcher;
  index: MatchIndex;
  byId: Map<string, CorpusArticle>;
  /** The reader's articles in the index, in the order they were added. */
  user: UserArticle[];
  /** Live coverage's articles in the index (fetched from followed outlets, or read). */
  live: LiveArticle[];
}

export interface EngineDeps {
  idb: IDBFactory;
  /** The bundled corpus's articles and its index serialized at build time (npm run corpus). */
  bundled: readonly CorpusArticle[];
  bundledIndex: SerializedIndex;
  /** How close counts as the same story (the reader's setting), read at each build. */
  sensitivity: () => Promise<Sensitivity>;
  /** The reader's corpus database (default `parallax`). */
  database?: string;
  /** Below this many user articles, building the index is quicker than the cache round trip. */
  cacheFrom?: number;
  /** The index is cached this long after a build, once the current request is answered. */
  keepDelayMs?: number;
  /** Live coverage's stored articles (`LiveStore.listArticles`), read at each build. */
  live?: () => Promise<readonly LiveArticle[]>;
}

export interface Engine {
  /** The engine, built on first use. */
  get(): Promise<EngineState>;
  /** One article the reader just added: into the live index, no rebuild (the cache follows). */
  add(article: UserArticle): Promise<void>;
  /**
   * Articles a refresh stored and retention removed: into and out of the index in place, no
   * rebuild (the cache follows under the key a fresh build would have).
   */
  applyLive(change: LiveChange): Promise<void>;
  /** Drop the engine: the next request rebuilds it (corpus or sensitivity changed). */
  invalidate(): void;
  /** The reader's corpus in IndexedDB (opened once per worker life). */
  userCorpus(): Promise<UserCorpus>;
}

const debug = (what: string, err: unknown) =>
  console.debug(`[Parallax] ${what}:`, err instanceof Error ? err.message : err);

export function createEngine(deps: EngineDeps): Engine {
  const { idb, bundled } = deps;
  const cacheFrom = deps.cacheFrom ?? 200;
  const keepDelayMs = deps.keepDelayMs ?? 1_000;
  /** Names the bundled corpus in the cache's fingerprint (another build, another key). */
  const bundledKey = corpusFingerprint(JSON.stringify(deps.bundledIndex), []);

  let userCorpus: Promise<UserCorpus> | null = null;
  let indexCache: Promise<IndexCache | null> | null = null;
  let engine: Promise<EngineState> | null = null;
  let sensitivity: Sensitivity = 'balanced';
  let keepTimer: ReturnType<typeof setTimeout> | undefined;

  function getUserCorpus(): Promise<UserCorpus> {
    userCorpus ??= openUserCorpus(idb, deps.database ?? 'parallax', { bundled }).catch((err: unknown) => {
      userCorpus = null;
      throw err;
    });
    return userCorpus;
  }

  function getIndexCache(): Promise<IndexCache | null> {
    indexCache ??= openIndexCache(idb).catch((err: unknown) => {
      debug('no index cache', err);
      return null;
    });
    return indexCache;
  }

  /** The matcher verifies its best candidates against the texts the engine holds (byId). */
  const matcherFor = (index: MatchIndex, byId: ReadonlyMap<string, CorpusArticle>): Matcher =>
    createMatcher(index, {
      thresholds: thresholdsFor(DEFAULT_THRESHOLDS, sensitivity),
      texts: (id) => byId.get(id),
    });

  /** Serialize and store the index after the current request is answered (it takes a while). */
  function keepIndex(index: MatchIndex, user: readonly UserArticle[], live: readonly LiveArticle[]): void {
    clearTimeout(keepTimer);
    if (user.length + live.length < cacheFrom) return;
    const fingerprint = indexFingerprint(bundledKey, user, live);
    keepTimer = setTimeout(() => {
      void getIndexCache().then((cache) =>
        cache
          ?.put(fingerprint, serializeIndex(index))
          .catch((err: unknown) => debug('index not cached', err)),
      );
    }, keepDelayMs);
  }

  /**
   * The bundled corpus's index with the reader's articles added, or the same index as the
   * cache kept it from the last worker life. `known`: the reader's corpus was read (a failed
   * read must not drop a good cache).
   */
  async function indexFor(
    user: readonly UserArticle[],
    live: readonly LiveArticle[],
    known: boolean,
  ): Promise<MatchIndex> {
    const fresh = () => {
      const index = loadIndex(deps.bundledIndex);
      for (const a of user) index.add(a);
      for (const a of live) index.add(a);
      return index;
    };
    const cache = await getIndexCache();
    if (!cache || user.length + live.length < cacheFrom) {
      if (known) void cache?.clear().catch(() => undefined);
      return fresh();
    }
    const fingerprint = indexFingerprint(bundledKey, user, live);
    const { index, source } = await loadOrBuild(cache, fingerprint, fresh);
    if (source === 'built') keepIndex(index, user, live);
    return index;
  }

  async function build(): Promise<EngineState> {
    sensitivity = await deps.sensitivity().catch(() => sensitivity);
    let user: UserArticle[] | null = null;
    try {
      user = await (await getUserCorpus()).all();
    } catch (err) {
      // The bundled corpus still works; the reader is told when they open their corpus.
      debug('user corpus unavailable', err);
    }
    const userArticles = (user ?? []).map((a) => ({ ...a, origin: 'user' as const }));
    let live: LiveArticle[] = [];
    try {
      live = [...((await deps.live?.()) ?? [])];
    } catch (err) {
      debug('live coverage unavailable', err);
    }
    const index = await indexFor(userArticles, live, user !== null);
    const articles = [
      ...bundled.map((a) => ({ ...a, origin: 'bundled' as const })),
      ...userArticles,
      ...live,
    ];
    const byId = new Map(articles.map((a) => [a.id, a]));
    return {
      index,
      matcher: matcherFor(index, byId),
      byId,
      user: userArticles,
      live,
    };
  }

  const get = (): Promise<EngineState> => {
    engine ??= build();
    return engine;
  };

  return {
    get,
    userCorpus: getUserCorpus,
    async add(article) {
      const e = await get();
      // An engine built after the article was stored (a restarted worker) holds it already.
      if (e.byId.has(article.id)) return;
      const added = { ...article, origin: 'user' as const };
      e.index.add(added);
      e.byId.set(added.id, added);
      e.matcher = matcherFor(e.index, e.byId);
      e.user = [...e.user, added];
      keepIndex(e.index, e.user, e.live);
    },
    async applyLive(change) {
      const e = await get();
      const { added, removed } = applyLiveChange(e, change);
      if (added + removed === 0) return;
      const gone = new Set(change.removed);
      const known = new Set(e.live.map((a) => a.id));
      e.live = [...e.live.filter((a) => !gone.has(a.id)), ...change.added.filter((a) => !known.has(a.id))];
      e.matcher = matcherFor(e.index, e.byId);
      keepIndex(e.index, e.user, e.live);
    },
    invalidate() {
      engine = null;
    },
  };
}
