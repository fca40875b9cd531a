/**
 * A headline for an article that has none: its lead sentence, without the dateline,
 * shortened at a word boundary. Callers mark such titles as derived (`titleDerived`).
 */

/** Longest derived headline, in characters (the ellipsis included). */
export const MAX_HEADLINE_LENGTH = 110;

/** "KYIV, Ukraine — ", "LONDON (Reuters) - ", "WASHINGTON — ". */
const DATELINE =
  /^\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}\s.]{1,40})?(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;
/** Words that end a sentence with a period without ending the sentence. */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Prof|No|vs|etc)|\b\p{Lu}|\.\p{Lu})\.$/u;
/** Words a shortened headline should not end on. */
const DANGLING =
  /\s+(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|that|which|who|while|as|is|are|was|were|has|had|have|his|her|its|their)$/i;

/** The first sentence of a paragraph. */
export function firstSentence(paragraph: string): string {
  const boundary = /[.!?]["”’]?(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const candidate = paragraph.slice(0, m.index + m[0].length);
    if (!ABBREVIATION.test(candidate.replace(/["”’]$/u, ''))) return candidate;
  }
  return paragraph;
}

/** Shorten to at most `max` characters at a word boundary, marking the cut with "…". */
export function shortenAtWord(text: string, max = MAX_HEADLINE_LENGTH): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  let previous = '';
  while (previous !== cut) {
    previous = cut;
    cut = cut.replace(DANGLING, '').replace(/[\s,;:—–-]+$/u, '');
  }
  return `${cut}…`;
}

/** Derive a headline from an article's text (paragraphs separated by blank lines). */
export function deriveHeadline(text: string): string {
  const lead = text.trim().split(/\n\s*\n/)[0] ?? '';
  const sentence = firstSentence(lead.replace(DATELINE, '').trim());
  const bare = sentence.replace(/\.$/, '').trim();
  return shortenAtWord(bare);
}
