/**
 * Paragraphs that are page furniture rather than article text, recognized by what they say:
 * share bars, newsletter pitches, "Read more" links, photo credits, the headline or byline
 * repeated in the body. Readability keeps these when they sit inside the article's container.
 */

import { withoutBy } from './byline';
import type { RawParagraph } from './paragraphs';

const SHARE_WORD = String.raw`(?:share(?: (?:this|on))?(?: (?:article|story|page))?|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|copy link|save|comments?|\d+)`;
const SHARE_BAR = new RegExp(String.raw`^${SHARE_WORD}(?:[\s|·•,/]+${SHARE_WORD})*\W*$`, 'i');
const NEWSLETTER = /\b(?:newsletters?|sign up (?:for|to)|subscribe (?:to|for|now)|in your inbox)\b/i;
const LINK_LEAD =
  /^(?:read more|more|related|see also|also read|recommended|watch|listen|read next|more on this story|further reading)\b\s*[:»>-]?/i;
const CREDIT =
  /^(?:(?:photo|image|picture|video|graphic)s?(?: credit)?|credit|source)\s*:|©|\b(?:getty images|ap photo|afp photo|reuters\/|shutterstock)\b/i;

/** Why a paragraph is boilerplate, or null when it is article text. */
export function boilerplateReason(
  p: RawParagraph,
  words: number,
  ctx: { title: string | null; byline: string | null },
): string | null {
  const text = p.text;
  if (words === 0) return 'empty';
  if (words <= 12 && SHARE_BAR.test(text)) return 'share-bar';
  if (words <= 40 && NEWSLETTER.test(text)) return 'newsletter';
  const linked = p.linkChars >= 0.9 * text.length;
  if (linked && words <= 20 && !/^(?:LI|H[1-6])$/.test(p.tag)) return 'related-link';
  if (words <= 25 && LINK_LEAD.test(text) && p.linkChars > 0) return 'related-link';
  if (words <= 15 && CREDIT.test(text)) return 'credit';
  if (ctx.title && same(text, ctx.title)) return 'headline';
  if (ctx.byline && words <= 12 && same(withoutBy(text), ctx.byline)) return 'byline';
  return null;
}

function same(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return k(a) === k(b);
}
