/**
 * `extractPage`: skip check, probe, then Readability on a clone, paragraphs traced back to the
 * live page, boilerplate left out, and the verdict with its reasons. Never modifies `doc`.
 */

import type { ExtractedPage, ExtractedParagraph, PageInfo } from '../types';
import { boilerplateReason } from './boilerplate';
import { declaresArticle } from './evidence';
import { mergeFields, type PageFields } from './fields';
import { readMetadata } from './metadata';
import { collectParagraphs } from './paragraphs';
import { elementPath, liveElementOf, mapClone } from './paths';
import { probeWith, skipSentence } from './probe';
import { MAX_ELEMENTS, runReadability } from './readability';
import { skipReason } from './skip';
import { findByText } from './text-lookup';
import { countWords } from './text';
import type { PageMetadata } from './types';
import { judgeExtraction } from './verdict';

/** A page's extraction, with the sentence the popup can show when it is not an article. */
export interface PageExtraction extends ExtractedPage {
  reason: string;
}

/** Text beyond this is no article a reader compares (and Readability's cost grows with it). */
export const MAX_TEXT_CHARS = 3_000_000;
const MAX_MAPPED_NODES = 200_000;

export function extractPage(doc: Document, url?: string | null): PageExtraction {
  const pageUrl = url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
  const skip = skipReason(doc, url);
  if (skip) return notArticle(pageUrl, null, null, [`skip:${skip}`], skipSentence(skip));
  const meta = readMetadata(doc, url);
  const probe = probeWith(doc, meta);
  if (!probe.likely) return notArticle(pageUrl, meta, null, probe.signals, probe.reason);
  const body = doc.body!;
  if (
    doc.getElementsByTagName('*').length > MAX_ELEMENTS ||
    (body.textContent ?? '').length > MAX_TEXT_CHARS
  ) {
    return notArticle(
      pageUrl,
      meta,
      null,
      [...probe.signals, 'too-large'],
      'This page is too large to read.',
    );
  }

  const clone = doc.cloneNode(true) as Document;
  const map = mapClone(body, clone.body, MAX_MAPPED_NODES);
  const outcome = runReadability(clone);
  if (!outcome.ok) {
    const reason =
      outcome.reason === 'too-large' ? 'This page is too large to read.' : 'No article text was found.';
    return notArticle(pageUrl, meta, null, [...probe.signals, outcome.reason], reason);
  }
  const fields = mergeFields(meta, outcome.article);
  const paragraphs: ExtractedParagraph[] = [];
  const unmapped: number[] = [];
  for (const raw of collectParagraphs(outcome.article.root)) {
    if (boilerplateReason(raw, fields)) continue;
    const live = liveElementOf(raw.owner, map);
    if (!live) unmapped.push(paragraphs.length);
    paragraphs.push({ text: raw.text, path: live ? elementPath(live) : null });
  }
  if (unmapped.length > 0) {
    const found = findByText(
      body,
      unmapped.map((i) => paragraphs[i]!.text),
    );
    unmapped.forEach((i, k) => {
      const el = found[k];
      if (el) paragraphs[i]!.path = elementPath(el);
    });
  }
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const wordCount = countWords(text);
  const verdict = judgeExtraction(wordCount, declaresArticle(meta));
  const info = pageInfo(pageUrl, meta, fields, [...probe.signals, ...verdict.signals], wordCount);
  if (!verdict.isArticle) return { page: info, text: '', paragraphs: [], reason: verdict.reason };
  return { page: { ...info, isArticle: true }, text, paragraphs, reason: verdict.reason };
}

function notArticle(
  url: string | null,
  meta: PageMetadata | null,
  fields: PageFields | null,
  signals: string[],
  reason: string,
): PageExtraction {
  const f = fields ?? (meta ? mergeFields(meta, null) : null);
  return { page: pageInfo(url, meta, f, signals, 0), text: '', paragraphs: [], reason };
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
