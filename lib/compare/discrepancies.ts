/**
 * Discrepancies: reports stating different values for the same thing. Two stated values are
 * about the same thing when they measure the same kind (troops and soldiers; a day) and their
 * sentences state the same claim; counts of people or things (not a handful; sums of money
 * only when near-equal) also when the words around them largely agree. Values so linked form a group; the
 * group is a discrepancy when two reports state nothing compatible in it (a report that
 * states both values is in conflict with neither).
 */
import { pushTo } from './collections';
import { sameClaim, type Alignment } from './align';
import { inConflict } from './conflict';
import type { EntityIndex } from './entities';
import { namingDiscrepancies } from './naming';
import { termOf } from '../text/tokens';
import type { Story } from './story';
import type { Discrepancy } from './types';
import { collectValues, compatible, type ValueMention } from './value-mentions';

/** Words around two counts that must agree when their sentences are not aligned. */
const SHARED_CONTEXT = 3;
/** Weekdays and months: the values themselves, not what they are about. */
const DAY_WORDS =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** Counts below this are compared only within one claim ("two senators" vs "three"). */
const SMALL_COUNT = 20;

export function findDiscrepancies(story: Story, alignment: Alignment, entities: EntityIndex): Discrepancy[] {
  const mentions = collectValues(story);
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const buckets = new Map<string, number[]>();
  mentions.forEach((m, i) => pushTo(buckets, `${m.kind}:${m.key}`, i));
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = mentions[list[x] ?? -1];
        const b = mentions[list[y] ?? -1];
        if (a && b && a.doc !== b.doc && sameThing(story, alignment, a, b))
          parent[find(list[y] ?? 0)] = find(list[x] ?? 0);
      }
    }
  }
  const groups = new Map<number, ValueMention[]>();
  mentions.forEach((m, i) => pushTo(groups, find(i), m));
  const out: Discrepancy[] = [];
  for (const group of groups.values()) {
    const perDoc = new Map<number, ValueMention[]>();
    for (const m of group) pushTo(perDoc, m.doc, m);
    if (!inConflict([...perDoc.values()], compatible)) continue;
    const seen = new Set<string>();
    const values = group
      .filter((m) => !seen.has(`${m.doc}:${m.display}`) && seen.add(`${m.doc}:${m.display}`))
      .sort((a, b) => a.doc - b.doc || a.uid - b.uid)
      .map((m) => ({
        id: story.docs[m.doc]?.input.id ?? '',
        value: m.display,
        text: story.sentences[m.uid]?.text ?? '',
      }));
    out.push({ about: describe(story, entities, group), kind: group[0]?.kind ?? 'count', values });
  }
  out.push(...namingDiscrepancies(story, alignment, entities));
  return out;
}

function sameThing(story: Story, alignment: Alignment, a: ValueMention, b: ValueMention): boolean {
  let shared = 0;
  for (const t of a.context) if (b.context.has(t)) shared++;
  if (a.kind === 'day') {
    // A weekday is relative to the news cycle: reports of different days tell different days.
    const da = story.docs[a.doc]?.input.published?.slice(0, 10);
    const db = story.docs[b.doc]?.input.published?.slice(0, 10);
    if (da && db && da !== db) return false;
  }
  // In one claim, the words around the two values must still meet: one sentence may state
  // the day of one event and another the day of the next.
  if (shared >= 1 && sameClaim(story, alignment, a.uid, b.uid)) return true;
  if (a.kind !== 'count' || Math.min(a.low, b.low) < SMALL_COUNT || shared < SHARED_CONTEXT) return false;
  // Sums of money in one story are many and different; only near-equal ones (a typo, a
  // rounding) told in the same words are the same sum.
  return a.key !== '$' || Math.abs(a.low - b.low) <= 0.1 * Math.max(a.low, b.low);
}

function describe(story: Story, entities: EntityIndex, group: ValueMention[]): string {
  const docsOf = new Map<string, Set<number>>();
  const uids = new Set(group.map((m) => m.uid));
  for (const e of entities.mentions) {
    if (uids.has(e.uid)) docsOf.set(e.key, (docsOf.get(e.key) ?? new Set()).add(e.doc));
  }
  const common = [...docsOf]
    .filter(([, d]) => d.size >= 2)
    .map(([k]) => entities.names.get(k) ?? k)
    .slice(0, 3);
  const context = common.length > 0 ? ` (${common.join(', ')})` : '';
  if (group[0]?.kind === 'day') return `day of: ${sharedWords(story, group)}`;
  const nouns = [...new Set(group.map((m) => (m.noun ?? '').toLowerCase()))].filter(Boolean);
  return `number of ${nouns.join(' / ')}${context}`;
}

/**
 * What the sentences of a group all say, in the words of the shortest one: "Ukrainian
 * President Volodymyr Zelensky two Chinese citizens captured fighting Russia". Neutral: no
 * report's value is in it.
 */
function sharedWords(story: Story, group: ValueMention[]): string {
  const sentences = [...new Set(group.map((m) => m.uid))]
    .map((u) => story.sentences[u])
    .filter((s) => s !== undefined);
  const shortest = [...sentences].sort((a, b) => a.text.length - b.text.length)[0];
  if (!shortest) return '';
  const kept = shortest.words.filter((w) => {
    const t = termOf(w.text);
    return t !== null && !DAY_WORDS.test(w.text) && sentences.every((s) => s.termSet.has(t));
  });
  const text = kept
    .map((w) => w.text.replace(/['’]s$/u, ''))
    .slice(0, 12)
    .join(' ');
  return text || (shortest.text.length > 90 ? `${shortest.text.slice(0, 88)}…` : shortest.text);
}
