/**
 * Who and what each report names: people, places and organizations, found by a light
 * rule-based recognizer (capitalized names, a small gazetteer, titles and place words), and
 * brought together across reports ("Zelensky", "Volodymyr Zelenskyy" -> one person).
 */
import { collapseDoubles, foldWord } from '../text/normalize';
import { placeOf } from '../text/places';
import {
  COMPANY_TITLES,
  HONORIFICS,
  NOT_ENTITIES,
  NOT_FIRST_NAMES,
  NOT_IN_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_SUFFIXES,
  STRUCTURE_SUFFIXES,
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
/** Short forms of first names, by the initial of the full form ("Dick Blumenthal" is Richard). */
const NICKNAMES = new Map(
  `dick:r rick:r rich:r bill:w will:w bob:r rob:r bobby:r chuck:c liz:e beth:e betty:e jim:j jimmy:j
mike:m joe:j ted:e ed:e tom:t ben:b chris:c dan:d dave:d tony:a teddy:t sam:s steve:s andy:a jack:j
hank:h kate:k peggy:m matt:m pat:p nick:n alex:a fred:f al:a larry:l jerry:g ron:r don:d greg:g jeff:j
tim:t ken:k newt:n`
    .split(/\s+/)
    .map((e) => e.split(':') as [string, string]),
);
const initialOf = (w: string) => {
  const f = fold(w);
  return NICKNAMES.get(f) ?? f.slice(0, 1);
};
const personKey = (ws: string[]) => `${initialOf(ws[0] ?? '')} ${surnameOf(ws)}`;
/** Words after a company's short name in its full name ("Wal-Mart Stores Inc."). */
const CORPORATE = new Set(
  'stores inc corp corporation co company group holdings industries llc ltd plc'.split(' '),
);
/** A line set like a headline ("Glenn Beck Rips Progressivism at CPAC"): its capitals name nothing. */
const headline = (text: string) => {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return (
    !/[.!?"”:]$/u.test(text.trim()) &&
    long.length >= 4 &&
    long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.8
  );
};

type Pending = RawMention & { doc: number; uid: number };

export function recognizeEntities(story: Story): EntityIndex {
  const raw: Pending[] = [];
  for (const s of story.sentences) {
    if (headline(s.text)) continue;
    for (const m of scanSentence(s.text, s.words)) raw.push({ ...m, doc: s.doc, uid: s.uid });
  }
  // "Wal-Mart" where the story also writes "Wal-Mart Stores Inc.": a company, not a person.
  const companies = new Set<string>();
  for (const m of raw)
    m.words.forEach((w, k) => {
      if (k > 0 && CORPORATE.has(w.toLowerCase().replace(/\.$/, '')))
        companies.add(fold(m.words.slice(0, k).join(' ')));
    });

  const mentions: Mention[] = [];
  const singles: Pending[] = [];
  const add = (m: Pending, key: string, kind: EntityKind, surface: string, title: string | null) =>
    mentions.push({ doc: m.doc, uid: m.uid, start: m.start, end: m.end, key, kind, surface, title });

  for (const m of raw) {
    if (m.demonymPlace) add(m, `place:${fold(m.demonymPlace)}`, 'place', m.demonymPlace, null);
    const ws = m.words;
    const full = ws.join(' ');
    const lowerWords = ws.map((w) => w.toLowerCase().replace(/\.$/, ''));
    if (NOT_ENTITIES.test(full)) continue;
    const place = placeOf(full);
    const title = titleOf(m);
    // As written, initials' periods included ("David H. Petraeus").
    const written = (story.sentences[m.uid]?.text ?? full).slice(m.start, m.end).replace(/['’]s?$/u, '');
    if (place) add(m, `place:${fold(place)}`, 'place', place, null);
    else if (ws.length > 1 && STRUCTURE_SUFFIXES.has(lowerWords[ws.length - 1] ?? ''))
      add(m, `place:${fold(full)}`, 'place', full, null);
    else if (m.placeCue || (ws.length > 1 && PLACE_SUFFIXES.has(lowerWords[ws.length - 1] ?? ''))) {
      const core =
        ws.length > 1 && PLACE_SUFFIXES.has(lowerWords[ws.length - 1] ?? '') ? ws.slice(0, -1) : ws;
      add(m, `place:${fold(core.join(' '))}`, 'place', core.join(' '), null);
    } else if (
      lowerWords.some((w) => ORG_WORDS.has(w)) ||
      /^\p{Lu}{2,6}$/u.test(full) ||
      companies.has(fold(full)) ||
      // "Wal-Mart", "Build-A-Bear": capitalized parts joined without a space are no person's name.
      (ws.length >= 2 && !/\s/.test(written))
    ) {
      const name = (/\s{2,}|\n/.test(written) ? full : written).replace(/^The\s+/u, '');
      // "Wal-Mart Stores Inc." is the "Wal-Mart" the story names elsewhere.
      const core = [...ws];
      while (
        core.length > 1 &&
        CORPORATE.has(core.at(-1)?.toLowerCase().replace(/\.$/, '') ?? '') &&
        companies.has(fold(core.slice(0, -1).join(' ')))
      )
        core.pop();
      add(m, `org:${fold(core.join(' ').replace(/^The\s+/u, ''))}`, 'organization', name, null);
    } else if (
      ws.length >= 2 &&
      ws.length <= 4 &&
      !lowerWords.some((w) => (PERSON_TITLES.has(w) && w !== 'de') || NOT_IN_NAMES.has(w)) &&
      // "Arizona Legislature", "Super Bowl": a place or a common word cannot open a name.
      !placeOf(ws[0] ?? '') &&
      !NOT_FIRST_NAMES.has(lowerWords[0] ?? '')
    ) {
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
    else if (
      m.title &&
      !COMPANY_TITLES.has(m.title.toLowerCase()) &&
      !NOT_IN_NAMES.has((m.words[0] ?? '').toLowerCase())
    ) {
      add(m, `person:? ${fold(m.words[0] ?? '')}`, 'person', m.words[0] ?? '', title);
    }
  }
  mergeAcronyms(mentions);
  mentions.sort((a, b) => a.uid - b.uid || a.start - b.start);
  return summarize(story, mentions);
}

/** "FBI" and "Federal Bureau of Investigation" are one organization: the acronym takes the full name's key. */
function mergeAcronyms(mentions: Mention[]): void {
  const full = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const ws = m.surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (ws.length >= 2) full.set(ws.map((w) => w[0]).join(''), m.key);
  }
  for (const m of mentions) {
    const key =
      m.kind === 'organization' && /^\p{Lu}{2,6}$/u.test(m.surface) ? full.get(m.surface) : undefined;
    if (key) m.key = key;
  }
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
