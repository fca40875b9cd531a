/**
 * Scanning a text into words, each analysed once per distinct spelling (news text repeats its
 * words, and this table makes indexing 100,000 articles affordable): its keys as a name and as
 * a plain word, whether it is a function word, a figure, capitalized, an acronym, common.
 */
import { isCommonKey } from './common-words';
import { functionWordLanguages } from './function-words';
import { languageSpec, type LanguageSpec } from './languages';
import { collapse, demonymKey, fold, nameKey, termKey } from './normalize';
import { numberKey, spelledNumber } from './numbers';
import { ENGLISH_STOPWORDS } from './stopwords';

export interface WordInfo {
  surface: string;
  /** Lowercase spelling (for language detection) and its hash (for shingles). */
  lower: string;
  hash: number;
  /** Languages whose function words include it (for language detection). */
  langs: readonly string[];
  /** Null for a function word or a fragment. */
  kind: 'number' | 'word' | null;
  /** The number's key, or the word's key as a name (not stemmed). */
  nameKey: string;
  /** The key as a plain word (stemmed). */
  wordKey: string;
  capitalized: boolean;
  acronym: boolean;
  /** A frequent word ("President", "Tuesday"): never a name even when capitalized. */
  common: boolean;
}

export interface ScannedText {
  words: WordInfo[];
  /** 1 where the word starts a sentence or a line. */
  initial: Uint8Array;
}

