/**
 * Reading a corpus given as text: NDJSON (one article per line, blank lines allowed), a JSON
 * array of articles, or a corpus file ({ "articles": [...] }, like assets/corpus.json).
 * Used by the CLI (`--corpus`, `corpus check`) and by the extension's import. Every problem
 * names its line; valid articles are returned even when others are not.
 */
import type { CorpusArticle } from '../types.ts';
import { identityOf, sameArticle, type Identity } from './copies.ts';
import { checkArticle } from './fields.ts';
import {
  arrayElementOffsets,
  errorMessage,
  lineAt,
  lines,
  syntaxErrorLine,
  topLevelValueOffset,
} from './json-locate.ts';
import { textKey } from './text-key.ts';

export interface CorpusProblem {
  /** 1-based line the problem is on, or null when it concerns the whole text. */
  line: number | null;
  /** What is wrong, without the line ("missing field \"text\""). */
  message: string;
}

interface Entry {
  value: unknown;
  line: number | null;
}

/** A problem as one line for a reader: "line 3: missing field \"text\"". */
export function formatProblem(problem: CorpusProblem): string {
  return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`;
}

/** Check one article; each problem is prefixed with `where` ("line 3", "item 2"). */
export function validateArticle(
  value: unknown,
  where: string,
): { article?: CorpusArticle; problems: string[] } {
  const { article, problems } = checkArticle(value);
  const prefixed = problems.map((p) => (where === '' ? p : `${where}: ${p}`));
  return article ? { article, problems: prefixed } : { problems: prefixed };
}

function ndjsonEntries(text: string, problems: CorpusProblem[]): Entry[] {
  const entries: Entry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      entries.push({ value: JSON.parse(line), line: i + 1 });
    } catch (error) {
      problems.push({ line: i + 1, message: `not valid JSON: ${errorMessage(error)}` });
    }
  });
  return entries;
}

/** Entries of a whole-text JSON document, or null when the text is not one. */
function documentEntries(text: string, problems: CorpusProblem[]): Entry[] | null {
  const first = text.trimStart()[0];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (first !== '[') return null;
    problems.push({ line: syntaxErrorLine(text), message: `not valid JSON: ${errorMessage(error)}` });
    return [];
  }
  const locate = (values: unknown[], open: number): Entry[] => {
    const offsets = arrayElementOffsets(text, open);
    const lineOf = lines(text);
    return values.map((v, i) => ({
      value: v,
      line: offsets[i] === undefined ? null : lineOf(offsets[i]),
    }));
  };
  if (Array.isArray(value)) return locate(value, text.indexOf('['));
  if (typeof value !== 'object' || value === null) return null;
  const articles = (value as Record<string, unknown>).articles;
  if (articles === undefined) return [{ value, line: lineAt(text, text.indexOf('{')) }];
  if (!Array.isArray(articles)) {
    problems.push({ line: null, message: 'field "articles" must be an array of articles' });
    return [];
  }
  return locate(articles, topLevelValueOffset(text, 'articles'));
}

export interface ParsedCorpus {
  articles: CorpusArticle[];
  /** What makes the text unusable as a whole (the CLI refuses it) or an entry unreadable. */
  problems: CorpusProblem[];
  /**
   * What the reader should know but does not stop the corpus: a text that repeats an earlier
   * one (wire copy, kept and marked `identicalTo` it; or the same article given twice, left out).
   */
  warnings: CorpusProblem[];
}

const onLine = (line: number | null | undefined) =>
  line === null || line === undefined ? '' : ` (line ${line})`;

/**
 * Parse and check a corpus text. `fileName` ending in .ndjson or .jsonl forces NDJSON. An
 * article whose text repeats an earlier one's is kept as a copy of it (another outlet or
 * address: wire copy) or left out (the same outlet at the same address), with a warning.
 */
export function parseCorpusText(text: string, fileName?: string): ParsedCorpus {
  const body = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const problems: CorpusProblem[] = [];
  const warnings: CorpusProblem[] = [];
  if (body.trim() === '')
    return { articles: [], problems: [{ line: null, message: 'no articles: the text is empty' }], warnings };
  const forceLines = fileName !== undefined && /\.(?:ndjson|jsonl)$/i.test(fileName);
  const entries = (forceLines ? null : documentEntries(body, problems)) ?? ndjsonEntries(body, problems);

  const articles: CorpusArticle[] = [];
  const ids = new Map<string, number | null>();
  /** Text key -> every article kept with that text, the first first. */
  const texts = new Map<string, (Identity & { line: number | null })[]>();
  for (const { value, line } of entries) {
    const checked = checkArticle(value);
    for (const message of checked.problems) problems.push({ line, message });
    const article = checked.article;
    if (!article) continue;
    if (ids.has(article.id)) {
      const first = ids.get(article.id);
      const where = first === null || first === undefined ? '' : ` (first on line ${first})`;
      problems.push({ line, message: `duplicate id "${article.id}"${where}` });
      continue;
    }
    const key = textKey(article.text);
    const same = texts.get(key);
    const twice = same?.find((s) => sameArticle(s, article));
    if (twice) {
      const message = `same text, outlet and address as id "${twice.id}"${onLine(twice.line)}: left out`;
      warnings.push({ line, message });
      continue;
    }
    const first = same?.[0];
    if (first) {
      const message = `same text as id "${first.id}"${onLine(first.line)}: kept as a copy of it (wire copy)`;
      warnings.push({ line, message });
    }
    ids.set(article.id, line);
    texts.set(key, [...(same ?? []), { ...identityOf(article), line }]);
    articles.push(first ? { ...article, identicalTo: first.id } : article);
  }
  // Stable sort: by line, whole-text problems first.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { articles, problems, warnings };
}

/** Articles as NDJSON: one JSON object per line, keys in the article's order. */
export function corpusToNdjson(articles: readonly CorpusArticle[]): string {
  return articles.map((a) => `${JSON.stringify(a)}\n`).join('');
}
