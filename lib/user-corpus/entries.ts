/**
 * The entries of a corpus text with the line each starts on, read by the same rules as
 * `parseCorpusText` (lib/corpus/validate.ts): a JSON array, a corpus file ({ "articles": [...] }),
 * a single article object, or NDJSON. `parseCorpusText` returns only the valid, distinct
 * articles; importing and building also need each entry's line and raw value (to report a
 * duplicate by line, or to give an entry without an id one from its file and line).
 */
import type { CorpusProblem } from '../corpus/validate.ts';
import {
  arrayElementOffsets,
  errorMessage,
  lineAt,
  lines,
  syntaxErrorLine,
  topLevelValueOffset,
} from '../corpus/json-locate.ts';

export type CorpusFormat = 'ndjson' | 'array' | 'corpus' | 'object';

export interface CorpusEntry {
  value: unknown;
  /** 1-based line the entry starts on, or null when unknown. */
  line: number | null;
  /** 1-based position of the entry in the text. */
  position: number;
}

export interface CorpusEntries {
  format: CorpusFormat;
  entries: CorpusEntry[];
  /** Syntax problems: a line that is not JSON, a JSON array that does not parse. */
  problems: CorpusProblem[];
}

/** The text as `parseCorpusText` reads it: no BOM, \n line ends. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** One NDJSON line: its value, why it is not JSON, or null when it is blank. */
export function ndjsonLine(
  raw: string,
  line: number,
): { value: unknown } | { problem: CorpusProblem } | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  try {
    return { value: JSON.parse(trimmed) };
  } catch (error) {
    return { problem: { line, message: `not valid JSON: ${errorMessage(error)}` } };
  }
}

function ndjson(body: string): CorpusEntries {
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  body.split('\n').forEach((raw, i) => {
    const read = ndjsonLine(raw, i + 1);
    if (read === null) return;
    if ('problem' in read) problems.push(read.problem);
    else entries.push({ value: read.value, line: i + 1, position: entries.length + 1 });
  });
  return { format: 'ndjson', entries, problems };
}

function located(body: string, values: unknown[], open: number): CorpusEntry[] {
  const offsets = arrayElementOffsets(body, open);
  const lineOf = lines(body);
  return values.map((value, i) => {
    const offset = offsets[i];
    return { value, line: offset === undefined ? null : lineOf(offset), position: i + 1 };
  });
}

/** Entries of a whole-text JSON document (one `JSON.parse`), or null when the text is not one. */
export function documentEntries(body: string): CorpusEntries | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (body.trimStart()[0] !== '[') return null;
    const problem = { line: syntaxErrorLine(body), message: `not valid JSON: ${errorMessage(error)}` };
    return { format: 'array', entries: [], problems: [problem] };
  }
  if (Array.isArray(value))
    return { format: 'array', entries: located(body, value, body.indexOf('[')), problems: [] };
  if (typeof value !== 'object' || value === null) return null;
  const articles = (value as Record<string, unknown>).articles;
  if (articles === undefined) {
    const entry = { value, line: lineAt(body, body.indexOf('{')), position: 1 };
    return { format: 'object', entries: [entry], problems: [] };
  }
  if (!Array.isArray(articles)) {
    const problem = { line: null, message: 'field "articles" must be an array of articles' };
    return { format: 'corpus', entries: [], problems: [problem] };
  }
  const open = topLevelValueOffset(body, 'articles');
  return { format: 'corpus', entries: located(body, articles, open), problems: [] };
}

/** True when `fileName` says the text is NDJSON whatever it holds (.ndjson, .jsonl). */
export function namesNdjson(fileName?: string): boolean {
  return fileName !== undefined && /\.(?:ndjson|jsonl)$/i.test(fileName);
}

/** Entries of a corpus text. `fileName` ending in .ndjson or .jsonl forces NDJSON. */
export function corpusEntries(text: string, fileName?: string): CorpusEntries {
  const body = normalizeNewlines(text);
  return (namesNdjson(fileName) ? null : documentEntries(body)) ?? ndjson(body);
}
