/** Spanish: Snowball stemmer and function words (@orama/stemmers, @orama/stopwords). */
import { stemmer } from '@orama/stemmers/spanish';
import { stopwords } from '@orama/stopwords/spanish';
import type { LanguageSpec } from './spec';

export const es: LanguageSpec = {
  code: 'es',
  stem: stemmer,
  stopwords: [...stopwords, 'según', 'tras', 'desde', 'entre', 'sobre', 'hasta', 'efe'],
  numbers: {
    dos: '2',
    tres: '3',
    cuatro: '4',
    cinco: '5',
    seis: '6',
    siete: '7',
    ocho: '8',
    nueve: '9',
    diez: '10',
    once: '11',
    doce: '12',
    veinte: '20',
    cien: '100',
  },
  common: [
    'lunes martes miércoles jueves viernes sábado domingo',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'millón millones mil euros dólares ciento por',
    'presidente ministro gobierno',
  ],
  decimalComma: true,
};
