/**
 * Text to typed terms. A term is a name (a capitalized word used as a proper noun, or an
 * acronym), a number, or a plain word; function words are dropped. Whether a capitalized word
 * at the start of a sentence is a name is decided from the rest of the text: "Chinese" is a
 * name when it is capitalized elsewhere in the middle of a sentence, "Our" is not.
 */
import { isCommonKey } from './common-words';
import { fold, nameKey, termKey } from './normalize';
import { numberKey, spelledNumber } from './numbers';
import { ENGLISH_STOPWORDS } from './stopwords';

export type TermType = 'name' | 'number' | 'word';

export interface Token {
  key: string;
  type: TermType;
  /** The word as written (for explanations). */
  surface: string;
}

export interface RawWord {
  surface: string;
  initial: boolean;
}

/** What a written word is, whatever its context (memoized: news text repeats its words). */
interface WordInfo {
  /** Null for a function word or a fragment. */
  kind: 'number' | 'word' | null;
  /** Number key, or the key as a name. */
  nameKey: string;
  /** Key as a plain word (stemmed). */
  wordKey: string;
  capitalized: boolean;
  acronym: boolean;
  /** Capitalized but a frequent word ("President", "Tuesday"): never a name. */
  common: boolean;
}

const STOP: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS].map((w) => w.replace(/'/g, '')));
const WORD =
  /(?:\p{L}\.){2,}|\d[\d,.]*\d(?:st|nd|rd|th|s)?|\d(?:st|nd|rd|th|s)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;

const isUpper = (s: string) => s !== s.toLowerCase() && s === s.toUpperCase();

function analyseWord(surface: string): WordInfo {
  const bare = surface.includes('.') ? surface.replace(/\./g, '') : surface;
  const c = bare.charAt(0);
  const capitalized = c !== c.toLowerCase();
  const info: WordInfo = { kind: null, nameKey: '', wordKey: '', capitalized, acronym: false, common: false };
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
    kind: 'word',
    nameKey: nameKey(bare),
    wordKey,
    capitalized,
    acronym: bare.length >= 2 && isUpper(bare),
    common: isCommonKey(wordKey),
  };
}

let infos = new Map<string, WordInfo>();
function wordInfo(surface: string): WordInfo {
  let i = infos.get(surface);
  if (i === undefined) {
    if (infos.size >= 200_000) infos = new Map();
    i = analyseWord(surface);
    infos.set(surface, i);
  }
  return i;
}

const SENTENCE_END = /[.!?]["”’)\]]?\s|\n/;

/** The words of a text, each marked when it starts a sentence (or a line). */
export function scanWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const initial = out.length === 0 || SENTENCE_END.test(text.slice(end, m.index));
    out.push({ surface: m[0], initial });
    end = m.index + m[0].length;
  }
  return out;
}

/** Per name key: how often it is written capitalized mid-sentence, and how often in lowercase. */
export interface CaseStats {
  capitalized: Map<string, number>;
  lower: Map<string, number>;
}

function caseStats(words: RawWord[]): CaseStats {
  const capitalized = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const w of words) {
    const i = wordInfo(w.surface);
    if (i.kind !== 'word') continue;
    if (!i.capitalized) lower.set(i.nameKey, (lower.get(i.nameKey) ?? 0) + 1);
    else if (!w.initial) capitalized.set(i.nameKey, (capitalized.get(i.nameKey) ?? 0) + 1);
  }
  return { capitalized, lower };
}

function isName(i: WordInfo, initial: boolean, stats: CaseStats, allCaps: boolean): boolean {
  if (!i.capitalized || i.common) return false;
  if (i.acronym && !allCaps) return true;
  const cap = stats.capitalized.get(i.nameKey) ?? 0;
  const low = stats.lower.get(i.nameKey) ?? 0;
  if (low > cap) return false;
  return !initial || cap > 0 || low === 0;
}

function tokensOf(words: RawWord[], stats: CaseStats): Token[] {
  const allCaps = isUpper(words.map((w) => w.surface).join(''));
  const out: Token[] = [];
  for (const w of words) {
    const i = wordInfo(w.surface);
    if (i.kind === 'number') out.push({ key: i.nameKey, type: 'number', surface: w.surface });
    else if (i.kind === 'word') {
      const name = isName(i, w.initial, stats, allCaps);
      out.push({ key: name ? i.nameKey : i.wordKey, type: name ? 'name' : 'word', surface: w.surface });
    }
  }
  return out;
}

/** Terms of a body text (its scanned words), and the case statistics that classified them. */
export function tokenize(words: RawWord[]): { tokens: Token[]; stats: CaseStats } {
  const stats = caseStats(words);
  return { tokens: tokensOf(words, stats), stats };
}

/**
 * Terms of a headline. Headlines are often in Title Case, so a word is a name only when the
 * body (its `stats`) uses it as one, or when it is an acronym.
 */
export function tokenizeHeadline(title: string, stats: CaseStats): Token[] {
  const words = scanWords(title).map((w) => ({ ...w, initial: true }));
  return tokensOf(words, stats);
}

/** Lowercase words, function words included: the material of shingles and of language tests. */
export function plainWords(words: readonly RawWord[]): string[] {
  return words.map((w) => w.surface.toLowerCase());
}
