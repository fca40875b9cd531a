/**
 * Planning an import without touching storage: every problem of the file (read.ts: the rules
 * of `parseCorpusText`), and which articles are new or duplicates, by id or by text, of an earlier
 * line, the bundled corpus or the reader's corpus. An import with any problem imports nothing.
 * A text already known from another outlet or address is not a duplicate but a copy (wire
 * copy): it is imported, marked `identicalTo` the first article with that text.
 */
import { sameArticle, type Identity } from '../corpus/copies.ts';
import type { CorpusProblem } from '../corpus/validate.ts';
import type { CorpusArticle } from '../types.ts';
import { copyKnown, knownArticles, remember, type DuplicateSource, type KnownArticles } from './known.ts';
import { readImport, type LocatedArticle } from './read.ts';
import { textHash } from '../corpus/text-key.ts';

export interface Duplicate {
  /** Line of the duplicate in the imported file (null for a single added article). */
  line: number | null;
  id: string;
  /** Same id, or same text (ignoring case and spacing). */
  reason: 'id' | 'text';
  /** Id of the article it duplicates. */
  of: string;
  /** Where that article is. */
  source: DuplicateSource;
}

export interface ImportPlan {
  /** Articles that would be added, in file order, marked `origin: 'user'`. */
  articles: CorpusArticle[];
  duplicates: Duplicate[];
  /** Problems that stop the whole import; when there is one, `articles` is empty. */
  problems: CorpusProblem[];
}

/**
 * What `article` repeats among `known` (by id first, then by text), or null. The same text
 * from another outlet or address repeats nothing: it is a copy (`copyOf`).
 */
export function findDuplicate(
  article: Pick<CorpusArticle, 'id' | 'text'> & Omit<Identity, 'id'>,
  known: KnownArticles,
  hash: string = textHash(article.text),
): Omit<Duplicate, 'line' | 'id'> | null {
  const byId = known.ids.get(article.id);
  if (byId !== undefined) return { reason: 'id', of: article.id, source: byId };
  const byText = known.texts.get(hash);
  if (byText === undefined) return null;
  const owner = byText.owners === null ? undefined : byText.owners.find((o) => sameArticle(o, article));
  if (byText.owners === null || owner)
    return { reason: 'text', of: owner?.id ?? byText.id, source: owner?.source ?? byText.source };
  return null;
}

/** The id of the first known article with the text of `hash` (what a copy is `identicalTo`). */
export function copyOf(known: KnownArticles, hash: string): string | null {
  return known.texts.get(hash)?.id ?? null;
}

/** Split articles into new ones and duplicates (of `known`, or of an earlier one of the list). */
export function dedupe(
  articles: readonly LocatedArticle[],
  known: KnownArticles,
): { fresh: LocatedArticle[]; duplicates: Duplicate[] } {
  const seen = copyKnown(known);
  const fresh: LocatedArticle[] = [];
  const duplicates: Duplicate[] = [];
  for (const entry of articles) {
    const { id, text } = entry.article;
    const hash = entry.hash ?? textHash(text);
    const duplicate = findDuplicate(entry.article, seen, hash);
    if (duplicate) duplicates.push({ line: entry.line, id, ...duplicate });
    else {
      const original = copyOf(seen, hash);
      remember(seen, id, hash, 'import', entry.article);
      const article = original === null ? entry.article : { ...entry.article, identicalTo: original };
      fresh.push(hash === entry.hash && original === null ? entry : { ...entry, article, hash });
    }
  }
  return { fresh, duplicates };
}

/**
 * What importing `text` into a corpus that holds `existing` (bundled and user articles;
 * without `origin` an article counts as the reader's) would do. Pure: nothing is written.
 */
export function planImport(
  text: string,
  existing: readonly (Pick<CorpusArticle, 'id' | 'text' | 'origin'> & Omit<Identity, 'id'>)[] | KnownArticles,
  fileName?: string,
): ImportPlan {
  const read = readImport(text, fileName);
  if (read.problems.length > 0) return { articles: [], duplicates: [], problems: read.problems };
  const known = Array.isArray(existing) ? knownArticles(existing) : (existing as KnownArticles);
  const { fresh, duplicates } = dedupe(read.articles, known);
  return { articles: fresh.map((e) => e.article), duplicates, problems: [] };
}

const WHERE: Record<DuplicateSource, string> = {
  import: 'earlier in the file',
  bundled: 'in the bundled corpus',
  user: 'already in your corpus',
  live: 'among the articles fetched from outlets you follow',
  history: 'in your reading history',
};

/** A duplicate as one line for a reader: `line 4: "b" has the same text as "a" already in your corpus`. */
export function formatDuplicate(d: Duplicate): string {
  const at = d.line === null ? '' : `line ${d.line}: `;
  const what =
    d.reason === 'id'
      ? `id "${d.id}" is taken ${WHERE[d.source]}`
      : `"${d.id}" has the same text as "${d.of}" ${WHERE[d.source]}`;
  return `${at}${what}`;
}
