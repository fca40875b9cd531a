/**
 * Boilerplate removal for plain-text copies of news articles. Pure and deterministic.
 *
 * Three passes over the paragraphs, all general rules (see boilerplate.ts for the
 * single-paragraph ones):
 *  1. blocks: a reader-appeal block ("A Message from …", "Dear readers," and the appeal
 *     paragraphs after it) and the text of an embedded social post;
 *  2. single paragraphs that are page furniture (widgets, sign-ups, credits, copyright…);
 *  3. the head: a byline line and a copy of the headline, both kept as metadata instead.
 */
import { boilerplateKind, POST_SIGNATURE, type BoilerplateKind } from './boilerplate.ts';
import { joinParagraphs, splitParagraphs } from './paragraphs.ts';

export type RemovedKind = BoilerplateKind | 'appeal' | 'byline' | 'headline';

export interface CleanOptions {
  /** The known headline: a leading paragraph repeating it is removed. */
  headline?: string | null;
}

export interface CleanResult {
  /** Cleaned text: paragraphs separated by exactly one blank line, NFC, trimmed. */
  text: string;
  /** What was removed and why, in text order. */
  removed: { kind: RemovedKind; text: string }[];
}

const APPEAL_OPENER =
  /^(?:a message from .{1,80}|dear (?:readers?|friends|supporters|subscribers))\s*[:,!.]?$/i;
const APPEAL_WORDS =
  /\b(?:support\w*|donat\w*|contribut\w*|subscri\w*|journalism|your help|thank you|silence[ds]?)\b/i;
/** How far after its opener an appeal block may reach. */
const APPEAL_REACH = 12;
/** An embedded post is short; a longer paragraph before a signature is the article's. */
const POST_MAX_LENGTH = 600;
const BYLINE = /^[Bb]y\s+\p{Lu}[^.!?]*$/u;
const BYLINE_MAX_LENGTH = 150;
/** How many leading paragraphs may be byline or headline lines. */
const HEAD_REACH = 3;

/**
 * Mark a reader-appeal block: from its opener to the last paragraph, within reach, that
 * still speaks of support or is a donation widget. An opener with no appeal after it
 * (a letter quoted in an article, say) is left alone.
 */
function markAppeals(paragraphs: string[], kinds: (RemovedKind | null)[]): void {
  paragraphs.forEach((p, start) => {
    if (!APPEAL_OPENER.test(p)) return;
    let end = -1;
    const last = Math.min(paragraphs.length - 1, start + APPEAL_REACH);
    for (let i = start + 1; i <= last; i++) {
      const kind = kinds[i] ?? boilerplateKind(paragraphs[i] ?? '');
      if (APPEAL_WORDS.test(paragraphs[i] ?? '') || kind === 'donation' || kind === 'payment-widget') end = i;
    }
    for (let i = start; i <= end; i++) kinds[i] ??= 'appeal';
  });
}

/**
 * Mark the text of an embedded social post. In a plain-text copy, an embed renders as the
 * post's text followed by its signature line ("— Name (@handle) April 8, 2025"). That text
 * is the source being reported on, not the outlet's reporting: the article reports its
 * substance in its own words, often quoting it. Keeping it would make the outlet appear to
 * say the same thing twice, and to share sentences with every outlet that embedded the same
 * post. So the short paragraph directly before a signature line goes with the signature.
 */
function markEmbeddedPosts(paragraphs: string[], kinds: (RemovedKind | null)[]): void {
  paragraphs.forEach((p, i) => {
    const before = paragraphs[i - 1];
    if (!POST_SIGNATURE.test(p) || before === undefined || before.length > POST_MAX_LENGTH) return;
    kinds[i - 1] ??= 'embed';
  });
}

/** Compare headlines ignoring case, spacing, quote style and final punctuation. */
function sameHeadline(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ')
      .replace(/[.!?\s]+$/, '')
      .trim();
  return key(a) === key(b);
}

function markHead(paragraphs: string[], kinds: (RemovedKind | null)[], headline: string | null): void {
  let seen = 0;
  for (let i = 0; i < paragraphs.length && seen < HEAD_REACH; i++) {
    if (kinds[i] !== null) continue;
    seen++;
    const p = paragraphs[i] ?? '';
    if (p.length <= BYLINE_MAX_LENGTH && BYLINE.test(p)) kinds[i] = 'byline';
    // (Lengths first: the text comparison normalizes both, which a long paragraph need not pay.)
    else if (headline !== null && p.length <= 2 * headline.length && sameHeadline(p, headline))
      kinds[i] = 'headline';
  }
}

/**
 * What each paragraph is when it is not article text (null when it is): the one rule for
 * furniture, used to clean corpus texts here and by the comparison (lib/compare/article-text.ts)
 * for any text it is given, the page being read included.
 */
export function furnitureKinds(
  paragraphs: readonly string[],
  headline?: string | null,
): (RemovedKind | null)[] {
  const all = [...paragraphs];
  const kinds: (RemovedKind | null)[] = all.map(() => null);
  markAppeals(all, kinds);
  markEmbeddedPosts(all, kinds);
  all.forEach((p, i) => {
    kinds[i] ??= boilerplateKind(p);
  });
  markHead(all, kinds, headline?.trim() || null);
  return kinds;
}

export function cleanArticle(raw: string, options: CleanOptions = {}): CleanResult {
  const paragraphs = splitParagraphs(raw);
  const kinds = furnitureKinds(paragraphs, options.headline);
  const kept: string[] = [];
  const removed: CleanResult['removed'] = [];
  paragraphs.forEach((text, i) => {
    const kind = kinds[i] ?? null;
    if (kind === null) kept.push(text);
    else removed.push({ kind, text });
  });
  return { text: joinParagraphs(kept), removed };
}

/** Cleaned text only. */
export function cleanArticleText(raw: string, options: CleanOptions = {}): string {
  return cleanArticle(raw, options).text;
}
