/**
 * Discrepancies: reports stating different values for the same thing. Two stated values are
 * about the same thing when they measure the same kind (troops and soldiers; a day) and their
 * sentences state the same claim, or the words around the values largely agree. Values so
 * linked form a group; the group is a discrepancy when two reports share no value in it (a
 * report that states both values is not in conflict with either).
 */
import { pushTo } from './collections';
import { pairKey, SAME_CLAIM, type Alignment } from './align';
import { inConflict } from './conflict';
import type { EntityIndex } from './entities';
import { namingDiscrepancies } from './naming';
import type { Story } from './story';
import type { Discrepancy } from './types';
import { collectValues, type ValueMention } from './value-mentions';

/** Words around two values that must agree when their sentences are not aligned. */
const SHARED_CONTEXT = 3;

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
    const perDoc = new Map<number, Set<string>>();
    for (const m of group) perDoc.set(m.doc, (perDoc.get(m.doc) ?? new Set()).add(m.value));
    if (!inConflict([...perDoc.values()])) continue;
    const seen = new Set<string>();
    const values = group
      .filter((m) => !seen.has(`${m.doc}:${m.value}`) && seen.add(`${m.doc}:${m.value}`))
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
  if (alignment.groupOf[a.uid] === alignment.groupOf[b.uid]) return true;
  let shared = 0;
  for (const t of a.context) if (b.context.has(t)) shared++;
  if (shared >= SHARED_CONTEXT) return true;
  // Sentences that were never candidates of each other share too little to be compared.
  return (alignment.scores.get(pairKey(story, a.uid, b.uid)) ?? 0) >= SAME_CLAIM;
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
  if (group[0]?.kind === 'day') {
    const shortest = [...group].sort(
      (a, b) => (story.sentences[a.uid]?.text.length ?? 0) - (story.sentences[b.uid]?.text.length ?? 0),
    )[0];
    const text = story.sentences[shortest?.uid ?? -1]?.text ?? '';
    return `day of: ${text.length > 90 ? `${text.slice(0, 88)}…` : text}`;
  }
  const nouns = [...new Set(group.map((m) => (m.noun ?? '').toLowerCase()))].filter(Boolean);
  return `number of ${nouns.join(' / ')}${context}`;
}
