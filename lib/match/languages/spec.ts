/**
 * What the matcher needs to know of a language: how to stem its words, which words say nothing
 * (function words), how it writes figures and spells small numbers, and which frequent words
 * (weekdays, months, scale words such as "Millionen") are never names. One module per language
 * beside this file; only the background (where matching runs) loads them.
 */
export interface LanguageSpec {
  code: string;
  /** Stem of a lowercase word (diacritics kept: Snowball stemmers expect them). */
  stem(lower: string): string;
  /** Function words, lowercase. */
  stopwords: readonly string[];
  /** Spelled-out numbers, lowercase: "zwei" -> "2". */
  numbers: Readonly<Record<string, string>>;
  /** Frequent words that are never names (weekdays, months, scale words), lowercase. */
  common: readonly string[];
  /** Decimal comma and dot (or space) between thousands: "1.500" is 1500, "1,5" is 1.5. */
  decimalComma: boolean;
  /** Elided articles and prepositions cut off a word's front: "l'enquête" -> "enquête". */
  elision?: RegExp;
  /** Suffixes written after an apostrophe, cut off: Turkish "Erdoğan'ın" -> "Erdoğan". */
  apostropheSuffix?: boolean;
}
