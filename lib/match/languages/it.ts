/** Italian: Snowball stemmer and function words (@orama/stemmers, @orama/stopwords). */
import { stemmer } from '@orama/stemmers/italian';
import { stopwords } from '@orama/stopwords/italian';
import type { LanguageSpec } from './spec';

export const it: LanguageSpec = {
  code: 'it',
  stem: stemmer,
  stopwords: [
    ...stopwords,
    'secondo',
    'dopo',
    'prima',
    'ancora',
    'anche',
    'tutti',
    'tutto',
    'mentre',
    'ansa',
  ],
  numbers: {
    due: '2',
    tre: '3',
    quattro: '4',
    cinque: '5',
    sei: '6',
    sette: '7',
    otto: '8',
    nove: '9',
    dieci: '10',
    undici: '11',
    dodici: '12',
    venti: '20',
    cento: '100',
  },
  common: [
    'lunedì martedì mercoledì giovedì venerdì sabato domenica',
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'milione milioni miliardo miliardi mila mille euro dollari cento',
    'presidente ministro governo',
  ],
  decimalComma: true,
  elision: /^(?:l|d|un|dell|nell|all|dall|sull|quell|quest|c)['’](?=\p{L})/iu,
};
