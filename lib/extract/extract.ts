/**
 * `extractPage`: skip check, probe, then Readability on a clone, paragraphs traced back to the
 * live page, boilerplate left out, and the verdict with its reasons. Never modifies `doc`.
 */

import type { ExtractedPage, PageInfo } from '../types';
import { assembleParagraphs } from './assemble';
import { declaresArticle } from './evidence';
import { mergeFields, type PageFields } from './fields';
import { readMetadata } from './metadata';
import { mapClone } from './paths';
import { probeWith, skipSentence } from './probe';
import { cloneForReadability, MAX_ELEMENTS, runReadability } from './readability';
import { skipReason } from './skip';
import type { PageMetadata, ProbeResult } from './types';
import { judgeExtraction } from './verdict';

/** A page's extraction, with the sentence the popup can show when it is not an article. */
export interface PageExtraction extends ExtractedPage {
  reason: string;
}

/** Text beyond this is no article a reader compares (and Readability's cost grows with it). */
export const MAX_TEXT_CHARS = 3_000_000;
const MAX_MAPPED_NODES = 200_000;
const TOO_LARGE = 'This page is too large to read.';

/**
 * Extracts the article of `doc` (a browser or jsdom document, never modified). Never throws:
 * a page that breaks an assumption is reported as not an article, with an `error` signal.
 */
export function extractPage(doc: Document, url?: string | null): PageExtraction {
  const pageUrl = url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  try {
    return extract(doc, url, pageUrl);
  } catch (err) {
    const name = err instanceof Error ? err.name : 'Error';
    return notArticle(pageUrl, null, [`error:${name}`], 'This page could not be read.');
  }
}

function extract(doc: Document, url: string | null | undefined, pageUrl: string | null): PageExtraction {
  const skip = skipReason(doc, url);
  if (skip) return notArticle(pageUrl, null, [`skip:${skip}`], skipSentence(skip));
  const meta = readMetadata(doc, url);
  const probe = probeWith(doc, meta);
  if (!probe.likely) return notArticle(pageUrl, meta, probe.signals, probe.reason);
  if (pageTooLarge(doc, probe)) return notArticle(pageUrl, meta, [...probe.signals, 'too-large'], TOO_LARGE);

  const clone = cloneForReadability(doc);
  const map = mapClone(doc.body!, clone.body, MAX_MAPPED_NODES);
  const outcome = runReadability(clone);
  if (!outcome.ok) {
    const reason = outcome.reason === 'too-large' ? TOO_LARGE : 'No article text was found.';
    return notArticle(pageUrl, meta, [...probe.signals, outcome.reason], reason);
  }
  const fields = mergeFields(meta, outcome.article);
  const { paragraphs, wordCount } = assembleParagraphs(outcome.article.root, map, doc, fields);
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const verdict = judgeExtraction(wordCount, declaresArticle(meta));
  const info = pageInfo(pageUrl, meta, fields, [...probe.signals, ...verdict.signals], wordCount);
  if (!verdict.isArticle) return { page: info, text: '', paragraphs: [], reason: verdict.reason };
  return { page: { ...info, isArticle: true }, text, paragraphs, reason: verdict.reason };
}

/**
 * True when a page the probe found likely is beyond what is read (Readability's own element
 * guard, the text cap, pathological nesting): `extractPage` then answers "too large" at once.
 * `takeSnapshot` stops at the same limits.
 */
function pageTooLarge(doc: Document, probe: ProbeResult): boolean {
  return (
    probe.signals.includes('too-deep') ||
    doc.getElementsByTagName('*').length > MAX_ELEMENTS ||
    (doc.body?.textContent ?? '').length > MAX_TEXT_CHARS
  );
}

/** The answer for a page too large to read, from its probe and metadata (no copy, no parse). */
export function tooLargePage(doc: Document, url: string | null, probe: ProbeResult): PageExtraction {
  return notArticle(url, readMetadata(doc, url), [...probe.signals, 'too-large'], TOO_LARGE);
}

function notArticle(
  url: string | null,
  meta: PageMetadata | null,
  signals: string[],
  reason: string,
): PageExtraction {
  const fields = meta ? mergeFields(meta, null) : null;
  return { page: pageInfo(url, meta, fields, signals, 0), text: '', paragraphs: [], reason };
}

function pageInfo(
  url: string | null,
  meta: PageMetadata | null,
  f: PageFields | null,
  signals: string[],
  wordCount: number,
): PageInfo {
  return {
    isArticle: false,
    title: f?.title ?? null,
    byline: f?.byline ?? null,
    siteName: f?.siteName ?? null,
    publishedTime: f?.publishedTime ?? null,
    lang: f?.lang ?? null,
    wordCount,
    signals: [...new Set(signals)],
    url,
    canonicalUrl: meta?.canonicalUrl ?? null,
  };
}
