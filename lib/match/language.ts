/**
 * Cheap language identification: the declared tag when there is one, otherwise the script of
 * the letters and, for Latin script, the share of each language's commonest function words.
 * Only English is matched; anything else is reported, never matched by accident.
 */
import { functionWordLanguages } from './function-words';
import { MATCHED_LANGUAGES } from './languages';
import type { WordInfo } from './words';

export interface LanguageInfo {
  /** ISO 639-1 code, or null when it cannot be told. */
  code: string | null;
  supported: boolean;
}

export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(MATCHED_LANGUAGES);

const SCRIPTS: readonly [RegExp, (sample: string) => string][] = [
  [/\p{Script=Cyrillic}/u, (s) => (/[іїєґ]/iu.test(s) ? 'uk' : 'ru')],
  [/\p{Script=Greek}/u, () => 'el'],
  [/\p{Script=Arabic}/u, () => 'ar'],
  [/\p{Script=Hebrew}/u, () => 'he'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, () => 'ja'],
  [/\p{Script=Hangul}/u, () => 'ko'],
  [/\p{Script=Han}/u, () => 'zh'],
  [/\p{Script=Devanagari}/u, () => 'hi'],
  [/\p{Script=Thai}/u, () => 'th'],
];

const SAMPLE = 4000;
const SAMPLE_WORDS = 400;
const MIN_WORDS = 20;
const MIN_SHARE = 0.12;
const EARLY_WORDS = 100;

function info(code: string | null): LanguageInfo {
  return { code, supported: code !== null && SUPPORTED_LANGUAGES.has(code) };
}

/** The primary subtag of a BCP 47 tag ("en-GB" -> "en"), or null when empty. */
export function primaryTag(tag: string | null | undefined): string | null {
  const t = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return t ? t : null;
}

/** The language a non-Latin script implies, or null when the text is mostly Latin script. */
function byScript(sample: string): string | null {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff)) other++;
  }
  if (other <= (latin + other) * 0.3) return null;
  const letters = Array.from(sample.matchAll(/\p{L}/gu), (m) => m[0]);
  for (const [re, code] of SCRIPTS) {
    const n = letters.filter((c) => re.test(c)).length;
    if (n > letters.length * 0.3) return code(sample);
  }
  return null;
}

/**
 * Letters only one of the detected languages writes, for languages whose function words are
 * few in a text (Turkish joins them to the words as suffixes).
 */
const LETTERS: readonly [string, RegExp][] = [
  ['tr', /[ğıİş]/gu],
  ['pl', /[łąęśźżń]/gu],
];
const MIN_LETTERS = 5;

function byLetters(sample: string): string | null {
  for (const [code, re] of LETTERS) if ((sample.match(re)?.length ?? 0) >= MIN_LETTERS) return code;
  return null;
}

/**
 * The language of a text, from its declared tag or, when missing, from the text itself;
 * `words` are its scanned words when the caller already has them.
 */
export function detectLanguage(
  text: string,
  declared?: string | null,
  words?: readonly WordInfo[],
): LanguageInfo {
  const tag = primaryTag(declared);
  if (tag) return info(tag);
  const sample = text.slice(0, SAMPLE);
  const script = byScript(sample);
  if (script) return info(script);
  const langs: (readonly string[])[] =
    words?.slice(0, SAMPLE_WORDS).map((w) => w.langs) ??
    Array.from(sample.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?/gu), (m) =>
      functionWordLanguages(m[0]),
    ).slice(0, SAMPLE_WORDS);
  // Too little text to tell: matched as English, where it will simply find little.
  if (langs.length < MIN_WORDS) return { code: null, supported: true };
  const hits = new Map<string, number>();
  let seen = 0;
  for (const codes of langs) {
    for (const code of codes) hits.set(code, (hits.get(code) ?? 0) + 1);
    // Plainly English early on (a third of the words are English function words): done.
    if (++seen === EARLY_WORDS && (hits.get('en') ?? 0) >= EARLY_WORDS / 3) return info('en');
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [code, n] of hits) if (n > bestHits) [best, bestHits] = [code, n];
  return info(bestHits >= langs.length * MIN_SHARE ? best : byLetters(sample));
}