const STOP: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS].map((w) => w.replace(/'/g, '')));
const WORD =
  /(?:\p{L}\.){2,}|\d[\d,.]*\d(?:st|nd|rd|th|s)?|\d(?:st|nd|rd|th|s)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;
/** Languages with a decimal comma also group thousands with spaces: "12 000", "1 500 000". */
const WORD_SPACED = new RegExp(
  `(?<![\\d.,])\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d+)?(?![\\d])|${WORD.source}`,
  'gu',
);
const TABLE_LIMIT = 50_000;

const isUpper = (s: string) => s !== s.toLowerCase() && s === s.toUpperCase();

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A copy of a word that does not keep its whole text alive: engines may store a long substring
 * as a view of the string it was cut from, and the word table outlives the text.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** What a language other than English changes in a word's analysis. */
interface Local {
  spec: LanguageSpec;
  stop: ReadonlySet<string>;
  numbers: ReadonlyMap<string, string>;
  common: ReadonlySet<string>;
  key: (lower: string) => string;
}

const locals = new Map<string, Local>();

function localOf(spec: LanguageSpec): Local {
  let l = locals.get(spec.code);
  if (!l) {
    const cache = new Map<string, string>();
    const key = (lower: string) => {
      let k = cache.get(lower);
      if (k === undefined) {
        if (cache.size >= 20_000) cache.clear();
        k = collapse(fold(spec.stem(lower)));
        cache.set(lower, k);
      }
      return k;
    };
    l = {
      spec,
      stop: new Set(spec.stopwords.map((w) => fold(w))),
      numbers: new Map(Object.entries(spec.numbers).map(([w, n]) => [fold(w), n])),
      common: new Set(
        spec.common
          .flatMap((line) => line.split(/\s+/))
          .filter(Boolean)
          .map(key),
      ),
      key,
    };
    locals.set(spec.code, l);
  }
  return l;
}

/** A word as the language writes it without its elided article or its suffix after an apostrophe. */
function bareOf(surface: string, spec: LanguageSpec): string {
  let w = surface;
  if (spec.elision) w = w.replace(spec.elision, '');
  if (spec.apostropheSuffix) w = w.replace(/['’].*$/u, '');
  return w;
}

/** What any word is before its kind is known: no keys, not an acronym, not common. */
function plainWord(surface: string, capitalized: boolean): WordInfo {
  const lower = surface.toLowerCase();
  return {
    surface,
    lower,
    hash: fnv1a(lower),
    langs: functionWordLanguages(lower),
    kind: null,
    nameKey: '',
    wordKey: '',
    capitalized,
    acronym: false,
    common: false,
  };
}

/** A word in a language other than English. */
function analyseLocal(surface: string, local: Local): WordInfo {
  const { spec } = local;
  const base = plainWord(surface, false);
  const c0 = surface.charAt(0);
  if (c0 >= '0' && c0 <= '9') {
    const key = numberKey(surface, spec.decimalComma);
    return key === null ? base : { ...base, kind: 'number', nameKey: key, wordKey: key };
  }
  const bare = bareOf(surface.includes('.') ? surface.replace(/\./g, '') : surface, spec);
  const c = bare.charAt(0);
  const info = { ...base, capitalized: c !== c.toLowerCase() };
  const folded = fold(bare);
  if (folded.length < 2 || local.stop.has(folded) || local.stop.has(fold(surface))) return info;
  const n = local.numbers.get(folded);
  if (n !== undefined) return { ...info, kind: 'number', nameKey: n, wordKey: n };
  // A word for a country's people or things meets the country in every language.
  const wordKey = demonymKey(bare) || local.key(bare.toLowerCase());
  if (wordKey.length < 2) return info;
  return {
    ...info,
    kind: 'word',
    nameKey: nameKey(bare),
    wordKey,
    acronym: bare.length >= 2 && isUpper(bare),
    common: local.common.has(wordKey),
  };
}

function analyseWord(match: string): WordInfo {
  const surface = detach(match);
  const bare = surface.includes('.') ? surface.replace(/\./g, '') : surface;
  const c = bare.charAt(0);
  const info = plainWord(surface, c !== c.toLowerCase());
  if (c >= '0' && c <= '9') {
    const key = numberKey(surface);
    return key === null ? info : { ...info, kind: 'number', nameKey: key, wordKey: key };
  }
  const folded = fold(bare);
  if (folded.length < 2 || STOP.has(folded) || STOP.has(fold(surface))) return info;
  const n = spelledNumber(folded);
  if (n !== null) return { ...info, kind: 'number', nameKey: n, wordKey: n };
  const wordKey = termKey(bare);
  if (wordKey.length < 2) return info;
  return {
    ...info,
    kind: 'word',
    nameKey: nameKey(bare),
    wordKey,
    acronym: bare.length >= 2 && isUpper(bare),
    common: isCommonKey(wordKey),
  };
}

/**
 * Two generations per language: when the current table is full it becomes the old one, so
 * frequent words survive.
 */
interface Table {
  current: Map<string, WordInfo>;
  previous: Map<string, WordInfo>;
  analyse: (surface: string) => WordInfo;
}

const tables = new Map<string, Table>();

function tableOf(lang: string | null): Table {
  const spec = lang === 'en' ? null : languageSpec(lang);
  const code = spec?.code ?? 'en';
  let t = tables.get(code);
  if (!t) {
    const local = spec ? localOf(spec) : null;
    t = {
      current: new Map(),
      previous: new Map(),
      analyse: local ? (s) => analyseLocal(detach(s), local) : analyseWord,
    };
    tables.set(code, t);
  }
  return t;
}

function wordInfo(t: Table, surface: string): WordInfo {
  let i = t.current.get(surface);
  if (i === undefined) {
    i = t.previous.get(surface) ?? t.analyse(surface);
    if (t.current.size >= TABLE_LIMIT) {
      t.previous = t.current;
      t.current = new Map();
    }
    t.current.set(i.surface, i);
  }
  return i;
}

/** True when the gap between two words ends a sentence: a line break, or . ! ? then a space. */
function endsSentence(text: string, from: number, to: number): boolean {
  let stop = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === 46 || c === 33 || c === 63) stop = true;
    else if (stop && (c === 32 || c === 9 || c === 160)) return true;
  }
  return false;
}

/**
 * The words of a text, analysed as words of `lang` (English, the default, also for a language
 * that is not matched: its words only serve to tell the language).
 */
export function scan(text: string, lang: string | null = null): ScannedText {
  const words: WordInfo[] = [];
  const starts: number[] = [];
  const t = tableOf(lang);
  const re = new RegExp(languageSpec(lang)?.decimalComma ? WORD_SPACED : WORD);
  let end = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (words.length === 0 || endsSentence(text, end, m.index)) starts.push(words.length);
    words.push(wordInfo(t, m[0]));
    end = m.index + m[0].length;
  }
  const initial = new Uint8Array(words.length);
  for (const s of starts) initial[s] = 1;
  return { words, initial };
}
