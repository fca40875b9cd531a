/** Portuguese: Snowball stemmer and function words (@orama/stemmers, @orama/stopwords). */
import { stemmer } from '@orama/stemmers/portuguese';
import { stopwords } from '@orama/stopwords/portuguese';
import type { LanguageSpec } from './spec';

export const pt: LanguageSpec = {
  code: 'pt',
  stem: stemmer,
  stopwords: [...stopwords, 'segundo', 'após', 'sobre', 'entre', 'desde', 'também', 'ainda', 'lusa'],
  numbers: {
    dois: '2',
    duas: '2',
    três: '3',
    quatro: '4',
    cinco: '5',
    seis: '6',
    sete: '7',
    oito: '8',
    nove: '9',
    dez: '10',
    onze: '11',
    doze: '12',
    vinte: '20',
    cem: '100',
  },
  common: [
    'segunda terça quarta quinta sexta sábado domingo feira',
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'milhão milhões mil bilhão bilhões euros reais dólares',
    'presidente ministro governo',
  ],
  decimalComma: true,
};
