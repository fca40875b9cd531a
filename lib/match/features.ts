/**
 * What the matcher keeps of an article: its language, its terms (count, type, whether in the
 * headline) and its shingle fingerprint. One scan of the text serves all three; computed the
 * same way whether the article is the query or a corpus entry.
 */
import { detectLanguage, type LanguageInfo } from './language';
import { leadAnchors, minhashOf, shingleHashes } from './minhash';
import { articleTerms, type Terms } from './tokens';
import { scan } from './words';

export type { TermStat } from './tokens';

export interface ArticleFeatures extends Terms {
  fingerprint: Uint32Array;
  /** The text's shingle hashes in order (a query's, to find the articles whose lead it holds). */
  shingles: Uint32Array;
  /** The lead's anchors (see minhash.ts leadAnchors). */
  lead: Uint32Array;
  /** Words of the text (without the headline): how much the text has to say. */
  words: number;
}

export interface Analysis {
  language: LanguageInfo;
  /** Null when the language is not supported: nothing is matched. */
  features: ArticleFeatures | null;
}

/** Language, terms and fingerprint of an article (`lang` is the declared tag, if any). */
export function analyse(title: string | null, text: string, lang?: string | null): Analysis {
  const scanned = scan(text);
  const language = detectLanguage(text, lang, scanned.words);
  if (!language.supported) return { language, features: null };
  // Told apart by English analysis; then each word analysed as a word of its language.
  const local = language.code !== null && language.code !== 'en';
  const body = local ? scan(text, language.code) : scanned;
  const shingles = shingleHashes(body.words.map((w) => w.hash));
  return {
    language,
    features: {
      ...articleTerms(title, body, local ? language.code : null),
      fingerprint: minhashOf(shingles),
      shingles,
      lead: leadAnchors(shingles),
      words: body.words.length,
    },
  };
}
