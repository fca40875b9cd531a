/**
 * Arabic: Snowball stemmer and function words (@orama/stemmers, @orama/stopwords). Arabic has no
 * capital letters, so no word is told to be a name: names weigh as plain words, and a text in
 * Arabic meets one in another script only by its figures.
 */
import { stemmer } from '@orama/stemmers/arabic';
import { stopwords } from '@orama/stopwords/arabic';
import type { LanguageSpec } from './spec';

export const ar: LanguageSpec = {
  code: 'ar',
  stem: stemmer,
  stopwords,
  numbers: {},
  common: ['الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد', 'مليون مليار ألف دولار'],
  decimalComma: false,
};
