/**
 * Discrepancies: reports stating different values for the same thing, searched across the
 * whole texts. Two stated values are about the same thing when they measure the same kind
 * (troops and soldiers; a day; a place) and the words around them say what they are of: in
 * sentences stating the same claim, one shared word is enough; elsewhere the subject and the
 * event must be shared (several words), and a day or a place must date or place the same act
 * ("criticized on Friday" and "pressed on Sunday" are two acts). Each value links to at most
 * its best match in each other report, and back, so that values do not chain. Linked values
 * form a group; the group is a discrepancy when two reports state nothing compatible in it (a
 * report that states both values is in conflict with neither).
 */
import { pushTo } from './collections';
import { sameClaim, type Alignment } from './align';
import { inConflict } from './conflict';
import { describe } from './describe';
import { changeText, sidesText } from './format';
import type { EntityIndex } from './entities';
import { namingDiscrepancies, nearlyAlike } from './naming';
import type { Story } from './story';
import { changeOverTime } from './timeline';
import type { Discrepancy, DiscrepancySide } from './types';
import { actTerm, collectValues, compatible, STATEMENT, type ValueMention } from './value-mentions';

/** Counts below this are compared only within one claim ("two senators" vs "three"). */
const SMALL_COUNT = 20;
/** Figures further apart than this ratio are not compared outside one claim, and within one. */
const FAR_APART = 2;
const FAR_APART_IN_CLAIM = 10;
const NONE = new Set<string>();
/** A term in more than this share of the story's sentences says nothing of what a value is of. */
const COMMON_TERM = 0.2;

export function findDiscrepancies(story: Story, alignment: Alignment, entities: EntityIndex): Discrepancy[] {
  const mentions = collectValues(story, entities);
  const common = commonTerms(story);
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const union = (a: number, b: number) => (parent[find(b)] = find(a));
  const buckets = new Map<string, number[]>();
  mentions.forEach((m, i) => pushTo(buckets, `${m.kind}:${m.key}`, i));
  for (const list of buckets.values()) {
    // best[i][doc] = the best-scoring mention of that report for mention i.
    const best = new Map<number, Map<number, { j: number; score: number }>>();
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x] ?? 0, list[y] ?? 0];
        const a = mentions[i];
        const b = mentions[j];
        if (!a || !b || a.doc === b.doc) continue;
        const score = linkScore(story, alignment, common, a, b);
        if (score <= 0) continue;
        keepBest(best, i, b.doc, j, score);
        keepBest(best, j, a.doc, i, score);
      }
    }
    for (const [i, perDoc] of best)
      for (const { j } of perDoc.values()) {
        const back = best.get(j)?.get(mentions[i]?.doc ?? -1);
        if (back?.j === i && i < j) union(i, j);
      }
  }
  joinSiblingSums(mentions, union, find);
  const groups = new Map<number, ValueMention[]>();
  mentions.forEach((m, i) => pushTo(groups, find(i), m));
  const placesOf = new Map<number, ValueMention[]>();
  for (const m of mentions) if (m.kind === 'place') pushTo(placesOf, m.uid, m);
  const out: { d: Discrepancy; rank: number }[] = [];
  const names = new Map(story.docs.map((doc) => [doc.input.id, doc.input.outlet]));
  const nameOf = (id: string) => names.get(id) ?? (id === 'page' ? 'This page' : 'Unattributed outlet');
  for (const group of groups.values()) {
    const perDoc = new Map<number, ValueMention[]>();
    for (const m of group) pushTo(perDoc, m.doc, m);
    // A report naming places together ("in Miami, West Palm Beach and Fort Myers") states them all.
    for (const list of perDoc.values())
      if (list[0]?.kind === 'place')
        for (const uid of new Set(list.map((m) => m.uid))) list.push(...(placesOf.get(uid) ?? []));
    if (perDoc.size < 2 || !inConflict([...perDoc.values()], compatible)) continue;
    const seen = new Set<string>();
    const sorted = group
      .filter((m) => !seen.has(`${m.doc}:${m.display}`) && seen.add(`${m.doc}:${m.display}`))
      .sort((a, b) => a.doc - b.doc || a.uid - b.uid || a.at - b.at);
    const values = sorted.map((m) => ({
      id: story.docs[m.doc]?.input.id ?? '',
      value: m.display,
      text: story.sentences[m.uid]?.text ?? '',
    }));
    const sides = sidesOf(story, sorted);
    const kind = group[0]?.kind ?? 'count';
    const d: Discrepancy = { about: describe(story, entities, group), kind, values, sides };
    const change = kind === 'count' ? changeOverTime(story, sides) : { change: 'disagreement' as const };
    if (change) Object.assign(d, change);
    const told = d.change === 'update' ? changeText(d) : sidesText(d, nameOf);
    if (told) d.summary = told;
    out.push({
      d,
      rank: perDoc.size * 1000 - Math.min(...group.map((m) => story.sentences[m.uid]?.index ?? 0)),
    });
  }
  out.sort((a, b) => b.rank - a.rank);
  return [...out.map((o) => o.d), ...namingDiscrepancies(story, alignment, entities)];
}

function keepBest(
  best: Map<number, Map<number, { j: number; score: number }>>,
  i: number,
  doc: number,
  j: number,
  score: number,
) {
  const perDoc = best.get(i) ?? new Map<number, { j: number; score: number }>();
  best.set(i, perDoc);
  const cur = perDoc.get(doc);
  if (!cur || score > cur.score) perDoc.set(doc, { j, score });
}

function commonTerms(story: Story): Set<string> {
  const limit = Math.max(3, COMMON_TERM * story.sentences.length);
  const out = new Set<string>();
  for (const [t, list] of story.postings) if (list.length > limit) out.add(t);
  return out;
}

