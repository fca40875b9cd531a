/**
 * The commonest function words of the languages the detector tells apart in Latin script.
 * A text whose words are mostly these of one language is in that language.
 */
import { ENGLISH_STOPWORDS } from './stopwords';

const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: ENGLISH_STOPWORDS,
  fr: new Set(
    'le la les des du de un une et est sont dans pour pas que qui sur avec au aux ce cette il elle ils nous vous ne se par plus son sa ses leur été'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im ist auch es sie wir wird wurde bei nach aus dass'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las de del y en un una que es por para con no se su sus al lo como más pero fue ha son este esta'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo la gli le di del della e è un una che per con non si su al dei delle nel alla sono anche come più ha'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o a os as de do da dos das e em um uma que é para com não se por no na ao mais foi são como sua seu'.split(
      ' ',
    ),
  ),
  pl: new Set(
    'i w na z nie się do że to jest o jak po przez dla od za przy ale czy już także oraz jego jej są był była było być który która które tym ze'.split(
      ' ',
    ),
  ),
  tr: new Set(
    've bir bu da de için ile olarak olan ise ama gibi daha çok en kadar sonra göre değil var yok şu ne o her ki mi'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'de het een en van is dat die in te zijn op met voor niet aan er ook als bij door maar werd wordt om'.split(
      ' ',
    ),
  ),
};

/** Function word -> the languages it belongs to. */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [code, set] of Object.entries(FUNCTION_WORDS)) {
  for (const w of set) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), code]);
}
const NONE: readonly string[] = [];

/** The languages whose function words include this lowercase word (usually none). */
export function functionWordLanguages(lower: string): readonly string[] {
  return WORD_LANGUAGES.get(lower.includes('’') ? lower.replace('’', "'") : lower) ?? NONE;
}
