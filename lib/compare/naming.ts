/**
 * Discrepancies in naming, within one claim: one person given titles that cannot both be
 * meant ("Prime Minister" / "President"; "minister" and "foreign minister" agree). Only
 * sentences stating the same claim are compared: a person may hold several titles. (Places
 * are values compared across the whole texts: see discrepancies.ts.)
 */
import { sameClaim, type Alignment } from './align';
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
  return titleDiscrepancies(story, alignment, entities);
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
