/**
 * Claims and unique details from the alignment. A group carried by two or more reports is a
 * claim, worded by its most central sentence; a claim carried by more than half the reports
 * is part of the shared core. A sentence no other report carries is a unique detail, unless it
 * is too short to say anything (a sign-off, a caption) or another report states its fact in
 * other words (restated.ts).
 */
import { pairKey, SAME_CLAIM, type Alignment } from './align';
import { restatedElsewhere } from './restated';
import type { Story } from './story';
import type { Claim, UniqueDetail } from './types';
import { idRecord, ofId } from '../by-id.ts';

/** A unique detail needs at least this many content terms. */
const MIN_DETAIL_TERMS = 4;

export interface ClaimSet {
  claims: Claim[];
  /** The group index behind each claim (same order as `claims`). */
  groupOfClaim: number[];
  unique: Record<string, UniqueDetail[]>;
}

export function buildClaims(story: Story, alignment: Alignment): ClaimSet {
  const docId = (u: number) => story.docs[story.sentences[u]?.doc ?? -1]?.input.id ?? '';
  const multi = alignment.groups
    .map((group, index) => ({ group, index, docs: new Set(group.map(docId)) }))
    .filter((g) => g.docs.size >= 2);
  multi.sort(
    (x, y) => y.docs.size - x.docs.size || firstPosition(story, x.group) - firstPosition(story, y.group),
  );

  const majority = story.docs.length / 2;
  const claims = multi.map(({ group, docs }): Claim => {
    const central = centralSentence(story, alignment, group);
    return {
      text: story.sentences[central]?.text ?? '',
      outlets: story.docs.map((d) => d.input.id).filter((id) => docs.has(id)),
      sentences: group.map((u) => ({ id: docId(u), text: story.sentences[u]?.text ?? '' })),
      core: docs.size > majority,
    };
  });

  // A sentence as alike as a claim's to another report's is carried by it, grouped or not.
  const n = story.sentences.length;
  const carried = new Set<number>();
  for (const [key, score] of alignment.scores) {
    if (score < SAME_CLAIM) continue;
    carried.add(Math.floor(key / n));
    carried.add(key % n);
  }
  const unique = idRecord<UniqueDetail[]>();
  for (const doc of story.docs) unique[doc.input.id] = [];
  for (const group of alignment.groups) {
    if (group.length !== 1 || story.docs.length < 2) continue;
    const s = story.sentences[group[0] ?? -1];
    if (!s || s.terms.length < MIN_DETAIL_TERMS) continue;
    if (carried.has(s.uid) || restatedElsewhere(story, alignment.names, s)) continue;
    ofId(unique, docId(s.uid))?.push({ text: s.text });
  }
  return { claims, groupOfClaim: multi.map((g) => g.index), unique };
}

/** Where a group first appears: its earliest sentence relative to its report's length. */
function firstPosition(story: Story, group: number[]): number {
  return Math.min(
    ...group.map((u) => {
      const s = story.sentences[u];
      const len = story.docs[s?.doc ?? -1]?.sentences.length ?? 1;
      return (s?.index ?? 0) / Math.max(1, len);
    }),
  );
}

/** The sentence most like the others of its group. */
function centralSentence(story: Story, alignment: Alignment, group: number[]): number {
  let best = group[0] ?? 0;
  let bestSum = -1;
  for (const u of group) {
    let sum = 0;
    for (const v of group) if (v !== u) sum += alignment.scores.get(pairKey(story, u, v)) ?? 0;
    if (sum > bestSum) [best, bestSum] = [u, sum];
  }
  return best;
}
