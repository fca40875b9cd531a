/**
 * Alignment: sentences of different reports that state the same thing, grouped. Candidate
 * pairs are scored finely; then the strongest links are merged first (average linkage, at most
 * one sentence per report in a group), and a sentence that repeats a grouped statement in the
 * same report joins that group as a second wording.
 */
import { candidatePairs } from './candidates';
import { fineScore, sharedWeight } from './similarity';
import type { Story } from './story';

/** Two sentences at least this alike state the same thing. */
export const SAME_CLAIM = 0.36;
/** The average likeness a group must keep when two groups merge. */
const GROUP_LINK = 0.3;

export interface Alignment {
  /** Groups of sentence uids; every sentence is in exactly one group (singletons included). */
  groups: number[][];
  /** Fine scores of the scored pairs, keyed by pairKey(a, b). */
  scores: Map<number, number>;
  /** Group index of each sentence uid. */
  groupOf: number[];
}

export function pairKey(story: Story, a: number, b: number): number {
  return Math.min(a, b) * story.sentences.length + Math.max(a, b);
}

/**
 * Groups the story's sentences. `forced` pairs (uids) are known to carry the same statement
 * (they quote it): they link whatever their wording.
 */
export function alignSentences(story: Story, forced: [number, number][] = []): Alignment {
  const scores = new Map<number, number>();
  const links: { a: number; b: number; score: number; forced?: boolean }[] = [];
  for (const c of candidatePairs(story)) {
    const a = story.sentences[c.a];
    const b = story.sentences[c.b];
    if (!a || !b) continue;
    const score = fineScore(sharedWeight(story, a, b), a, b, SAME_CLAIM);
    scores.set(pairKey(story, c.a, c.b), score);
    if (score >= SAME_CLAIM) links.push({ a: c.a, b: c.b, score });
  }
  for (const [a, b] of forced) {
    const key = pairKey(story, a, b);
    const score = Math.max(scores.get(key) ?? 0, SAME_CLAIM);
    scores.set(key, score);
    links.push({ a: Math.min(a, b), b: Math.max(a, b), score, forced: true });
  }
  links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const n = story.sentences.length;
  const members: number[][] = story.sentences.map((s) => [s.uid]);
  const owner: number[] = story.sentences.map((s) => s.uid);
  const docsOf = (g: number) => new Set(members[g]?.map((u) => story.sentences[u]?.doc));
  const score = (a: number, b: number) => scores.get(pairKey(story, a, b)) ?? 0;

  for (const { a, b, forced: sure } of links) {
    const ga = owner[a] ?? a;
    const gb = owner[b] ?? b;
    if (ga === gb) continue;
    const A = members[ga] ?? [];
    const B = members[gb] ?? [];
    const da = docsOf(ga);
    if (B.some((u) => da.has(story.sentences[u]?.doc))) continue;
    let sum = 0;
    for (const x of A) for (const y of B) sum += score(x, y);
    if (!sure && sum / (A.length * B.length) < GROUP_LINK) continue;
    members[ga] = [...A, ...B];
    members[gb] = [];
    for (const u of B) owner[u] = ga;
  }

  // A sentence left alone that restates a grouped statement of its own report joins it.
  for (const { a, b, score: s } of links) {
    for (const [lone, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const g = owner[lone] ?? lone;
      const target = owner[other] ?? other;
      if ((members[g]?.length ?? 0) !== 1 || (members[target]?.length ?? 0) < 2) continue;
      if (s < SAME_CLAIM) continue;
      members[target]?.push(lone);
      members[g] = [];
      owner[lone] = target;
    }
  }

  const groups = members.filter((m) => m.length > 0).map((m) => [...m].sort((x, y) => x - y));
  groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  const groupOf = new Array<number>(n).fill(-1);
  groups.forEach((g, i) => g.forEach((u) => (groupOf[u] = i)));
  return { groups, scores, groupOf };
}

/** Do two sentences state the same claim (same group, or as alike as sentences of one)? */
export function sameClaim(story: Story, alignment: Alignment, a: number, b: number): boolean {
  if (alignment.groupOf[a] === alignment.groupOf[b]) return true;
  // Sentences that were never candidates of each other share too little to be compared.
  return (alignment.scores.get(pairKey(story, a, b)) ?? 0) >= SAME_CLAIM;
}