function sharedCount(a: Set<string>, b: Set<string>, common: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t) && !common.has(t)) n++;
  return n;
}

/** How surely two values of different reports are of the same thing; 0 when they are not. */
function linkScore(
  story: Story,
  alignment: Alignment,
  common: Set<string>,
  a: ValueMention,
  b: ValueMention,
): number {
  const shared = sharedCount(a.context, b.context, common);
  const wide = sharedCount(a.wide, b.wide, common);
  // Within one claim every word counts, the story's commonest too.
  const inClaim = sharedCount(a.context, b.context, NONE);
  const claim = sameClaim(story, alignment, a.uid, b.uid);
  let score = shared + 0.5 * wide + (claim ? 5 : 0);
  if (a.kind === 'day') {
    // A weekday is relative to the news cycle: reports of different days tell different days.
    const da = story.docs[a.doc]?.input.published?.slice(0, 10);
    const db = story.docs[b.doc]?.input.published?.slice(0, 10);
    if (da && db && da !== db) return 0;
    // "said Tuesday" and "announced on April 8" date one statement when they say the same
    // thing in the same words, names aside; the same act word needs less.
    const plain = sharedCount(a.plain, b.plain, NONE);
    if (!sameAct(a, b) && !(bothStatements(a, b) && plain >= 2)) return 0;
    return (claim && inClaim >= 1) || shared >= 4 ? score : 0;
  }
  if (a.kind === 'place') {
    if (a.place === b.place) score += 2;
    else if (!sameAct(a, b)) return 0;
    // A name spelled nearly alike in the same role is the same place misnamed ("Norwalk", "Norfolk").
    const alike = a.place !== b.place && nearlyAlike(a.display, b.display);
    return (claim && inClaim >= 1) || shared >= 3 || (alike && shared >= 2) ? score : 0;
  }
  // Figures of different people: "Romney leads with 21 percent" is not "Trump is at 17 percent".
  if (a.people.size > 0 && b.people.size > 0 && ![...a.people].some((p) => b.people.has(p))) return 0;
  if (a.subject && b.subject && a.subject !== b.subject) return 0;
  // Figures far apart are different figures, not one told differently; nearer is likelier.
  const ratio = Math.max(a.high, b.high) / Math.max(1e-9, Math.min(a.low, b.low));
  if (ratio > (claim ? FAR_APART_IN_CLAIM : FAR_APART)) return 0;
  score += ratio <= 1.1 ? 2 : ratio <= 1.5 ? 1 : 0;
  // Sums of money in one story are many and different: a sum for something else is another.
  if (a.key === '$' && a.what && b.what && actTerm(a.what) !== actTerm(b.what)) return 0;
  // In one claim, the words around the two values must still meet: one sentence may state
  // the count of one thing and another of the next.
  if (claim && inClaim >= 1) return score;
  if (Math.min(a.low, b.low) < SMALL_COUNT || a.key === 'percent') return 0;
  if (a.key === '$') {
    return (ratio <= 1.1 && shared >= 3) || wide >= 4 ? score : 0;
  }
  return shared >= 3 || (ratio <= 1.5 && shared >= 2) ? score : 0;
}

const bothStatements = (a: ValueMention, b: ValueMention) =>
  STATEMENT.has(a.act ?? '') && STATEMENT.has(b.act ?? '');

/** Do two days or places date or place the same act? */
function sameAct(a: ValueMention, b: ValueMention): boolean {
  if (!a.act || !b.act) return false;
  const [x, y] = [actTerm(a.act), actTerm(b.act)];
  return x === y || (a.wide.has(y) && b.wide.has(x));
}

/**
 * A sum of money stated together with a linked one, and of nothing else ("$1 million in all,
 * $400,000 placed so far"), belongs to its group: it is the report's account of that sum.
 * Only a pair: a sentence listing sums lists different things.
 */
function joinSiblingSums(
  mentions: ValueMention[],
  union: (a: number, b: number) => void,
  find: (i: number) => number,
) {
  const size = new Map<number, number>();
  mentions.forEach((_, i) => size.set(find(i), (size.get(find(i)) ?? 0) + 1));
  const byUid = new Map<number, number[]>();
  mentions.forEach((m, i) => m.key === '$' && pushTo(byUid, m.uid, i));
  for (const pair of byUid.values()) {
    const [x, y] = pair;
    if (pair.length !== 2 || x === undefined || y === undefined) continue;
    if (mentions[x]?.what || mentions[y]?.what) continue;
    const [gx, gy] = [(size.get(find(x)) ?? 0) > 1, (size.get(find(y)) ?? 0) > 1];
    if (gx !== gy) union(gx ? x : y, gx ? y : x);
  }
}

/** The values of a group, the reports stating each (values that can both be right are one). */
function sidesOf(story: Story, group: ValueMention[]): DiscrepancySide[] {
  const sides: { first: ValueMention; members: ValueMention[] }[] = [];
  for (const m of group) {
    const side = sides.find((s) => sameValue(s.first, m));
    if (side) side.members.push(m);
    else sides.push({ first: m, members: [m] });
  }
  return sides.map((s) => ({
    value: s.first.display,
    ids: [...new Set(s.members.map((m) => m.doc))]
      .sort((x, y) => x - y)
      .map((d) => story.docs[d]?.input.id ?? ''),
  }));
}

function sameValue(a: ValueMention, b: ValueMention): boolean {
  if (a.kind === 'count') return a.low === b.low && a.high === b.high;
  if (a.kind === 'place') return a.place === b.place;
  return (a.date ?? a.weekday) === (b.date ?? b.weekday) || compatible(a, b);
}
