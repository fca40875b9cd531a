/**
 * How much one import may bring, in terms a reader can check before choosing a file: articles
 * and megabytes. Beyond them the extension's pages slowed past use (200,000 small articles:
 * 270 s and 731 MB to import, then a popup that did not settle); a file over a limit is a
 * problem of the file, refused before anything is written, as every other problem is.
 */
import type { CorpusProblem } from '../corpus/validate.ts';

export const IMPORT_LIMITS = {
  /** Articles (entries) in one file. */
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

/** The problem of a file holding more articles than one import takes, or null. */
export function countProblem(entries: number): CorpusProblem | null {
  if (entries <= IMPORT_LIMITS.articles) return null;
  return {
    line: null,
    message: `the file holds more than ${count(IMPORT_LIMITS.articles)} articles, the most one import takes (split it into smaller files)`,
  };
}
