/**
 * The languages the matcher matches, each in its own module (stemmer, function words, figures,
 * frequent words). Imported by lib/match only, which runs in the background and in Node: the
 * content script never loads this data.
 */
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { pt } from './pt';
import type { LanguageSpec } from './spec';
import { tr } from './tr';

export type { LanguageSpec } from './spec';

const SPECS: ReadonlyMap<string, LanguageSpec> = new Map(
  [en, de, fr, es, it, pt, pl, tr, ar].map((s) => [s.code, s]),
);

export const MATCHED_LANGUAGES: readonly string[] = [...SPECS.keys()];

/** The spec of a matched language, or null. */
export function languageSpec(code: string | null): LanguageSpec | null {
  return code === null ? null : (SPECS.get(code) ?? null);
}
