/**
 * Discrepancies in naming, within one claim: one person given titles that cannot both be
 * meant ("Prime Minister" / "President"; "minister" and "foreign minister" agree). Only
 * sentences stating the same claim are compared: a person may hold several titles. (Places
 * are values compared across the whole texts: see discrepancies.ts.)
 */
import { sameClaim, type Alignment } from './align';
import { bigramDice, bigramProfile } from './bigrams';
import { sidesText } from './format';
import { pushTo } from './collections';
import { inConflict } from './conflict';
import { PERSON_TITLES } from './entity-cues';
import type { EntityIndex, Mention } from './entities';
import type { Story } from './story';
import type { Discrepancy, DiscrepancyValue } from './types';

const ABBREVIATED: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  pres: 'president',
  lt: 'lieutenant',
  col: 'colonel',
  adm: 'admiral',
  capt: 'captain',
  sgt: 'sergeant',
};
/** Words of a title that do not change what it is. */
const NEUTRAL = new Set(['acting', 'first', 'state', 'the', 'mr', 'mrs', 'ms', 'dr']);
/** A title that names a past role: a person has had many, so it is not compared. */
const PAST = /\b(?:former|then|ex)\b/i;
/** The chamber in a title says what its holder is ("Senate Majority Leader" is a senator). */
const MEMBER_OF: Record<string, string> = { senate: 'senator', house: 'representative' };

export function namingDiscrepancies(
  story: Story,
  alignment: Alignment,
  entities: EntityIndex,
): Discrepancy[] {
  return [...titleDiscrepancies(story, alignment, entities), ...spellingDiscrepancies(story, entities)];
}

/** The words that make a title what it is: "Foreign Minister" -> foreign, minister. */
function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .map((w) => ABBREVIATED[w] ?? MEMBER_OF[w] ?? w)
    .filter((w) => PERSON_TITLES.has(w) && !NEUTRAL.has(w));
}

/** Titles agree when the words of one are among the words of the other. */
function agree(a: Mention, b: Mention): boolean {
  const [x, y] = [titleWords(a.title ?? ''), titleWords(b.title ?? '')];
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  return small.every((w) => large.includes(w));
}

function titleDiscrepancies(story: Story, alignment: Alignment, entities: EntityIndex): Discrepancy[] {
  const byPerson = new Map<string, Mention[]>();
  for (const m of entities.mentions) {
    if (m.kind !== 'person' || !m.title || PAST.test(m.title)) continue;
    if (titleWords(m.title).length > 0) pushTo(byPerson, m.key, m);
  }
  const out: Discrepancy[] = [];
  for (const [key, list] of byPerson) {
    const clashing = list.filter((a) =>
      list.some((b) => b.doc !== a.doc && !agree(a, b) && sameClaim(story, alignment, a.uid, b.uid)),
    );
    if (clashing.length === 0) continue;
    const perDoc = new Map<number, Mention[]>();
    for (const m of clashing) pushTo(perDoc, m.doc, m);
    if (!inConflict([...perDoc.values()], agree)) continue;
    out.push({
      about: `Title of ${entities.names.get(key) ?? key}`,
      kind: 'title',
      values: distinct(story, clashing, (m) => m.title ?? ''),
    });
  }
  return out;
}

function distinct(story: Story, list: Mention[], value: (m: Mention) => string): DiscrepancyValue[] {
  const seen = new Set<string>();
  const out: DiscrepancyValue[] = [];
  for (const m of [...list].sort((a, b) => a.doc - b.doc || a.uid - b.uid)) {
    const v = value(m);
    const key = `${m.doc}:${v.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: story.docs[m.doc]?.input.id ?? '', value: v, text: story.sentences[m.uid]?.text ?? '' });
  }
  return out;
}

/** Two names of similar length sharing their first letters and half their letter pairs. */
export function nearlyAlike(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.slice(0, 2) !== y.slice(0, 2) || Math.abs(x.length - y.length) > 2) return false;
  return bigramDice(bigramProfile(x), bigramProfile(y)) >= 0.5;
}

/**
 * One person's name spelled two ways by different reports ("Reince Preibus", "Reince
 * Priebus"): full names with the same first name and surnames nearly alike, no report using
 * both spellings.
 */
function spellingDiscrepancies(story: Story, entities: EntityIndex): Discrepancy[] {
  const byFirst = new Map<string, Mention[]>();
  for (const m of entities.mentions) {
    const ws = m.surface.split(/\s+/);
    if (m.kind !== 'person' || ws.length < 2) continue;
    pushTo(byFirst, (ws[0] ?? '').toLowerCase(), m);
  }
  const out: Discrepancy[] = [];
  const surname = (m: Mention) => m.surface.split(/\s+/).pop() ?? '';
  for (const list of byFirst.values()) {
    const spellings = new Map<string, Mention[]>();
    for (const m of list) pushTo(spellings, surname(m), m);
    const names = [...spellings.keys()];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [x, y] = [names[i] ?? '', names[j] ?? ''];
        // Same ends too: "Rico" and "Rican" are a name and its adjective.
        if (x.toLowerCase() === y.toLowerCase() || !nearlyAlike(x, y) || x.slice(-1) !== y.slice(-1))
          continue;
        const docsX = new Set(spellings.get(x)?.map((m) => m.doc));
        const docsY = new Set(spellings.get(y)?.map((m) => m.doc));
        if ([...docsX].some((d) => docsY.has(d))) continue;
        const firstPerDoc = [...(spellings.get(x) ?? []), ...(spellings.get(y) ?? [])].filter(
          (m, k, all) => all.findIndex((o) => o.doc === m.doc) === k,
        );
        const values = distinct(story, firstPerDoc, (m) => m.surface);
        out.push({
          about: 'Spelling of a name',
          kind: 'name',
          values,
          sides: [x, y].map((n) => ({
            value: spellings.get(n)?.[0]?.surface ?? n,
            ids: story.docs.filter((d) => (n === x ? docsX : docsY).has(d.index)).map((d) => d.input.id),
          })),
          change: 'disagreement',
        });
        const last = out[out.length - 1];
        if (last)
          last.summary = sidesText(
            last,
            (id) => story.docs.find((d) => d.input.id === id)?.input.outlet ?? id,
          );
      }
    }
  }
  return out;
}
