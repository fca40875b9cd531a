/**
 * How much the reader's corpus and one import may hold, in terms a reader can check before
 * choosing a file: articles (in the corpus, this file's included) and megabytes (of one file). Beyond them the extension's pages slowed past use (200,000 small articles:
 * 270 s and 731 MB to import, then a popup that did not settle); a file over a limit is a
 * problem of the file, refused before anything is written, as every other problem is.
 */
import type { CorpusProblem } from '../corpus/validate.ts';

export const IMPORT_LIMITS = {
  /** Articles in the reader's corpus, those of the file being imported included. */
  articles: 50_000,
  /** Size of one file, in bytes (100 MB). */
  bytes: 100 * 1_000_000,
} as const;

const count = (n: number) => n.toLocaleString('en');
const megabytes = (bytes: number) => `${count(Math.ceil(bytes / 1_000_000))} MB`;

/** The problem of a file over the size limit, or null. */
export function sizeProblem(bytes: number): CorpusProblem | null {
  if (bytes <= IMPORT_LIMITS.bytes) return null;
  return {
    line: null,
    message: `the file is too large: ${megabytes(bytes)}, and one import takes at most ${megabytes(IMPORT_LIMITS.bytes)} (split it into smaller files)`,
  };
}

/** The problem of a file holding more articles than the corpus can, or null. */
export function countProblem(entries: number): CorpusProblem | null {
  if (entries <= IMPORT_LIMITS.articles) return null;
  return {
    line: null,
    message: `the file holds more than ${count(IMPORT_LIMITS.articles)} articles, the most your corpus can hold (split it into smaller files)`,
  };
}

/** The problem of new articles that would take the corpus past its limit, or null. */
export function roomProblem(
  stored: number,
  added: number,
  limit: number = IMPORT_LIMITS.articles,
): CorpusProblem | null {
  if (stored + added <= limit) return null;
  return {
    line: null,
    message: `your corpus holds ${count(stored)} articles and this file would add ${count(added)}, more than the ${count(limit)} it can hold (remove some first, or import fewer)`,
  };
}
