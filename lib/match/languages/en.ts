/** English: the matcher's own light stemmer and function words (unchanged since English only). */
import { stem } from '../normalize';
import { ENGLISH_STOPWORDS } from '../stopwords';
import type { LanguageSpec } from './spec';

export const en: LanguageSpec = {
  code: 'en',
  stem,
  stopwords: [...ENGLISH_STOPWORDS],
  numbers: {},
  common: [],
  decimalComma: false,
};
