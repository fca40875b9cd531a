/**
 * Sentence segmentation for news text. A period ends a sentence unless it follows a title
 * ("Gen."), an initial ("J. R. R."), or an abbreviation not followed by a sentence opener
 * ("U.S. officials"); a closing quote after the period stays with its sentence; a dateline
 * ("KYIV, Ukraine —") is kept apart from the first sentence; "3.5" and "1,300" never split.
 */
import {
  OTHER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
  isDottedOrInitial,
} from './abbreviations';
import { isLower, isUpper } from './normalize';
import { splitParagraphs } from './paragraphs';

export interface Sentence {
  text: string;
  /** Offsets in the original text: text === original.slice(start, end). */
  start: number;
  end: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  /** The dateline before the first sentence of a report ("KYIV, Ukraine"), if any. */
  dateline?: string;
}

const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s+\p{Lu}[\p{L}.' ]{1,30})?)\s*(?:\([^)]{1,24}\)\s*)?[—–-]{1,2}\s+/u;
const TERMINAL = /[.!?…]/u;
const CLOSERS = /[”’)\]»]/u;

/** Splits `text` into sentences (see the module comment for the rules). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitParagraphs(text).forEach((p, index) => {
    let from = 0;
    const dateline = index === 0 ? DATELINE.exec(p.text) : null;
    if (dateline && /\p{Lu}{2}/u.test(dateline[1] ?? '')) from = dateline[0].length;
    for (const [s, e] of sentenceSpans(p.text, from)) {
      const sentence: Sentence = {
        text: p.text.slice(s, e),
        start: p.start + s,
        end: p.start + e,
        paragraph: index,
      };
      if (dateline && s === from && from > 0) sentence.dateline = (dateline[1] ?? '').trim();
      out.push(sentence);
    }
  });
  return out;
}

/** [start, end) spans of the sentences of one paragraph, from offset `from`. */
function sentenceSpans(p: string, from: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = from;
  let straightOpen = false;
  for (let i = from; i < p.length; i++) {
    const ch = p[i] ?? '';
    if (ch === '"') straightOpen = !straightOpen;
    if (!TERMINAL.test(ch)) continue;
    let j = i;
    while (j + 1 < p.length && TERMINAL.test(p[j + 1] ?? '')) j++;
    const run = p.slice(i, j + 1);
    for (;;) {
      const next = p[j + 1];
      if (next !== undefined && CLOSERS.test(next)) j++;
      else if (next === '"' && straightOpen) {
        straightOpen = false;
        j++;
      } else break;
    }
    const after = p[j + 1];
    if (after !== undefined && !/\s/u.test(after)) {
      i = j;
      continue;
    }
    if (after === undefined || endsHere(p, i, run, j + 1)) {
      spans.push([start, j + 1]);
      start = j + 1;
      while (start < p.length && /\s/u.test(p[start] ?? '')) start++;
    }
    i = j;
  }
  if (p.slice(start).trim().length > 0) spans.push([start, p.trimEnd().length]);
  return spans.filter(([s, e]) => e > s);
}

/** Does the terminal run `run` at `at` end the sentence, given what follows from `rest`? */
function endsHere(p: string, at: number, run: string, rest: number): boolean {
  const tail = p.slice(rest, rest + 80).trimStart();
  const nextWord = /^["“‘'([]*([\p{L}\p{N}]+)/u.exec(tail)?.[1] ?? '';
  const first = nextWord[0];
  if (first === undefined || isLower(first)) return false;
  if (run !== '.') return true;
  const before = /([\p{L}][\p{L}.'’-]*)$/u.exec(p.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const word = before.toLowerCase();
  const opensSentence = SENTENCE_STARTERS.has(nextWord.toLowerCase());
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (/\p{N}/u.test(first)) return !OTHER_ABBREVIATIONS.has(word) && !isDottedOrInitial(before);
  if (isDottedOrInitial(before) && (before.length === 1 ? isUpper(before) : true)) return opensSentence;
  if (OTHER_ABBREVIATIONS.has(word)) return opensSentence;
  return true;
}
