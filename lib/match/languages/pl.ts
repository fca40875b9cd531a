/**
 * Polish. Snowball has no Polish stemmer, and no maintained small JS one exists: a light
 * suffix stripper (inflectional endings only, the longest first, leaving at least three
 * letters), which is what light stemmers for Polish retrieval do. Function words written here
 * from the commonest Polish words (@orama/stopwords has no Polish list).
 */
import type { LanguageSpec } from './spec';

const SUFFIXES = `owania owanie owaniu owali owała owało ował ować ościami ościach ości ość
  iejszy iejsza ejszy ejsza ymi imi ych ich ego emu owie owi ami ach ują uje ują
  ali ały ała ało ili iły iła iło yli yły yła ył ił ał eni ona ony ane ani
  ów om ie ię ią ej ym im ać ić eć yć a e i y o u ę ą`
  .split(/\s+/)
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

export function stemPolish(word: string): string {
  for (const s of SUFFIXES)
    if (word.length - s.length >= 3 && word.endsWith(s)) return word.slice(0, -s.length);
  return word;
}

export const pl: LanguageSpec = {
  code: 'pl',
  stem: stemPolish,
  stopwords: `a aby ale albo ani aż bardzo bez bo by być był była było byli były będzie będą
    ci cię co czy czyli dla do dlatego gdy gdyż gdzie go i ich ile im inne iż ja jak jako je
    jego jej jest jestem jeszcze jeśli jednak już każdy kiedy kto która które którego której
    który których którym którzy ku lub ma mają mamy mi mimo może można mu my na nad nam nas
    nawet nic nich nie niech niej nim nią no o od oraz po pod podczas ponad przed przez przy
    również się sobie są ta tak także tam te tego tej ten też to tu tylko tym tych u w we więc
    wszystko wszystkich z za ze że żeby według jeden jedna jedno dwa dwie pap`.split(/\s+/),
  numbers: {
    dwa: '2',
    dwie: '2',
    trzy: '3',
    cztery: '4',
    pięć: '5',
    sześć: '6',
    siedem: '7',
    osiem: '8',
    dziewięć: '9',
    dziesięć: '10',
    sto: '100',
  },
  common: [
    'poniedziałek wtorek środa czwartek piątek sobota niedziela',
    'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'milion miliony milionów miliard miliardy miliardów mln mld tys tysięcy złotych zł procent proc',
    'prezydent minister rząd premier',
  ],
  decimalComma: true,
};
