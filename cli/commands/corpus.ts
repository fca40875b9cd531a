/**
 * `parallax corpus build DIR --out FILE.ndjson`: a corpus from a folder of .txt, .html, .json
 * and .ndjson files, saying what was skipped and why.
 * `parallax corpus check FILE`: every problem of a corpus file, with its line.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusToNdjson, formatProblem, parseCorpusText } from '../../lib/corpus/validate';
import { corpusFromFiles, type Skip, type SourceFile } from '../../lib/user-corpus/folder';
import type { ExtractedPage } from '../../lib/types';
import { parseArgs, stringFlag, UsageError } from '../args';
import { InputError, readInput } from '../io';

const USAGE = `corpus build DIR --out FILE.ndjson   build a corpus from .txt, .html, .json and .ndjson files
corpus check FILE                    check a corpus file (NDJSON or JSON), every problem with its line`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Listing {
  files: string[];
  /** Hidden files and folders (".git", ".DS_Store"): reported, not read. */
  hidden: string[];
}

/** The files under `dir`, as paths relative to it. */
function listFiles(dir: string, prefix = '', into: Listing = { files: [], hidden: [] }): Listing {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) into.hidden.push(path);
    else if (statSync(join(dir, path)).isDirectory()) listFiles(dir, path, into);
    else into.files.push(path);
  }
  return into;
}

function listFolder(dir: string): Listing {
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`${dir} is not a directory`);
    return listFiles(dir);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${dir}: ${code === 'ENOENT' ? 'no such directory' : (err as Error).message}`,
    );
  }
}

function formatSkip(skip: Skip): string {
  return `  ${skip.path}${skip.line === null ? '' : ` line ${skip.line}`}: ${skip.reason}`;
}

async function build(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, { out: true });
  if (args.positional.length !== 1) throw new UsageError('corpus build takes one DIR');
  const outFile = stringFlag(args, 'out');
  if (!outFile) throw new UsageError('corpus build needs --out FILE.ndjson');
  const dir = args.positional[0]!;
  const output = resolve(outFile);
  const listing = listFolder(dir);
  const files: SourceFile[] = listing.files
    // A corpus built into the folder before is not an input of the next build.
    .filter((path) => resolve(dir, path) !== output)
    .map((path) => ({ path, read: () => readInput(join(dir, path)) }));

  let extractFile: ((file: string, content: string, title: string | null) => ExtractedPage) | null = null;
  if (files.some((f) => /\.html?$/i.test(f.path))) extractFile = (await import('./compare')).extractFile;
  const corpus = corpusFromFiles(files, (file, content) => extractFile!(join(dir, file.path), content, null));

  const skips: Skip[] = [
    ...listing.hidden.map((path) => ({ path, line: null, reason: 'hidden' })),
    ...corpus.skipped,
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const skipped = skips.length > 0 ? [`skipped ${skips.length}:`, ...skips.map(formatSkip)] : [];
  if (corpus.articles.length === 0) {
    out([`nothing usable in ${dir}: no corpus written`, ...skipped].join('\n'));
    return 1;
  }
  try {
    writeFileSync(output, corpusToNdjson(corpus.articles));
  } catch (err) {
    throw new InputError(`cannot write ${outFile}: ${(err as Error).message}`);
  }
  const from = new Set(corpus.sources.values()).size;
  out(
    [
      `wrote ${plural(corpus.articles.length, 'article')} from ${plural(from, 'file')} to ${outFile}`,
      ...skipped,
    ].join('\n'),
  );
  return 0;
}

function check(argv: string[], out: (s: string) => void): number {
  const args = parseArgs(argv, {});
  if (args.positional.length !== 1) throw new UsageError('corpus check takes one FILE (or - for stdin)');
  const file = args.positional[0]!;
  const { articles, problems, warnings } = parseCorpusText(readInput(file), file);
  // Warnings (repeated texts: wire copy) are said, in line order with the problems, and do not
  // make the file fail.
  const said = [...problems, ...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(formatProblem);
  const warned = warnings.length > 0 ? [plural(warnings.length, 'warning')] : [];
  if (problems.length > 0) {
    out([...said, [plural(problems.length, 'problem'), ...warned].join(', ') + ` in ${file}`].join('\n'));
    return 1;
  }
  if (articles.length === 0) {
    out([...said, `${file} holds no article`].join('\n'));
    return 1;
  }
  const count = (test: (a: (typeof articles)[number]) => boolean) => articles.filter(test).length;
  const copies = count((a) => typeof a.identicalTo === 'string');
  out(
    [
      ...said,
      `ok: ${file} holds ${plural(articles.length, 'article')} (${count((a) => a.outlet !== null)} with an outlet, ${count((a) => a.date !== null)} dated, ${count((a) => a.titleDerived === true)} with a headline derived from the lead${copies > 0 ? `, ${copies} ${copies === 1 ? 'copy' : 'copies'} of another article's text` : ''})`,
    ].join('\n'),
  );
  return 0;
}

export async function runCorpus(argv: string[], out: (s: string) => void): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'build') return build(rest, out);
  if (sub === 'check') return check(rest, out);
  throw new UsageError(
    `${sub ? `unknown corpus command "${sub}"` : 'corpus needs a command'}; one of:\n${USAGE.replace(/^/gm, '  ')}`,
  );
}
