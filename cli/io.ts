/** Node-side input: files, standard input, corpora. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseCorpusText } from '../lib/corpus/validate';
import { decodeUtf8, invalidUtf8Problems, NOT_TEXT } from '../lib/text/decode';
import type { CorpusArticle, CorpusFile } from '../lib/types';

export class InputError extends Error {}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface InputText {
  text: string;
  /** Lines holding bytes that are not UTF-8 (read as U+FFFD). */
  invalidLines: number[];
}

/** What went wrong reading or writing a file, for a reader. */
export function readErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'ENOSPC') return 'no space';
  return (err as Error).message;
}

/** Text of `bytes`, or why it is not text. */
export function textOf(bytes: Uint8Array): InputText | { notText: string } {
  const decoded = decodeUtf8(bytes);
  if (decoded.binary) return { notText: NOT_TEXT };
  return { text: decoded.text, invalidLines: decoded.invalidLines };
}

/** A file (or `-`, standard input) as text; binary input and empty standard input are refused. */
export function readInput(file: string): InputText {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    throw new InputError(`cannot read ${name}: ${readErrorReason(err)}`);
  }
  const read = textOf(bytes);
  if ('notText' in read) throw new InputError(`cannot read ${name}: ${read.notText}`);
  if (file === '-' && read.text.trim() === '')
    throw new InputError('standard input is empty (closed, or nothing was sent): nothing to read');
  return read;
}

export function bundledCorpus(): CorpusArticle[] {
  const file = JSON.parse(readFileSync(join(ROOT, 'assets', 'corpus.json'), 'utf8')) as CorpusFile;
  return file.articles;
}

/** A corpus file read and checked: its valid articles and every problem, with its line. */
export function readCorpus(
  file: string,
  input: InputText = readInput(file),
): ReturnType<typeof parseCorpusText> {
  const { text, invalidLines } = input;
  const read = parseCorpusText(text, file);
  if (invalidLines.length === 0) return read;
  const problems = [...invalidUtf8Problems(invalidLines), ...read.problems];
  return { ...read, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** Reads and validates a corpus file; every problem is reported with its line. */
export function loadCorpus(file: string): CorpusArticle[] {
  const { articles, problems } = readCorpus(file);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length > 10 ? [`  ... and ${problems.length - 10} more`] : [];
    throw new InputError(`unreadable corpus ${file}:\n${[...shown, ...more].join('\n')}`);
  }
  if (articles.length === 0) throw new InputError(`corpus ${file} holds no article`);
  return articles;
}
