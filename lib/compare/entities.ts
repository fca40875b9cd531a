/**
 * Who and what each report names: people, places and organizations, found by a light
 * rule-based recognizer (capitalized names, a small gazetteer, titles and place words), and
 * brought together across reports ("Zelensky", "Volodymyr Zelenskyy" -> one person).
 */
import { collapseDoubles, foldWord } from '../text/normalize';
import { placeOf } from '../text/places';
import {
  HONORIFICS,
  NOT_FIRST_NAMES,
  NOT_IN_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_SUFFIXES,
} from './entity-cues';
import { scanSentence, type RawMention } from './entity-scan';
import type { Story } from './story';
import type { EntityKind, EntityRow } from './types';

export interface Mention {
  doc: number;
  /** The sentence's uid; offsets are in that sentence. */
  uid: number;
  start: number;
  end: number;
  key: string;
  surface: string;
  kind: EntityKind;
  /** Title used before a person's name (not a mere "Mr."), as written. */
  title: string | null;
}

export interface EntityIndex {
  mentions: Mention[];
  rows: EntityRow[];
  /** Display name of each entity key. */
  names: Map<string, string>;
}

const folded = new Map<string, string>();
/** A name word as a key: folded, doubled letters collapsed (memoized: names repeat). */
function fold(w: string): string {
  let key = folded.get(w);
  if (key === undefined) {
    key = collapseDoubles(foldWord(w));
    if (folded.size > 20_000) folded.clear();
    folded.set(w, key);
  }
  return key;
}
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);
const surnameOf = (ws: string[]) =>
  fold([...ws].reverse().find((w) => !SUFFIXES.has(w.toLowerCase().replace('.', ''))) ?? '');
const personKey = (ws: string[]) => `${fold(ws[0] ?? '').slice(0, 1)} ${surnameOf(ws)}`;

type Pending = RawMention & { doc: number; uid: number };

export function recognizeEntities(story: Story): EntityIndex {
  const raw: Pending[] = [];
  for (const s of story.sentences)
    for (const m of scanSentence(s.text, s.words)) raw.push({ ...m, doc: s.doc, uid: s.uid });

  const mentions: Mention[] = [];
  const singles: Pending[] = [];
  const add = (m: Pending, key: string, kind: EntityKind, surface: string, title: string | null) =>
    mentions.push({ doc: m.doc, uid: m.uid, start: m.start, end: m.end, key, kind, surface, title });

  for (const m of raw) {
    if (m.demonymPlace) add(m, `place:${fold(m.demonymPlace)}`, 'place', m.demonymPlace, null);
    const ws = m.words;
    const full = ws.join(' ');
    const lowerWords = ws.map((w) => w.toLowerCase().replace(/\.$/, ''));
    const place = placeOf(full);
    const title = titleOf(m);
    if (place) add(m, `place:${fold(place)}`, 'place', place, null);
    else if (m.placeCue || (ws.length > 1 && PLACE_SUFFIXES.has(lowerWords[ws.length - 1] ?? ''))) {
      const core =
        ws.length > 1 && PLACE_SUFFIXES.has(lowerWords[ws.length - 1] ?? '') ? ws.slice(0, -1) : ws;
      add(m, `place:${fold(core.join(' '))}`, 'place', core.join(' '), null);
    } else if (lowerWords.some((w) => ORG_WORDS.has(w)) || /^\p{Lu}{2,6}$/u.test(full)) {
      const name = full.replace(/^The\s+/u, '');
      add(m, `org:${fold(name)}`, 'organization', name, null);
    } else if (
      ws.length >= 2 &&
      ws.length <= 4 &&
      !lowerWords.some((w) => (PERSON_TITLES.has(w) && w !== 'de') || NOT_IN_NAMES.has(w)) &&
      // "Arizona Legislature", "Super Bowl": a place or a common word cannot open a name.
      !placeOf(ws[0] ?? '') &&
      !NOT_FIRST_NAMES.has(lowerWords[0] ?? '')
    ) {
      // As written, initials' periods included ("David H. Petraeus").
      const written = (story.sentences[m.uid]?.text ?? full).slice(m.start, m.end).replace(/['’]s?$/u, '');
      add(m, `person:${personKey(ws)}`, 'person', /\s{2,}|\n/.test(written) ? full : written, title);
    } else if (ws.length === 1 && ws[0] && ws[0].length > 1) singles.push(m);
  }

  // Surnames alone: the person of that surname named in the same report, else in the story.
  const bySurname = new Map<string, Map<string, number>[]>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const surname = m.key.slice(m.key.indexOf(' ') + 1);
    const perDoc = bySurname.get(surname) ?? story.docs.map(() => new Map<string, number>());
    const counts = perDoc[m.doc];
    counts?.set(m.key, (counts.get(m.key) ?? 0) + 1);
    bySurname.set(surname, perDoc);
  }
  for (const m of singles) {
    const perDoc = bySurname.get(fold(m.words[0] ?? ''));
    const key = perDoc ? (mostCommon(perDoc[m.doc]) ?? mostCommon(mergeCounts(perDoc))) : null;
    const title = titleOf(m);
    if (key) add(m, key, 'person', m.words[0] ?? '', title);
    else if (m.title && !NOT_IN_NAMES.has((m.words[0] ?? '').toLowerCase())) {
      add(m, `person:? ${fold(m.words[0] ?? '')}`, 'person', m.words[0] ?? '', title);
    }
  }
  mentions.sort((a, b) => a.uid - b.uid || a.start - b.start);
  return summarize(story, mentions);
}

/** The title before a name, as written, unless it is a mere honorific ("Mr."). */
function titleOf(m: RawMention): string | null {
  return m.title && !HONORIFICS.has(m.title.toLowerCase().replace(/\.$/, '')) ? m.title : null;
}

function mergeCounts(maps: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [k, n] of m) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

function mostCommon(counts: Map<string, number> | undefined): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [k, n] of counts ?? [])
    if (n > bestN || (n === bestN && best !== null && k < best)) [best, bestN] = [k, n];
  return best;
}

function summarize(story: Story, mentions: Mention[]): EntityIndex {
  const surfaces = new Map<string, Map<string, number>>();
  const docs = new Map<string, Set<number>>();
  const kinds = new Map<string, EntityKind>();
  const uses = new Map<string, number>();
  for (const m of mentions) {
    uses.set(m.key, (uses.get(m.key) ?? 0) + 1);
    const counts = surfaces.get(m.key) ?? new Map<string, number>();
    // Fuller names are preferred for display (up to four words), then the most used.
    const size = Math.min(4, m.surface.split(' ').length);
    counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1000 ** (size - 1));
    surfaces.set(m.key, counts);
    docs.set(m.key, (docs.get(m.key) ?? new Set()).add(m.doc));
    kinds.set(m.key, m.kind);
  }
  const names = new Map<string, string>();
  for (const [key, counts] of surfaces) names.set(key, mostCommon(counts) ?? key);
  const rows: (EntityRow & { n: number })[] = [...docs].map(([key, set]) => ({
    name: names.get(key) ?? key,
    kind: kinds.get(key) ?? 'organization',
    outlets: story.docs.filter((d) => set.has(d.index)).map((d) => d.input.id),
    n: uses.get(key) ?? 0,
  }));
  rows.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length || b.n - a.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return { mentions, rows: rows.map(({ n: _n, ...row }) => row), names };
}
