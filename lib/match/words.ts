/**
 * Scanning a text into words, each analysed once per distinct spelling (news text repeats its
 * words, and this table makes indexing 100,000 articles affordable): its keys as a name and as
 * a plain word, whether it is a function word, a figure, capitalized, an acronym, common.
 */
import { isCommonKey } from './common-words';
import { functionWordLanguages } from './function-words';
import { fold, nameKey, termKey } from './normalize';
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

function analyseWord(match: string): WordInfo {
  const surface = detach(match);
  const lower = surface.toLowerCase();
  const bare = surface.includes('.') ? surface.replace(/\./g, '') : surface;
  const c = bare.charAt(0);
  const capitalized = c !== c.toLowerCase();
  const info: WordInfo = {
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

/** Two generations: when the current table is full it becomes the old one, so frequent words survive. */
let table = new Map<string, WordInfo>();
let previous = new Map<string, WordInfo>();

function wordInfo(surface: string): WordInfo {
  let i = table.get(surface);
  if (i === undefined) {
    i = previous.get(surface) ?? analyseWord(surface);
    if (table.size >= TABLE_LIMIT) {
      previous = table;
      table = new Map();
    }
    table.set(i.surface, i);
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

export function scan(text: string): ScannedText {
  const words: WordInfo[] = [];
  const starts: number[] = [];
  const re = new RegExp(WORD);
  let end = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (words.length === 0 || endsSentence(text, end, m.index)) starts.push(words.length);
    words.push(wordInfo(m[0]));
    end = m.index + m[0].length;
  }
  const initial = new Uint8Array(words.length);
  for (const s of starts) initial[s] = 1;
  return { words, initial };
}
