/** The final word on "is this an article", from the probe, the metadata and what was extracted. */

/**
 * Fewer words than this is not an article to compare... (low on purpose: a page the probe
 * found one long paragraph on, about 25 words, should not be turned down after extraction)
 */
export const MIN_WORDS = 25;
/** ...unless the page declares itself one (a paywalled article shows only its lead). */
export const MIN_WORDS_DECLARED = 15;

export interface Verdict {
  isArticle: boolean;
  signals: string[];
  reason: string;
}

export function judgeExtraction(words: number, declared: boolean): Verdict {
  if (words >= MIN_WORDS) {
    return { isArticle: true, signals: ['extracted'], reason: 'Article text was found.' };
  }
  if (declared && words >= MIN_WORDS_DECLARED) {
    return {
      isArticle: true,
      signals: ['extracted', 'short-text'],
      reason: 'The page declares itself an article; only a short text is readable.',
    };
  }
  return {
    isArticle: false,
    signals: ['short-text'],
    reason: 'Too little text was found.',
  };
}
