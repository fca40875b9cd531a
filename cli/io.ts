/** Node-side input: files, standard input, corpora. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseCorpusText } from '../lib/corpus/validate';
import type { CorpusArticle, CorpusFile } from '../lib/types';

export class InputError extends Error {}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`cannot read ${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`cannot read ${file}: it is a directory`);
    throw new InputError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

export function bundledCorpus(): CorpusArticle[] {
  const file = JSON.parse(readFileSync(join(ROOT, 'assets', 'corpus.json'), 'utf8')) as CorpusFile;
  return file.articles;
}

/** Reads and validates a corpus file; every problem is reported with its line. */
export function loadCorpus(file: string): CorpusArticle[] {
  const text = readInput(file);
  const { articles, problems } = parseCorpusText(text, file);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length > 10 ? [`  ... and ${problems.length - 10} more`] : [];
    throw new InputError(`unreadable corpus ${file}:\n${[...shown, ...more].join('\n')}`);
  }
  if (articles.length === 0) throw new InputError(`corpus ${file} holds no article`);
  return articles;
}
