/** German: Snowball stemmer and function words (@orama/stemmers, @orama/stopwords). */
import { stemmer } from '@orama/stemmers/german';
import { stopwords } from '@orama/stopwords/german';
import type { LanguageSpec } from './spec';

const NOUN_ENDINGS =
  /(?:e|en|er|ern|es|ung|ungen|heit|keit|schaft|ion|ionen|tät|ismus|nis|tum|chen|ling|ik|ie|ien|ur|ät|ag|eit|ist|ent|ant|at|um|ium)$/;

export const de: LanguageSpec = {
  code: 'de',
  stem: stemmer,
  stopwords: [
    ...stopwords,
    'laut',
    'sowie',
    'sei',
    'seien',
    'wurden',
    'worden',
    'soll',
    'sollen',
    'beim',
    'gibt',
    'mehr',
    'seit',
    'rund',
    'etwa',
    'bereits',
    'schon',
    'heute',
    'dpa',
    'afp',
  ],
  numbers: {
    zwei: '2',
    drei: '3',
    vier: '4',
    fünf: '5',
    sechs: '6',
    sieben: '7',
    acht: '8',
    neun: '9',
    zehn: '10',
    elf: '11',
    zwölf: '12',
    zwanzig: '20',
    hundert: '100',
  },
  common: [
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
    'januar jänner februar märz april mai juni juli august september oktober november dezember',
    'mio millionen million milliarde milliarden mrd tausend prozent euro dollar',
    'jahr jahre jahren tag tage tagen woche wochen monat monaten uhr zeit ende anfang',
    'regierung land länder stadt menschen leute frau mann kinder polizei präsident minister',
    'sagte sagt erklärte berichtet bericht angaben zufolge',
  ],
  decimalComma: true,
};
