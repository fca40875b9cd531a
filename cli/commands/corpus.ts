/**
 * `parallax corpus build DIR --out FILE.ndjson`: a corpus from a folder of .txt, .html, .json
 * and .ndjson files, saying what was skipped and why.
 * `parallax corpus check FILE`: every problem of a corpus file, with its line.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { corpusToNdjson, formatProblem } from '../../lib/corpus/validate';
import { decodeBody, metaCharset } from '../../lib/feeds/charset';
import { corpusFromFiles, type Skip, type SourceFile } from '../../lib/user-corpus/folder';
import type { ExtractedPage } from '../../lib/types';
import { parseArgs, stringFlag, UsageError } from '../args';
import { InputError, readCorpus, readErrorReason, textOf } from '../io';

const USAGE = `corpus build DIR --out FILE.ndjson   build a corpus from .txt, .html, .json and .ndjson files
corpus check FILE                    check a corpus file (NDJSON or JSON), every problem with its line`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface ListedFile {
  /** Relative to the folder, with "/" separators. */
  path: string;
  /** The file's identity, to tell whether the output would be one of them. */
  dev: number;
  ino: number;
}

interface Listing {
  files: ListedFile[];
  /** Not read: hidden files and folders (".git", ".DS_Store"), broken links, loops, FIFOs... */
  skipped: Skip[];
}

/** The regular files under `dir` (links followed, each folder once), as paths relative to it. */
function listFiles(dir: string, prefix: string, into: Listing, seen: Set<string>): Listing {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch (err) {
    if (prefix === '') throw err;
    into.skipped.push({ path: prefix, line: null, reason: `cannot read folder: ${readErrorReason(err)}` });
    return into;
  }
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    const skip = (reason: string) => into.skipped.push({ path, line: null, reason });
    if (entry.name.startsWith('.')) {
      skip('hidden');
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(join(dir, path));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      skip(code === 'ENOENT' && entry.isSymbolicLink() ? 'broken symbolic link' : readErrorReason(err));
      continue;
    }
    if (stat.isDirectory()) {
      const real = realpathSync(join(dir, path));
      if (seen.has(real)) skip('a link to a folder already read');
      else listFiles(dir, path, into, seen.add(real));
    } else if (stat.isFile()) into.files.push({ path, dev: stat.dev, ino: stat.ino });
    else skip('not a regular file');
  }
  return into;
}

function listFolder(dir: string): Listing {
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`${dir} is not a directory`);
    return listFiles(dir, '', { files: [], skipped: [] }, new Set([realpathSync(dir)]));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${dir}: ${code === 'ENOENT' ? 'no such directory' : readErrorReason(err)}`,
    );
  }
}

/** Why a file with bytes that are not UTF-8 is not read, with the lines that hold them. */
function notUtf8(lines: readonly number[]): string {
  const shown = lines.slice(0, 3).join(', ');
  const more = lines.length > 3 ? ` and ${lines.length - 3} more` : '';
  return `not valid UTF-8 on ${lines.length === 1 ? 'line' : 'lines'} ${shown}${more} (save it as UTF-8)`;
}

/** A listed file's text, or why it is not read: only a regular file, and only text. */
function readListed(file: string): string | { skipped: string } {
  let fd: number;
  try {
    // Non-blocking: a FIFO put in place of the file since the listing does not hang the build.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { skipped: `cannot read: ${readErrorReason(err)}` };
  }
  try {
    if (!fstatSync(fd).isFile()) return { skipped: 'not a regular file' };
    const bytes = readFileSync(fd);
    const read = textOf(bytes);
    if ('notText' in read) return { skipped: read.notText };
    if (read.invalidLines.length === 0) return read.text;
    // A saved page in another encoding says so in its head, and is read as a browser would.
    const declared = /\.html?$/i.test(file) ? metaCharset(bytes) : null;
    if (declared !== null && declared !== 'utf-8' && declared !== 'utf8')
      return decodeBody(bytes, `text/html; charset=${declared}`);
    return { skipped: notUtf8(read.invalidLines) };
  } catch (err) {
    return { skipped: `cannot read: ${readErrorReason(err)}` };
  } finally {
    closeSync(fd);
  }
}

/** Refuses an output that is, or could be, one of the inputs: in the folder, or the same file. */
function checkOutput(dir: string, outFile: string, files: readonly ListedFile[]): string {
  const output = resolve(outFile);
  let target: string;
  try {
    target = join(realpathSync(dirname(output)), basename(output));
  } catch (err) {
    throw new InputError(`cannot write ${outFile}: ${readErrorReason(err)}`);
  }
  const folder = realpathSync(dir);
  if (target === folder || target.startsWith(folder + sep)) {
    throw new InputError(
      `will not write ${outFile}: it is inside ${dir}, the folder the corpus is built from (a file there may be one of the inputs); write it outside that folder`,
    );
  }
  let existing: Stats | null = null;
  try {
    existing = statSync(output);
  } catch {
    // Nothing there yet.
  }
  const same = existing && files.find((f) => f.dev === existing.dev && f.ino === existing.ino);
  if (same)
    throw new InputError(`will not write ${outFile}: it is ${join(dir, same.path)}, one of the inputs`);
  return target;
}

/**
 * Writes `text` to `target` through a temporary file renamed in place, so that a failed write
 * leaves what was there. A device or a FIFO (`--out /dev/stdout`) is written to directly.
 */
function writeReplacing(target: string, outFile: string, text: string): void {
  const fail = (err: unknown) => new InputError(`cannot write ${outFile}: ${readErrorReason(err)}`);
  let special = false;
  try {
    special = !statSync(target).isFile();
  } catch {
    // Nothing there yet, or a broken link: a new file.
  }
  if (special) {
    try {
      writeFileSync(target, text);
      return;
    } catch (err) {
      throw fail(err);
    }
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (err) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Never created.
    }
    throw fail(err);
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
  const listing = listFolder(dir);
  const target = checkOutput(dir, outFile, listing.files);
  const files: SourceFile[] = listing.files.map(({ path }) => ({
    path,
    read: () => readListed(join(dir, path)),
  }));

  let extractFile: ((file: string, content: string, title: string | null) => ExtractedPage) | null = null;
  if (files.some((f) => /\.html?$/i.test(f.path))) extractFile = (await import('./compare')).extractFile;
  const corpus = corpusFromFiles(files, (file, content) => extractFile!(join(dir, file.path), content, null));

  const skips: Skip[] = [...listing.skipped, ...corpus.skipped].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
  const skipped = skips.length > 0 ? [`skipped ${skips.length}:`, ...skips.map(formatSkip)] : [];
  if (corpus.articles.length === 0) {
    out([`nothing usable in ${dir}: no corpus written`, ...skipped].join('\n'));
    return 1;
  }
  writeReplacing(target, outFile, corpusToNdjson(corpus.articles));
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
  const { articles, problems, warnings } = readCorpus(file);
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
