/**
 * `probePage`: the cheap first look. Decides whether the full extraction is worth running,
 * from the page's metadata and one bounded pass over its elements. No Readability here.
 */

import { declaresArticle, declaresListing } from './evidence';
import { readMetadata } from './metadata';
import { pageStats, type PageStats } from './page-stats';
import { skipReason } from './skip';
import type { PageMetadata, ProbeResult } from './types';

/**
 * Deeper than this, the text sits in a pathological nesting that Readability takes seconds
 * on. Real layouts stay well under (50 nested tables put text about 200 levels down).
 */
export const MAX_TEXT_DEPTH = 400;
/** `isProbablyReaderable`'s threshold. */
const MIN_TEXT_SCORE = 20;
/** With article metadata, one real paragraph is enough (paywalled pages show only the lead). */
const MIN_LONGEST_DECLARED = 80;

/** The cheap first look at a page; never throws (a page that breaks it is "not likely"). */
export function probePage(doc: Document, url?: string | null): ProbeResult {
  try {
    const skip = skipReason(doc, url);
    if (skip) return { likely: false, signals: [`skip:${skip}`], reason: skipSentence(skip) };
    return probeWith(doc, readMetadata(doc, url));
  } catch (err) {
    const name = err instanceof Error ? err.name : 'Error';
    return { likely: false, signals: [`error:${name}`], reason: 'This page could not be read.' };
  }
}

/** The probe with metadata already read (extractPage reads it once for both). */
export function probeWith(doc: Document, meta: PageMetadata): ProbeResult {
  const body = doc.body;
  if (!body) return { likely: false, signals: ['skip:no-body'], reason: skipSentence('no-body') };
  const stats = pageStats(body);
  const signals = [...meta.signals, ...statSignals(stats)];
  const declared = declaresArticle(meta);
  const textual = stats.textScore > MIN_TEXT_SCORE;
  if (looksLikeListing(stats, meta, declared)) {
    signals.push('listing');
    return { likely: false, signals, reason: 'This page looks like a list of articles, not an article.' };
  }
  if (textual) return { likely: true, signals, reason: 'The page has the running text of an article.' };
  if (declared && stats.longest >= MIN_LONGEST_DECLARED) {
    return { likely: true, signals, reason: 'The page declares itself an article.' };
  }
  signals.push('little-text');
  return {
    likely: false,
    signals,
    reason: 'Too little running text.',
  };
}

function looksLikeListing(s: PageStats, meta: PageMetadata, declared: boolean): boolean {
  if (declaresListing(meta) && s.maxLongTogether < 4) return true;
  if (declared) return false;
  return s.layout.looksLikeListing();
}

function statSignals(s: PageStats): string[] {
  const out = [`text-score:${Math.round(s.textScore)}`];
  if (s.paragraphDepth > MAX_TEXT_DEPTH) out.push('too-deep');
  if (s.articleElements > 0) out.push('article-element');
  if (s.truncated) out.push('large-page');
  return out;
}

export function skipSentence(skip: string): string {
  if (skip === 'frame') return 'Frames are not read.';
  if (skip.startsWith('not-html')) return 'This is not a web page (a PDF, image or plain text).';
  if (skip === 'extension-page') return 'Extension pages are not read.';
  if (skip === 'browser-page') return 'Browser pages are not read.';
  return 'It has no body.';
}
