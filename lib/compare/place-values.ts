/**
 * Places stated in each sentence, with the role they play: "a student in Seattle" (the
 * student's), "the Norwalk event" (the event's). Known places come from the entity
 * recognizer; a capitalized name after "in", "at", "near"... is a place too unless it names a
 * person or an organization. Countries are left out: a story moves between them.
 */
import { DEMONYMS, isBroadPlace, placeOf } from '../text/places';
import { STOPWORDS } from '../text/stopwords';
import type { Word } from '../text/tokens';
import { pushTo } from './collections';
import type { EntityIndex } from './entities';
import { isCap } from './entity-words';
import type { Story } from './story';

export interface PlaceValue {
  key: string;
  display: string;
  broad: boolean;
  /** The word of what the place is the place of, or null. */
  role: string | null;
  /** First word and number of words. */
  at: number;
  span: number;
}

const COUNTRIES = new Set([...DEMONYMS.values()].map((p) => p.toLowerCase()));
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'from']);
const DETERMINERS = new Set(['a', 'an', 'the']);

const wordAt = (ws: Word[], offset: number) => ws.findIndex((w) => w.end > offset);

export function placeValues(story: Story, entities: EntityIndex): Map<number, PlaceValue[]> {
  const out = new Map<number, PlaceValue[]>();
  const named = new Map<number, { start: number; end: number }[]>();
  for (const m of entities.mentions) if (m.kind !== 'place') pushTo(named, m.uid, m);
  // Known places, and names the story uses after "in", "at"...: "gathered in Norwalk".
  const spans: {
    uid: number;
    key: string;
    name: string;
    at: number;
    span: number;
    known: boolean;
    taken: boolean;
  }[] = [];
  for (const m of entities.mentions) {
    if (m.kind !== 'place') continue;
    const name = entities.names.get(m.key) ?? m.surface;
    const s = story.sentences[m.uid];
    const at = s ? wordAt(s.words, m.start) : -1;
    if (!s || at < 0 || !placeLike(name)) continue;
    spans.push({
      uid: m.uid,
      key: placeKey(name),
      name,
      at,
      span: wordAt(s.words, m.end - 1) - at + 1,
      known: true,
      taken: false,
    });
  }
  const covered = new Set<string>();
  for (const p of spans) for (let k = p.at; k < p.at + p.span; k++) covered.add(`${p.uid}:${k}`);
  const locativeNames = new Set<string>();
  for (const p of spans) {
    const ws = story.sentences[p.uid]?.words ?? [];
    if (LOCATIVE.has(ws[p.at - 1]?.text ?? '') && !beforeNoun(ws, p)) locativeNames.add(p.name.toLowerCase());
  }
  for (const s of story.sentences) {
    const ws = s.words;
    const taken = named.get(s.uid) ?? [];
    for (let i = 0; i < ws.length; i++) {
      if (!isCap(ws[i] as Word) || covered.has(`${s.uid}:${i}`)) continue;
      let j = i;
      while (j < ws.length && j < i + 3 && isName(ws[j] as Word)) {
        j++;
        const gap = s.text.slice((ws[j - 1] as Word).end, ws[j]?.start ?? 0);
        if (!/^(?:\.? )$/.test(gap)) break;
      }
      if (j === i) continue;
      const start = (ws[i] as Word).start;
      const end = (ws[j - 1] as Word).end;
      const name = s.text
        .slice(
          start,
          end + (s.text[end] === '.' && /^\p{Lu}\p{Ll}{0,3}$/u.test((ws[j - 1] as Word).text) ? 1 : 0),
        )
        .replace(/['’]s?$/u, '');
      const next = i;
      i = j - 1;
      const isTaken = taken.some((t) => t.start < end && start < t.end);
      if (/^\p{Lu}+$/u.test(name) || !placeLike(name)) continue;
      const locative = LOCATIVE.has(ws[next - 1]?.text ?? '');
      if (locative && !isTaken) locativeNames.add(name.toLowerCase());
      spans.push({
        uid: s.uid,
        key: placeKey(name),
        name,
        at: next,
        span: j - next,
        known: false,
        taken: isTaken,
      });
    }
  }
  spans.sort((a, b) => a.uid - b.uid || a.at - b.at);
  let listed = null as { uid: number; end: number; role: string | null } | null;
  for (const p of spans) {
    const s = story.sentences[p.uid];
    const ws = s?.words ?? [];
    // A place listed after a placed one ("in Miami, West Palm Beach and Ft. Myers") shares its role.
    const gap: string = listed?.uid === p.uid ? (s?.text.slice(listed.end, ws[p.at]?.start) ?? '') : '';
    const inList = /^(?:, |,? and |,? or )$/.test(gap);
    const locative = LOCATIVE.has(ws[p.at - 1]?.text ?? '');
    const used = locativeNames.has(p.name.toLowerCase());
    // Outside a list: a place after "in", "at"... (not "in Jewish support", a word before a
    // noun), or before a noun when the story also has it after "in" ("a Seattle woman").
    if (!inList && (p.taken || (locative ? !p.known && !used : !used) || (locative && beforeNoun(ws, p))))
      continue;
    // "St. Louis-based": a word of a compound, not where something is.
    if (s?.text[ws[p.at + p.span - 1]?.end ?? 0] === '-') continue;
    const role: { word: string | null } | null = inList
      ? { word: listed?.role ?? null }
      : roleOf(ws, p.at, p.span);
    if (!role) continue;
    listed = { uid: p.uid, end: ws[p.at + p.span - 1]?.end ?? 0, role: role.word };
    pushTo(out, p.uid, {
      key: p.key,
      display: p.name,
      broad: isBroadPlace(p.name),
      role: role.word,
      at: p.at,
      span: p.span,
    });
  }
  return out;
}

const ABBREVIATED: Record<string, string> = { ft: 'fort', st: 'saint', mt: 'mount', pt: 'port' };
/** "Ft. Myers" and "Fort Myers" are one place. */
const placeKey = (name: string) =>
  `place:${name
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((w) => ABBREVIATED[w] ?? w)
    .join(' ')}`;

const beforeNoun = (ws: Word[], p: { at: number; span: number }) => {
  const next = ws[p.at + p.span]?.text ?? '';
  return /^\p{Ll}{3,}$/u.test(next) && !STOPWORDS.has(next);
};

/**
 * A name that can be a town or region: not a country ("America" included), every word
 * capitalized, not a group of people ("Republicans", "Democrats") or a party or an office.
 */
function placeLike(name: string): boolean {
  const country = placeOf(name) ?? name;
  if (COUNTRIES.has(country.toLowerCase())) return false;
  const ws = name.split(/\s+/);
  if (ws.some((w) => !/^\p{Lu}/u.test(w) && !['of', 'the', 'de', 'la'].includes(w))) return false;
  return !/(?:ans|ats|ists|Party|Leader|Committee)$/u.test(name);
}

const isName = (w: Word) => isCap(w) && !STOPWORDS.has(w.text.toLowerCase());

/**
 * Where the place stands: after "in", "at"... ("event in Norfolk": the event's), or before a
 * noun after an article ("a Seattle woman": the woman's). Null when it stands elsewhere (a
 * subject, "Governor of Texas"): then it places nothing.
 */
function roleOf(ws: Word[], at: number, span: number): { word: string | null } | null {
  const before = ws[at - 1]?.text ?? '';
  const word = (w: Word | undefined) =>
    w && /^\p{Ll}{3,}$/u.test(w.text) && !STOPWORDS.has(w.text) ? w.text : null;
  if (LOCATIVE.has(before)) {
    // Back over a name and its preposition: "a student at Whatcom Community College in Bellingham".
    for (let k = at - 2; k >= Math.max(0, at - 7); k--) {
      const w = ws[k];
      if (!w || word(w)) return { word: word(w) };
      if (!isCap(w) && !STOPWORDS.has(w.text.toLowerCase())) break;
      if (!isCap(w) && !LOCATIVE.has(w.text) && !DETERMINERS.has(w.text)) break;
    }
    return { word: null };
  }
  if (DETERMINERS.has(before.toLowerCase()) || /^\d/.test(before)) {
    const noun = word(ws[at + span]);
    return noun ? { word: noun } : null;
  }
  return null;
}
