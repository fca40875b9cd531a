/**
 * The match index: a vocabulary, one signature per article and an inverted index from term
 * to articles. Built once for the bundled corpus and updated in place when the reader adds or
 * removes an article.
 */
import type { CorpusArticle } from '../types';
import { indexDoc, type IndexedDoc } from './doc';
import { normalizeUrl } from './url';

export interface IndexStore {
  /** Term key -> id, and id -> key. */
  vocab: Map<string, number>;
  keys: string[];
  /** Per term id: number of articles whose signature holds it. */
  df: number[];
  /** Per term id: slots of the articles holding it (removed slots are skipped, then pruned). */
  postings: number[][];
  /** Articles by slot; null once removed. */
  docs: (IndexedDoc | null)[];
  slotById: Map<string, number>;
  /** Normalized address -> slot, for articles that have one. */
  slotByUrl: Map<string, number>;
  /** Matchable articles (supported language). */
  live: number;
  /** Bumped on every change, so cached weights know when to refresh. */
  generation: number;
}

export interface MatchIndex {
  /** Number of articles indexed (any language). */
  readonly size: number;
  add(article: CorpusArticle): void;
  /** Removes an article; false when it was not indexed. */
  remove(id: string): boolean;
  /**
   * Removes many articles at once (retention, an unfollow): each posting list is filtered once,
   * not once per article. Returns how many were indexed.
   */
  removeMany(ids: Iterable<string>): number;
  has(id: string): boolean;
  /** The index's data, for the matcher and the serializer. */
  readonly store: IndexStore;
}

function emptyStore(): IndexStore {
  return {
    vocab: new Map(),
    keys: [],
    df: [],
    postings: [],
    docs: [],
    slotById: new Map(),
    slotByUrl: new Map(),
    live: 0,
    generation: 0,
  };
}

/** The vocabulary id of a term key, added when new. */
export function termIdOf(store: IndexStore, key: string): number {
  let id = store.vocab.get(key);
  if (id === undefined) {
    id = store.keys.length;
    store.vocab.set(key, id);
    store.keys.push(key);
    store.df.push(0);
    store.postings.push([]);
  }
  return id;
}

/** Gives `doc` the next slot, findable by id and by URL; its terms are the caller's. */
function placeDoc(store: IndexStore, doc: IndexedDoc): number {
  const slot = store.docs.length;
  store.docs.push(doc);
  store.slotById.set(doc.id, slot);
  const url = normalizeUrl(doc.url);
  if (url !== null) store.slotByUrl.set(url, slot);
  return slot;
}

/** Puts an already analysed article in the store (used by `add` and by `loadIndex`). */
export function insertDoc(store: IndexStore, doc: IndexedDoc): void {
  const slot = placeDoc(store, doc);
  for (const t of doc.terms) {
    store.df[t] = (store.df[t] ?? 0) + 1;
    store.postings[t]?.push(slot);
  }
  if (doc.supported) store.live++;
  store.generation++;
}

/**
 * Puts many analysed articles in the store at once (loading a serialized index): each posting
 * list is allocated once at its final length instead of growing one article at a time.
 */
export function insertDocs(store: IndexStore, docs: readonly IndexedDoc[]): void {
  const counts = new Int32Array(store.keys.length);
  for (const d of docs) for (const t of d.terms) counts[t] = (counts[t] ?? 0) + 1;
  const fill = new Int32Array(store.keys.length);
  counts.forEach((n, t) => {
    if (n === 0) return;
    const old = store.postings[t] ?? [];
    const list = new Array<number>(old.length + n);
    for (let i = 0; i < old.length; i++) list[i] = old[i] ?? 0;
    store.postings[t] = list;
    fill[t] = old.length;
    store.df[t] = (store.df[t] ?? 0) + n;
  });
  for (const doc of docs) {
    const slot = placeDoc(store, doc);
    for (const t of doc.terms) {
      const list = store.postings[t];
      const at = fill[t] ?? 0;
      if (list) list[at] = slot;
      fill[t] = at + 1;
    }
    if (doc.supported) store.live++;
  }
  store.generation++;
}

function removeDoc(store: IndexStore, id: string): boolean {
  const slot = store.slotById.get(id);
  const doc = slot === undefined ? null : store.docs[slot];
  if (slot === undefined || !doc) return false;
  store.docs[slot] = null;
  store.slotById.delete(id);
  const url = normalizeUrl(doc.url);
  if (url !== null && store.slotByUrl.get(url) === slot) store.slotByUrl.delete(url);
  for (const t of doc.terms) {
    store.df[t] = (store.df[t] ?? 1) - 1;
    const list = store.postings[t];
    if (list) store.postings[t] = list.filter((s) => s !== slot);
  }
  if (doc.supported) store.live--;
  store.generation++;
  return true;
}

/** `removeDoc` for many: the docs first, then each posting list they touched filtered once. */
function removeDocs(store: IndexStore, ids: Iterable<string>): number {
  const slots = new Set<number>();
  const touched = new Set<number>();
  for (const id of ids) {
    const slot = store.slotById.get(id);
    const doc = slot === undefined ? null : store.docs[slot];
    if (slot === undefined || !doc) continue;
    slots.add(slot);
    store.docs[slot] = null;
    store.slotById.delete(id);
    const url = normalizeUrl(doc.url);
    if (url !== null && store.slotByUrl.get(url) === slot) store.slotByUrl.delete(url);
    for (const t of doc.terms) {
      store.df[t] = (store.df[t] ?? 1) - 1;
      touched.add(t);
    }
    if (doc.supported) store.live--;
  }
  if (slots.size === 0) return 0;
  for (const t of touched) {
    const list = store.postings[t];
    if (list) store.postings[t] = list.filter((s) => !slots.has(s));
  }
  store.generation++;
  return slots.size;
}

/** An index over `articles`; an article added again under the same id replaces the old one. */
export function createIndex(articles: readonly CorpusArticle[] = []): MatchIndex {
  const store = emptyStore();
  const index: MatchIndex = {
    get size() {
      return store.slotById.size;
    },
    add(article) {
      removeDoc(store, article.id);
      insertDoc(
        store,
        indexDoc(article, (key) => termIdOf(store, key)),
      );
    },
    remove: (id) => removeDoc(store, id),
    removeMany: (ids) => removeDocs(store, ids),
    has: (id) => store.slotById.has(id),
    store,
  };
  for (const a of articles) index.add(a);
  return index;
}
