/**
 * Reading an import: every valid article of a corpus text with its line and text hash, or
 * every problem that makes the file unusable (by the rules of `parseCorpusText`, except that
 * an article repeated within the file is a duplicate to report, not a problem).
 *
 * The work comes in steps (a generator that yields every CHUNK entries), so that a caller on
 * a page's main thread can let other tasks run between them (see steps.ts) and a worker can
 * hear a cancel; `readImport` runs them all at once. The one step that cannot be split is the
 * `JSON.parse` of a whole-text JSON document; NDJSON is read line by line.
 */
import { validateArticle, type CorpusProblem } from '../corpus/validate.ts';
import type { CorpusArticle } from '../types.ts';
import { documentEntries, namesNdjson, ndjsonLine, normalizeNewlines } from './entries.ts';
import { countProblem, sizeProblem } from './limits.ts';
import { runSteps } from './steps.ts';
import { textHash } from '../corpus/text-key.ts';

/** A valid article of the file, the line it starts on and the hash of its text. */
export interface LocatedArticle {
  line: number | null;
  article: CorpusArticle;
  /** `textHash(article.text)`, when already computed. */
  hash?: string;
}

export interface ReadImport {
  /** The articles, marked `origin: 'user'`; empty when there is any problem. */
  articles: LocatedArticle[];
  problems: CorpusProblem[];
}

/** Entries read between two yields: a few milliseconds of work. */
export const CHUNK = 100;

const EMPTY: CorpusProblem = { line: null, message: 'no articles: the text is empty' };

/** Entries of an NDJSON text: its lines that are not blank. */
function ndjsonEntryCount(body: string): number {
  let n = 0;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    if (/\S/.test(body.slice(start, end))) n++;
    start = end + 1;
  }
  return n;
}

/** `readImport` in steps: yields between chunks of entries, returns what `readImport` does. */
export function* readImportSteps(text: string, fileName?: string): Generator<void, ReadImport> {
  const body = normalizeNewlines(text);
  if (!/\S/.test(body)) return { articles: [], problems: [EMPTY] };
  const articles: LocatedArticle[] = [];
  const problems: CorpusProblem[] = [];
  const take = (value: unknown, line: number | null) => {
    const checked = validateArticle(value, '');
    for (const message of checked.problems) problems.push({ line, message });
    // Once the file is refused, the rest is only checked: no need to hash it.
    if (checked.article && problems.length === 0) {
      const article: CorpusArticle = { ...checked.article, origin: 'user' };
      articles.push({ line, article, hash: textHash(article.text) });
    }
  };

  const tooLarge = sizeProblem(body.length);
  if (tooLarge) return { articles: [], problems: [tooLarge] };
  const document = namesNdjson(fileName) ? null : documentEntries(body);
  yield;
  const tooMany = countProblem(document ? document.entries.length : ndjsonEntryCount(body));
  if (tooMany) return { articles: [], problems: [tooMany] };
  if (document) {
    problems.push(...document.problems);
    for (const [i, { value, line }] of document.entries.entries()) {
      take(value, line);
      if (i % CHUNK === CHUNK - 1) yield;
    }
  } else {
    const lines = body.split('\n');
    for (const [i, raw] of lines.entries()) {
      const read = ndjsonLine(raw, i + 1);
      if (read && 'problem' in read) problems.push(read.problem);
      else if (read) take(read.value, i + 1);
      if (i % CHUNK === CHUNK - 1) yield;
    }
  }
  // As parseCorpusText orders them: by line, whole-text problems first (a stable sort).
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems.length > 0 ? { articles: [], problems } : { articles, problems };
}

/** Every valid article of a corpus text with its line, or the problems that make it unusable. */
export function readImport(text: string, fileName?: string): ReadImport {
  return runSteps(readImportSteps(text, fileName));
}
