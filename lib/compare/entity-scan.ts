/**
 * Finds the capitalized names of a sentence and the cues around them: a title before a
 * person ("Foreign Minister Andrii Sybiha"), a demonym ("Ukrainian President ..."), a place
 * word before or after ("the villages of X and Y", "the Donetsk region"), a reporting verb after.
 */
import { DEMONYMS } from '../text/places';
import { STOPWORDS } from '../text/stopwords';
import { words, type Word } from '../text/tokens';
import {
  NAME_CONNECTORS,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_AFTER,
  PLACE_BEFORE,
  SPEECH_VERBS,
} from './entity-cues';
import { appositiveTitle, clean, isCap, lower } from './entity-words';

export interface RawMention {
  /** The name's words, possessive removed ("Volodymyr", "Zelensky"). */
  words: string[];
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Title words before the name, as written ("Foreign Minister"), or null. */
  title: string | null;
  /** The place a demonym before the name stands for ("Ukrainian President X" -> Ukraine). */
  demonymPlace: string | null;
  /** A place cue around the name. */
  placeCue: boolean;
  /** A reporting verb right after the name ("Sybiha said"). */
  speechAfter: boolean;
}

export function scanSentence(text: string, ws: Word[] = words(text)): RawMention[] {
  const out: RawMention[] = [];
  let previousPlace: RawMention | null = null;
  for (let i = 0; i < ws.length; i++) {
    if (!isCap(ws[i] as Word)) continue;
    let j = i;
    while (j + 1 < ws.length) {
      const gap = text.slice((ws[j] as Word).end, (ws[j + 1] as Word).start);
      const abbreviated =
        gap === '. ' && (PERSON_TITLES.has(lower(ws[j])) || /^\p{Lu}$/u.test((ws[j] as Word).text));
      if (/['’]s?$/u.test((ws[j] as Word).text) || !(/^[ -]$/.test(gap) || abbreviated)) break;
      // A party and a state ("R-Ariz.", "D-Phoenix") is not part of a name.
      if (gap === '-' && (ws[j] as Word).text.length === 1) break;
      if (isCap(ws[j + 1] as Word)) j++;
      else if (joinsName(ws, j, text)) j += 2;
      else break;
    }
    let from = i;
    i = j;
    // Leading function words ("The", "In") are capitalized by position, not by name.
    while (from <= j && STOPWORDS.has(lower(ws[from])) && !/^\p{Lu}+$/u.test(ws[from]?.text ?? '')) from++;
    const mention = from <= j ? toMention(ws, from, j, text) : null;
    if (!mention) continue;
    const between = previousPlace ? text.slice(previousPlace.end, mention.start) : '';
    if (previousPlace && /^(?:,\s*|,?\s+and\s+|\s+or\s+)$/u.test(between)) mention.placeCue = true;
    out.push(mention);
    previousPlace = mention.placeCue ? mention : null;
  }
  return out;
}

/** Does a lowercase connector at j+1 link ws[j] to a capitalized ws[j+2]? */
function joinsName(ws: Word[], j: number, text: string): boolean {
  const link = ws[j + 1];
  const next = ws[j + 2];
  if (!link || !next || !isCap(next) || text.slice(link.end, next.start) !== ' ') return false;
  if (NAME_CONNECTORS.has(link.text.toLowerCase())) return true;
  return link.text === 'of' && ORG_WORDS.has(lower(ws[j]));
}

/** The mention made of the words ws[from..to]. */
function toMention(ws: Word[], from: number, to: number, text: string): RawMention | null {
  let titleWords: string[] = [];
  let demonymPlace: string | null = null;
  const span = ws.slice(from, to + 1);
  // Lowercase titles right before the name ("foreign minister Andrii Sybiha").
  let k = from - 1;
  while (
    k >= 0 &&
    PERSON_TITLES.has(lower(ws[k])) &&
    /^\.? $/.test(text.slice((ws[k] as Word).end, (ws[k + 1] as Word).start))
  ) {
    titleWords.unshift((ws[k] as Word).text);
    k--;
  }
  const name = [...span];
  const demonym = DEMONYMS.get(name.slice(0, 2).map(lower).join(' '))
    ? 2
    : DEMONYMS.get(lower(name[0]))
      ? 1
      : 0;
  if (demonym > 0 && name.length > demonym && PERSON_TITLES.has(lower(name[demonym]))) {
    demonymPlace = DEMONYMS.get(name.slice(0, demonym).map(lower).join(' ')) ?? null;
    name.splice(0, demonym);
  }
  // An organization named after an office keeps its words ("State Department", "Foreign Ministry").
  const organization = ORG_WORDS.has(lower(name[name.length - 1]));
  while (!organization && name.length > 1 && PERSON_TITLES.has(lower(name[0]))) {
    titleWords.push((name.shift() as Word).text);
  }
  // A title inside the name: "House Speaker John Boehner", "Senate Majority Leader Harry Reid".
  const inner = name.findLastIndex((w, t) => t < name.length - 1 && PERSON_TITLES.has(lower(w)));
  if (inner > 0 && !name.slice(inner + 1).some((w) => ORG_WORDS.has(lower(w)))) {
    titleWords.push(...name.splice(0, inner + 1).map((w) => w.text));
  }
  if (name.length === 1 && PERSON_TITLES.has(lower(name[0])) && !ORG_WORDS.has(lower(name[0]))) return null;
  if (titleWords.length === 0) titleWords = appositiveTitle(ws, from, to, text);
  const head = name[0] as Word;
  const last = name[name.length - 1] as Word;
  const after = ws[to + 1];
  const before = text.slice(Math.max(0, head.start - 40), head.start);
  return {
    words: name.map((w) => clean(w.text)),
    start: head.start,
    end: last.end,
    title: titleWords.length > 0 ? titleWords.join(' ') : null,
    demonymPlace,
    placeCue: PLACE_BEFORE.test(before) || (after !== undefined && PLACE_AFTER.has(after.text.toLowerCase())),
    speechAfter: after !== undefined && SPEECH_VERBS.has(after.text.toLowerCase()),
  };
}
