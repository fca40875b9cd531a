/**
 * `parallax feeds fetch SOURCES --out CORPUS.ndjson [--state STATE.json] [--json] [--concurrency N]`:
 * the extension's live coverage for researchers. SOURCES is an OPML file, a text file with one
 * feed URL per line, or one http(s) URL. New articles (their pages fetched and extracted, the
 * feed's text kept and marked partial when a page cannot be read) are appended to CORPUS; the
 * state file keeps each feed's validators so the next run sends conditional requests. The same
 * lib/feeds code as the extension, with Node's fetch.
 */
import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { strings } from '../../components/strings';
import { sameArticle } from '../../lib/corpus/copies';
import { textKey } from '../../lib/corpus/text-key';
import { corpusToNdjson, formatProblem } from '../../lib/corpus/validate';
import { extractPage } from '../../lib/extract';
import { feedArticle } from '../../lib/feeds/article';
import { createFeedClient } from '../../lib/feeds/client';
import { canonicalUrl } from '../../lib/feeds/dedupe';
import { DEFAULT_CONCURRENCY } from '../../lib/feeds/http';
import { parseOpml } from '../../lib/feeds/opml';
import type { FeedErrorCode, FeedFetchState, FeedItem } from '../../lib/feeds/types';
import type { CorpusArticle, ExtractedPage } from '../../lib/types';
import { parseArgs, stringFlag, UsageError } from '../args';
import { InputError, readCorpus as readCorpusFile, readInput } from '../io';
import { printableJson, err as stderrLine } from '../output';

export const MAX_CONCURRENCY = 16;

interface StateFile {
  version: 1;
  feeds: Record<string, FeedFetchState>;
}

interface FeedLine {
  feed: string;
  status: 'ok' | 'not-modified' | 'error';
  new: number;
  error: string | null;
}

function httpUrl(s: string): string | null {
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The feed addresses SOURCES names, each once. */
export function readSources(source: string): string[] {
  const one = /^https?:\/\//i.test(source) ? httpUrl(source) : null;
  if (one) return [one];
  const { text } = readInput(source);
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text.replace(/^\uFEFF/, ''))) {
    const r = parseOpml(text);
    if (!r.ok) throw new InputError(`${source} is not a readable OPML file: ${r.detail}`);
    if (r.feeds.length === 0) throw new InputError(`${source} lists no feed (no outline has an xmlUrl)`);
    return r.feeds.map((f) => f.url);
  }
  const urls: string[] = [];
  const bad: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const url = httpUrl(line);
    if (url) {
      if (!urls.includes(url)) urls.push(url);
    } else bad.push(`  line ${i + 1}: not an http(s) address: ${JSON.stringify(line.slice(0, 80))}`);
  });
  if (bad.length > 0) {
    throw new InputError(
      `${source}: every line must be a feed address (or blank, or a # comment):\n${bad.slice(0, 10).join('\n')}`,
    );
  }
  if (urls.length === 0) throw new InputError(`${source} lists no feed address`);
  return urls;
}

function readState(file: string | null): StateFile {
  if (!file || !existsSync(file)) return { version: 1, feeds: {} };
  let v: unknown;
  try {
    v = JSON.parse(readInput(file).text);
  } catch (err) {
    throw new InputError(
      `state file ${file} is not valid JSON (${(err as Error).message}); remove it to start afresh`,
    );
  }
  const feeds = (v as StateFile | null)?.feeds;
  if (!v || typeof v !== 'object' || !feeds || typeof feeds !== 'object' || Array.isArray(feeds)) {
    throw new InputError(`state file ${file} is not a Parallax feeds state; remove it to start afresh`);
  }
  return { version: 1, feeds: Object.assign(Object.create(null), feeds) as Record<string, FeedFetchState> };
}

function readCorpus(file: string): { text: string; articles: CorpusArticle[] } {
  if (!existsSync(file)) return { text: '', articles: [] };
  const input = readInput(file);
  const { text } = input;
  if (text.trim() === '') return { text: '', articles: [] };
  const { articles, problems } = readCorpusFile(file, input);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    throw new InputError(
      `${file} is not a corpus Parallax can add to (nothing was fetched):\n${shown.join('\n')}`,
    );
  }
  if (!/\.ndjson$/i.test(file) && text.trimStart().startsWith('[')) {
    throw new InputError(`${file} is a JSON array; --out needs an NDJSON corpus (one article per line)`);
  }
  return { text, articles };
}

