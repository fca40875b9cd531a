/** Turkish: Snowball stemmer and function words (@orama/stemmers, @orama/stopwords). */
import { stemmer } from '@orama/stemmers/turkish';
import { stopwords } from '@orama/stopwords/turkish';
import type { LanguageSpec } from './spec';

export const tr: LanguageSpec = {
  code: 'tr',
  stem: stemmer,
  stopwords: [
    ...stopwords,
    'olarak',
    'olan',
    'oldu',
    'olduğu',
    'ise',
    'ile',
    'sonra',
    'önce',
    'göre',
    'aa',
    'dha',
    'iha',
  ],
  numbers: {
    iki: '2',
    üç: '3',
    dört: '4',
    beş: '5',
    altı: '6',
    yedi: '7',
    sekiz: '8',
    dokuz: '9',
    on: '10',
    yirmi: '20',
    yüz: '100',
  },
  common: [
    'pazartesi salı çarşamba perşembe cuma cumartesi pazar',
    'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
    'milyon milyar bin lira dolar euro yüzde',
    'cumhurbaşkanı bakan başkan hükümet',
  ],
  decimalComma: true,
  apostropheSuffix: true,
};
