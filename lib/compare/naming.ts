/**
 * Discrepancies in naming: a claim set in different places by different reports ("in
 * Kharkiv" / "in Odesa"), or one person given titles that cannot both be meant
 * ("Prime Minister" / "President"; "minister" and "foreign minister" agree).
 */
import { pushTo } from './collections';
import { DEMONYMS } from '../text/places';
import type { Alignment } from './align';
import { inConflict } from './conflict';
import type { EntityIndex, Mention } from './entities';
import type { Story } from './story';
import type { Discrepancy, DiscrepancyValue } from './types';

const LOCATIVE = /\b(?:in|near|at|outside|into)\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu;
const COUNTRIES = new Set([...DEMONYMS.values()].map((p) => p.toLowerCase()));
const TITLE_WORDS: Record<string, string> = {
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
const IGNORED_TITLE_WORDS = new Set(['former', 'then', 'acting', 'deputy', 'first', 'the']);

export function namingDiscrepancies(
  story: Story,
  alignment: Alignment,
  entities: EntityIndex,
): Discrepancy[] {
  return [...placeDiscrepancies(story, alignment, entities), ...titleDiscrepancies(story, entities)];
}

function placeDiscrepancies(story: Story, alignment: Alignment, entities: EntityIndex): Discrepancy[] {
  const byUid = new Map<number, Mention[]>();
  for (const m of entities.mentions) {
    if (m.kind !== 'place' || COUNTRIES.has((entities.names.get(m.key) ?? '').toLowerCase())) continue;
    const s = story.sentences[m.uid];
    if (s && LOCATIVE.test(s.text.slice(0, m.start))) pushTo(byUid, m.uid, m);
  }
  const out: Discrepancy[] = [];
  for (const group of alignment.groups) {
    const perDoc = new Map<number, Set<string>>();
    const where: Mention[] = [];
    for (const uid of group) {
      for (const m of byUid.get(uid) ?? []) {
        perDoc.set(m.doc, (perDoc.get(m.doc) ?? new Set()).add(m.key));
        where.push(m);
      }
    }
    if (perDoc.size < 2 || !inConflict([...perDoc.values()])) continue;
    const text = story.sentences[group[0] ?? -1]?.text ?? '';
    out.push({
      about: `place of: ${text.length > 90 ? `${text.slice(0, 88)}…` : text}`,
      kind: 'place',
      values: distinct(story, where, (m) => m.surface),
    });
  }
  return out;
}

function normalTitle(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .map((w) => TITLE_WORDS[w] ?? w)
    .filter((w) => w && !IGNORED_TITLE_WORDS.has(w));
}

/** Titles agree when the words of one are among the words of the other. */
function compatible(a: string[], b: string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.includes(w));
}

function titleDiscrepancies(story: Story, entities: EntityIndex): Discrepancy[] {
  const byPerson = new Map<string, Mention[]>();
  for (const m of entities.mentions) {
    if (m.kind === 'person' && m.title && normalTitle(m.title).length > 0) pushTo(byPerson, m.key, m);
  }
  const out: Discrepancy[] = [];
  for (const [key, list] of byPerson) {
    const perDoc = new Map<number, string[][]>();
    for (const m of list) pushTo(perDoc, m.doc, normalTitle(m.title ?? ''));
    const docs = [...perDoc.values()];
    const clash = docs.some((a, i) =>
      docs.some((b, j) => j > i && a.every((x) => b.every((y) => !compatible(x, y)))),
    );
    if (!clash) continue;
    out.push({
      about: `title of ${entities.names.get(key) ?? key}`,
      kind: 'title',
      values: distinct(story, list, (m) => m.title ?? ''),
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