/** Writes `content` to `file` whole or not at all: a temporary file beside it, then a rename. */
function writeWhole(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot write ${file}: ${code === 'ENOSPC' ? 'the disk is full' : (err as Error).message}; it is unchanged`,
    );
  }
}

function extract(html: string, url: string): ExtractedPage | null {
  // jsdom runs no script by default: the page is an inert document, as in the extension.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return extractPage(dom.window.document, url);
  } catch {
    return null;
  } finally {
    try {
      dom.window.close();
    } catch {
      // teardown of absurdly deep pages can overflow; nothing to release
    }
  }
}

function urlKey(url: string): string {
  return canonicalUrl(url) ?? url;
}

function reason(code: FeedErrorCode, detail: string): string {
  return `${strings.feeds.error[code]} (${detail})`;
}

export async function runFeeds(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void = stderrLine,
  fetchFn: typeof fetch = fetch,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'fetch') {
    throw new UsageError(
      sub ? `unknown feeds command "${sub}" (there is: fetch)` : 'feeds needs a command: fetch',
    );
  }
  const args = parseArgs(rest, { out: true, state: true, json: false, concurrency: true });
  if (args.positional.length !== 1) {
    throw new UsageError(
      args.positional.length === 0
        ? 'feeds fetch needs SOURCES (an OPML file, a file of feed URLs, or one URL)'
        : 'feeds fetch takes one SOURCES',
    );
  }
  const outFile = stringFlag(args, 'out');
  if (!outFile) throw new UsageError('feeds fetch needs --out CORPUS.ndjson');
  const concurrencyFlag = stringFlag(args, 'concurrency');
  const concurrency = concurrencyFlag === null ? DEFAULT_CONCURRENCY : Number(concurrencyFlag);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}`);
  }
  const stateFile = stringFlag(args, 'state');
  const json = args.flags.has('json');

  const feeds = readSources(args.positional[0]!);
  const corpus = readCorpus(outFile);
  const state = readState(stateFile);

  const knownUrls = new Set(corpus.articles.flatMap((a) => (a.url ? [urlKey(a.url)] : [])));
  const knownIds = new Set(corpus.articles.map((a) => a.id));
  const byText = new Map(corpus.articles.map((a) => [textKey(a.text), a] as const));
  const added: CorpusArticle[] = [];
  const client = createFeedClient({ fetch: fetchFn, concurrency });
  const fetched = new Date().toISOString();
  let pagesDone = 0;
  let pagesAsked = 0;

  async function one(feedUrl: string, n: number): Promise<FeedLine> {
    err(`[${n}/${feeds.length}] ${feedUrl}`);
    const r = await client.feed(feedUrl, state.feeds[feedUrl] ?? null);
    state.feeds[feedUrl] = r.state;
    if (r.kind === 'not-modified') return { feed: feedUrl, status: 'not-modified', new: 0, error: null };
    if (r.kind === 'error') {
      return { feed: feedUrl, status: 'error', new: 0, error: reason(r.code, r.detail) };
    }
    const fresh: FeedItem[] = [];
    for (const item of r.feed.items) {
      const key = item.url ? urlKey(item.url) : null;
      if (key && knownUrls.has(key)) continue;
      if (key) knownUrls.add(key);
      fresh.push(item);
    }
    pagesAsked += fresh.filter((i) => i.url).length;
    const articles = await Promise.all(
      fresh.map(async (item) => {
        let extracted: ExtractedPage | null = null;
        if (item.url) {
          const page = await client.page(item.url);
          if (page.ok) extracted = extract(page.html, page.url);
          pagesDone++;
          if (pagesDone % 25 === 0 || pagesDone === pagesAsked) err(`  pages ${pagesDone}/${pagesAsked}`);
        }
        return feedArticle({ item, feed: r.feed, feedUrl: r.url, extracted, fetched });
      }),
    );
    let count = 0;
    for (const a of articles) {
      if (!('article' in a)) continue;
      const article = a.article;
      if (knownIds.has(article.id)) continue;
      const same = byText.get(textKey(article.text));
      if (same && sameArticle(same, article)) continue; // the same article again, not a copy
      knownIds.add(article.id);
      const kept = same ? { ...article, identicalTo: same.id } : article;
      if (!same) byText.set(textKey(article.text), kept);
      added.push(kept);
      count++;
    }
    return { feed: feedUrl, status: 'ok', new: count, error: null };
  }

  // Feeds run side by side; the client's limiter keeps requests in flight to `concurrency`.
  const lines = await Promise.all(
    feeds.map(async (url, i) => {
      const line = await one(url, i + 1);
      return { line, url };
    }),
  );
  // Articles first, then the validators: a 304 next time must never hide articles not saved.
  if (added.length > 0) {
    const sep = corpus.text === '' || corpus.text.endsWith('\n') ? '' : '\n';
    writeWhole(outFile, `${corpus.text}${sep}${corpusToNdjson(added)}`);
  } else if (!existsSync(outFile)) {
    writeWhole(outFile, '');
  }
  if (stateFile) {
    writeWhole(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  }
  for (const { line } of lines) {
    if (json) out(printableJson(line));
    const what =
      line.status === 'ok'
        ? `ok: ${line.new} new article${line.new === 1 ? '' : 's'}`
        : line.status === 'not-modified'
          ? 'not modified'
          : `error: ${line.error}`;
    err(`${line.feed}  ${what}`);
  }
  const read = lines.filter((l) => l.line.status !== 'error').length;
  err(`${read} of ${feeds.length} feeds read, ${added.length} new articles in ${outFile}`);
  return read > 0 ? 0 : 1;
}
