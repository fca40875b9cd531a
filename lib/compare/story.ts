/**
 * The story prepared for comparison: every report split into sentences (its text only, not
 * its furniture: article-text.ts), each sentence with its content terms, and the term
 * statistics of the whole story (document frequency over sentences, inverted index).
 */
import { foldText } from '../text/normalize';
import { termsOfWords, words, type Word } from '../text/tokens';
import { articleSentences } from './article-text';
import type { BigramProfile } from './bigrams';
import type { CompareInput } from './types';

export interface StorySentence {
  /** Index in the story (all reports' sentences in order). */
  uid: number;
  /** Index of the report. */
  doc: number;
  /** Index in the report. */
  index: number;
  text: string;
  paragraph: number;
  /** Offsets in the report's text. */
  start: number;
  end: number;
  /** The sentence's words (offsets in the sentence). */
  words: Word[];
  /** Distinct content terms. */
  terms: string[];
  termSet: Set<string>;
  /** Folded lowercase text, for character-level similarity. */
  folded: string;
  /** Its character bigrams, counted when first needed. */
  bigrams?: BigramProfile;
  /** Sum of the squared term weights. */
  norm2: number;
}

export interface StoryDoc {
  index: number;
  input: CompareInput;
  sentences: StorySentence[];
  wordCount: number;
}

export interface Story {
  docs: StoryDoc[];
  sentences: StorySentence[];
  /** Term -> inverse sentence frequency weight. */
  idf: Map<string, number>;
  /** Term -> uids of the sentences that contain it, ascending. */
  postings: Map<string, number[]>;
}

export function prepareStory(inputs: CompareInput[]): Story {
  const sentences: StorySentence[] = [];
  const docs: StoryDoc[] = inputs.map((input, doc) => {
    let wordCount = 0;
    const own = articleSentences(input.text, input.headline).map((s, index): StorySentence => {
      const ws = words(s.text);
      const termSet = new Set(termsOfWords(ws));
      wordCount += ws.length;
      const sentence: StorySentence = {
        uid: sentences.length,
        doc,
        index,
        text: s.text,
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        words: ws,
        terms: [...termSet],
        termSet,
        folded: foldText(s.text).toLowerCase(),
        norm2: 0,
      };
      sentences.push(sentence);
      return sentence;
    });
    return { index: doc, input, sentences: own, wordCount };
  });
  const postings = new Map<string, number[]>();
  for (const s of sentences) {
    for (const t of s.terms) {
      const list = postings.get(t);
      if (list) list.push(s.uid);
      else postings.set(t, [s.uid]);
    }
  }
  const idf = new Map<string, number>();
  const n = Math.max(1, sentences.length);
  for (const [t, list] of postings) idf.set(t, Math.log(1 + n / list.length));
  for (const s of sentences) {
    s.norm2 = s.terms.reduce((sum, t) => sum + (idf.get(t) ?? 0) ** 2, 0);
  }
  return { docs, sentences, idf, postings };
}
