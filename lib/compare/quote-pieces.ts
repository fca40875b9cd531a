/**
 * Quotes cut into pieces (their sentences), and when two pieces of different reports are the
 * same statement: most content words shared (fewer needed when both have the same speaker),
 * nearly the same characters, or, for a fragment of two content words, a trimmed copy.
 */
import { compareTwoStrings } from 'string-similarity';
import { foldText } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { terms } from '../text/tokens';
import type { Quote } from './quotes';
import type { Story } from './story';

export interface Piece {
  quote: number;
  part: number;
  doc: number;
  /** The report sentence the piece is in. */
  uid: number;
  text: string;
  terms: Set<string>;
  folded: string;
}

/** How alike two pieces are, or 0 when they are not the same statement. */
export function likeness(a: Piece, b: Piece, sameSpeaker: boolean): number {
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared++;
  const smaller = Math.min(a.terms.size, b.terms.size);
  const containment = shared / Math.max(1, smaller);
  const chars = compareTwoStrings(a.folded, b.folded);
  // A fragment of two content words is the same statement only if it is a trimmed copy.
  const fragment = smaller < 3 && inOrder(a.folded, b.folded, 3);
  const sameWords =
    smaller >= 3 && (sameSpeaker ? shared >= 2 && containment >= 0.75 : shared >= 3 && containment >= 0.6);
  if (fragment || sameWords || (chars >= 0.75 && shared >= 2)) return containment + chars;
  return 0;
}

/** Are the words of the shorter text found in the longer one, in the same order? */
function inOrder(a: string, b: string, minWords: number): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const want = short.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const have = long.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  let k = 0;
  for (const w of have) if (k < want.length && w === want[k]) k++;
  return want.length >= minWords && k === want.length;
}

/** The sentences of every quote, each with the report sentence it stands in. */
export function quotePieces(story: Story, quotes: Quote[]): Piece[] {
  const pieces: Piece[] = [];
  quotes.forEach((q, quote) => {
    const own = story.docs[q.doc]?.sentences ?? [];
    splitSentences(q.text).forEach((s, part) => {
      const at = q.start + s.start;
      const uid = (own.find((x) => x.start <= at && at < x.end) ?? own[0])?.uid ?? -1;
      const text = s.text;
      pieces.push({
        quote,
        part,
        doc: q.doc,
        uid,
        text,
        terms: new Set(terms(text)),
        folded: foldText(text).toLowerCase(),
      });
    });
  });

  return pieces;
}
