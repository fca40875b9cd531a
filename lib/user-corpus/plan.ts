/**
 * Planning an import without touching storage: every problem of the file (validated by
 * `parseCorpusText`), and which articles are new or duplicates, by id or by text, of an earlier
 * line, the bundled corpus or the reader's corpus. An import with any problem imports nothing.
 */
import { parseCorpusText, validateArticle, type CorpusProblem } from '../corpus/validate.ts';
import type { CorpusArticle } from '../types.ts';
import { corpusEntries } from './entries.ts';
import { copyKnown, knownArticles, remember, type DuplicateSource, type KnownArticles } from './known.ts';
import { textHash } from './text-key.ts';

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

/** A valid article of the file and the line it starts on. */
export interface LocatedArticle {
  line: number | null;
  article: CorpusArticle;
}

export interface ImportPlan {
  /** Articles that would be added, in file order, marked `origin: 'user'`. */
  articles: CorpusArticle[];
  duplicates: Duplicate[];
  /** Problems that stop the whole import; when there is one, `articles` is empty. */
  problems: CorpusProblem[];
}

/** `parseCorpusText` reports duplicates within a file as problems; an import reports them apart. */
const IN_FILE_DUPLICATE = /^duplicate (?:id "|text of id ")/;

/** Every valid article of a corpus text with its line, or the problems that make it unusable. */
export function readImport(
  text: string,
  fileName?: string,
): { articles: LocatedArticle[]; problems: CorpusProblem[] } {
  const problems = parseCorpusText(text, fileName).problems.filter((p) => !IN_FILE_DUPLICATE.test(p.message));
  if (problems.length > 0) return { articles: [], problems };
  const articles: LocatedArticle[] = [];
  for (const { value, line } of corpusEntries(text, fileName).entries) {
    const checked = validateArticle(value, '');
    for (const message of checked.problems) problems.push({ line, message });
    if (checked.article) articles.push({ line, article: { ...checked.article, origin: 'user' } });
  }
  return problems.length > 0 ? { articles: [], problems } : { articles, problems };
}

/** What `article` repeats among `known` (by id first, then by text), or null. */
export function findDuplicate(
  article: Pick<CorpusArticle, 'id' | 'text'>,
  known: KnownArticles,
): Omit<Duplicate, 'line' | 'id'> | null {
  const byId = known.ids.get(article.id);
  if (byId !== undefined) return { reason: 'id', of: article.id, source: byId };
  const byText = known.texts.get(textHash(article.text));
  if (byText !== undefined) return { reason: 'text', of: byText.id, source: byText.source };
  return null;
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
    const duplicate = findDuplicate(entry.article, seen);
    if (duplicate) duplicates.push({ line: entry.line, id, ...duplicate });
    else {
      remember(seen, id, textHash(text), 'import');
      fresh.push(entry);
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
  existing: readonly Pick<CorpusArticle, 'id' | 'text' | 'origin'>[] | KnownArticles,
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
