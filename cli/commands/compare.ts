/**
 * `parallax compare FILE [--json] [--corpus CORPUS.ndjson] [--title TITLE] [--date YYYY-MM-DD]`:
 * the extension's pipeline in Node. FILE is an HTML page (.html/.htm) or a plain-text article;
 * `-` is stdin. `--date` gives the page's publication day (plain text has none; it replaces an
 * HTML page's own). A page in a language the matcher does not support is said so, as `match`
 * says it (`unsupportedLanguage`).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Comparison } from '../../lib/compare';
import { isValidIsoDate } from '../../lib/corpus/fields';
import { extractPage } from '../../lib/extract';
import { createIndex, createMatcher } from '../../lib/match';
import { pageFromText } from '../../lib/plain-text';
import { compareStory, matchExtracted } from '../../lib/pipeline';
import type { CorpusArticle, ExtractedPage, Match, PageInfo } from '../../lib/types';
import { parseArgs, stringFlag, UsageError } from '../args';
import { bundledCorpus, loadCorpus, readInput } from '../io';
import { printableJson } from '../output';
import { formatReport } from '../report';

export const MAX_MATCHES = 20;

export interface CompareResult {
  page: Pick<
    PageInfo,
    'isArticle' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'wordCount'
  >;
  matches: Match[];
  comparison: Comparison | null;
  /** Present when the page's language is not supported: its code, or null when unknown. */
  unsupportedLanguage?: string | null;
}

/** `--date`: a real day written YYYY-MM-DD, else a usage error. */
export function parseDateFlag(value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidIsoDate(value))
    throw new UsageError(`--date must be a day written YYYY-MM-DD, got "${value}"`);
  return value;
}

export function extractFile(file: string, content: string, title: string | null): ExtractedPage {
  if (/\.html?$/i.test(file)) {
    const url = pathToFileURL(resolve(file)).href;
    // A page's broken CSS or scripts are its own business: keep jsdom's complaints off stderr.
    const dom = new JSDOM(content, { url, virtualConsole: new VirtualConsole() });
    const extracted = extractPage(dom.window.document, url);
    if (title) extracted.page.title = title;
    try {
      dom.window.close();
    } catch {
      // jsdom's teardown recurses and can overflow on absurdly deep pages; nothing to release.
    }
    return extracted;
  }
  return pageFromText(content, title);
}

export function compareExtracted(extracted: ExtractedPage, corpus: CorpusArticle[]): CompareResult {
  const { page } = extracted;
  const byId = new Map(corpus.map((a) => [a.id, a]));
  const matcher = createMatcher(createIndex(corpus), { texts: (id) => byId.get(id) });
  const outcome = matchExtracted(matcher, extracted, MAX_MATCHES);
  return {
    page: {
      isArticle: page.isArticle,
      title: page.title,
      byline: page.byline,
      siteName: page.siteName,
      publishedTime: page.publishedTime,
      lang: page.lang,
      wordCount: page.wordCount,
    },
    matches: outcome.matches.slice(0, MAX_MATCHES),
    comparison: compareStory(extracted, outcome, byId),
    ...(outcome.language.supported ? {} : { unsupportedLanguage: outcome.language.code }),
  };
}

export function runCompare(argv: string[], out: (s: string) => void): number {
  const args = parseArgs(argv, { json: false, corpus: true, title: true, date: true });
  if (args.positional.length !== 1) {
    throw new UsageError(
      args.positional.length === 0 ? 'compare needs a FILE (or - for stdin)' : 'compare takes one FILE',
    );
  }
  const file = args.positional[0]!;
  const date = parseDateFlag(stringFlag(args, 'date'));
  const corpusPath = stringFlag(args, 'corpus');
  const corpus = corpusPath ? loadCorpus(corpusPath) : bundledCorpus();
  const extracted = extractFile(file, readInput(file).text, stringFlag(args, 'title'));
  if (date !== null) extracted.page.publishedTime = date;
  const result = compareExtracted(extracted, corpus);
  out(args.flags.has('json') ? printableJson(result, 2) : formatReport(result));
  return 0;
}
