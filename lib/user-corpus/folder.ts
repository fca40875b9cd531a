/**
 * A corpus from a folder of articles (`parallax corpus build`): plain text, HTML pages, JSON
 * and NDJSON corpus files. Pure: the caller lists and reads the files and extracts HTML.
 * Every file or entry not used is reported with why; ids come from file names (and the line,
 * or position, of entries without one), so rebuilding the same folder gives the same ids.
 */
import { validateArticle } from '../corpus/validate.ts';
import { pageFromText } from '../plain-text.ts';
import type { CorpusArticle, ExtractedPage } from '../types.ts';
import { corpusEntries } from './entries.ts';
import { articleFromPage } from './from-page.ts';
import { emptyKnown, remember, type KnownArticles } from './known.ts';
import { copyOf, findDuplicate } from './plan.ts';
import { textHash } from '../corpus/text-key.ts';

export interface SourceFile {
  /** Path relative to the folder, with "/" separators. */
  path: string;
  /** The file's text, or why it cannot be read (not a regular file, not text, no permission). */
  read(): string | { skipped: string };
}

export interface Skip {
  path: string;
  /** Line of a JSON or NDJSON entry; null for a whole file. */
  line: number | null;
  reason: string;
}

export interface FolderCorpus {
  articles: CorpusArticle[];
  /** Path each article came from, by id. */
  sources: Map<string, string>;
  skipped: Skip[];
}

const PAGE = /\.(?:txt|html?)$/i;
const CORPUS = /\.(?:json|ndjson|jsonl)$/i;

/** "News/My Story.html" -> "news-my-story"; accents dropped, never empty. */
export function fileId(path: string): string {
  const slug = path
    .replace(/\.[^./]+$/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

interface Build {
  known: KnownArticles;
  out: FolderCorpus;
}

/** Keep `article` unless it repeats one kept before. */
function keep(build: Build, path: string, line: number | null, article: CorpusArticle): void {
  const duplicate = findDuplicate(article, build.known);
  if (duplicate) {
    const from = build.out.sources.get(duplicate.of);
    const where = from && from !== path ? ` in ${from}` : '';
    const reason = `duplicate of "${duplicate.of}"${where} (same ${duplicate.reason})`;
    build.out.skipped.push({ path, line, reason });
    return;
  }
  const hash = textHash(article.text);
  const original = copyOf(build.known, hash);
  remember(build.known, article.id, hash, 'import', article);
  build.out.sources.set(article.id, path);
  build.out.articles.push(original === null ? article : { ...article, identicalTo: original });
}

/** An id from the file name not taken by another file: "story", then "story-html", "story-html-2"… */
function freeId(build: Build, path: string): string {
  const base = fileId(path);
  if (!build.known.ids.has(base)) return base;
  const withExt = `${base}-${path.replace(/^.*\./, '').toLowerCase()}`;
  let id = withExt;
  for (let n = 2; build.known.ids.has(id); n++) id = `${withExt}-${n}`;
  return id;
}

function addPage(build: Build, path: string, extracted: ExtractedPage): void {
  const result = articleFromPage(extracted, freeId(build, path));
  if ('skipped' in result) build.out.skipped.push({ path, line: null, reason: result.skipped });
  else keep(build, path, null, result.article);
}

function addCorpusFile(build: Build, path: string, content: string): void {
  const { format, entries, problems } = corpusEntries(content, path);
  for (const p of problems) build.out.skipped.push({ path, line: p.line, reason: p.message });
  for (const { value, line, position } of entries) {
    let entry = value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !('id' in value)) {
      const suffix = format === 'object' ? '' : `-${format === 'ndjson' ? line : position}`;
      entry = { ...value, id: `${fileId(path)}${suffix}` };
    }
    const checked = validateArticle(entry, '');
    if (checked.article) keep(build, path, line, checked.article);
    else build.out.skipped.push({ path, line, reason: checked.problems.join('; ') });
  }
}

/**
 * Build a corpus from `files` (taken in path order). `readHtml` extracts an HTML page as the
 * extension does; plain text goes through `pageFromText` (title from a short first line).
 */
export function corpusFromFiles(
  files: readonly SourceFile[],
  readHtml: (file: SourceFile, content: string) => ExtractedPage,
): FolderCorpus {
  const build: Build = { known: emptyKnown(), out: { articles: [], sources: new Map(), skipped: [] } };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const { path } = file;
    if (!PAGE.test(path) && !CORPUS.test(path)) {
      const ext = /\.[^./]+$/.exec(path)?.[0];
      const reason = ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)';
      build.out.skipped.push({ path, line: null, reason });
      continue;
    }
    const content = file.read();
    if (typeof content !== 'string') build.out.skipped.push({ path, line: null, reason: content.skipped });
    else if (content.trim() === '') build.out.skipped.push({ path, line: null, reason: 'empty file' });
    else if (CORPUS.test(path)) addCorpusFile(build, path, content);
    else addPage(build, path, /\.txt$/i.test(path) ? pageFromText(content) : readHtml(file, content));
  }
  return build.out;
}
