/**
 * Alignment: sentences of different reports that state the same thing, grouped. Candidate
 * pairs are scored finely; then the strongest links are merged first (average linkage, at most
 * one sentence per report in a group), and a sentence that repeats a grouped statement in the
 * same report joins that group as a second wording.
 *
 * Likeness alone is not enough to be one statement: two sentences must share what is said,
 * not only who it is about (names do not count: name-terms.ts), and a statement quoted from
 * two different speakers is two statements.
 */
import { candidatePairs } from './candidates';
import { nameTerms } from './name-terms';
import type { Quote } from './quotes';
import { bigramDice, bigramProfile } from './bigrams';
import { cosineOf, fineScore, sharedWeight } from './similarity';
import type { Story, StorySentence } from './story';

/** Two sentences at least this alike state the same thing. */
export const SAME_CLAIM = 0.36;
/** The average likeness a group must keep when two groups merge. */
const GROUP_LINK = 0.3;
/** Of the words (not names) of the shorter sentence, the weighted share the other must carry. */
const MIN_CONTENT = 0.2;
/** Character likeness of two sentences worded the same. */
const SAME_WORDING = 0.5;
/**
 * Shared words (nearly all of them) that make a passage too long for two speakers to have
 * said it apart: as quote-groups.ts trusts the words over the speakers.
 */
const LONG_PASSAGE = 5;
/** The least likeness of any two members of a group. */
const LEAST_LINK = 0.25;
/** A second wording in one report restates its group's statement closely. */
const SECOND_WORDING = 0.45;

export interface Alignment {
  /** Groups of sentence uids; every sentence is in exactly one group (singletons included). */
  groups: number[][];
  /** Fine scores of the scored pairs, keyed by pairKey(a, b). */
  scores: Map<number, number>;
  /** Group index of each sentence uid. */
  groupOf: number[];
  /** The story's name terms (name-terms.ts). */
  names: Set<string>;
}

export function pairKey(story: Story, a: number, b: number): number {
  return Math.min(a, b) * story.sentences.length + Math.max(a, b);
}

/**
 * Groups the story's sentences. `forced` pairs (uids) are known to carry the same statement
 * (they quote it): they link whatever their wording.
 */
export function alignSentences(
  story: Story,
  forced: [number, number][] = [],
  speakers: Map<number, Set<string>> = new Map(),
): Alignment {
  const scores = new Map<number, number>();
  const links: { a: number; b: number; score: number; forced?: boolean }[] = [];
  const names = nameTerms(story);
  for (const c of candidatePairs(story)) {
    const a = story.sentences[c.a];
    const b = story.sentences[c.b];
    if (!a || !b) continue;
    let score = fineScore(sharedWeight(story, a, b), a, b, SAME_CLAIM);
    if (score >= SAME_CLAIM && !oneStatement(story, names, speakers, a, b)) score = SAME_CLAIM - 0.01;
    scores.set(pairKey(story, c.a, c.b), score);
    if (score >= SAME_CLAIM) links.push({ a: c.a, b: c.b, score });
  }
  for (const [a, b] of forced) {
    const sa = story.sentences[a];
    const sb = story.sentences[b];
    // A quote shared by both still needs the sentences to share some of what they say.
    if (!sa || !sb || contentShare(story, names, sa, sb) === 0) continue;
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
  // Pairs the candidates left out are scored when a merge needs them (groups are small).
  const later = new Map<number, number>();
  const likeness = (a: number, b: number) => {
    const key = pairKey(story, a, b);
    const known = scores.get(key) ?? later.get(key);
    if (known !== undefined) return known;
    const sa = story.sentences[a];
    const sb = story.sentences[b];
    if (!sa || !sb) return 0;
    // Never candidates, so little alike: their terms tell enough (no character comparison).
    let fine = fineScore(sharedWeight(story, sa, sb), sa, sb, Infinity);
    if (fine >= SAME_CLAIM && !oneStatement(story, names, speakers, sa, sb)) fine = SAME_CLAIM - 0.01;
    later.set(key, fine);
    return fine;
  };

  for (const { a, b, forced: sure } of links) {
    const ga = owner[a] ?? a;
    const gb = owner[b] ?? b;
    if (ga === gb) continue;
    const A = members[ga] ?? [];
    const B = members[gb] ?? [];
    const da = docsOf(ga);
    if (B.some((u) => da.has(story.sentences[u]?.doc))) continue;
    let sum = 0;
    let least = 1;
    for (const x of A) {
      for (const y of B) {
        const l = likeness(x, y);
        sum += l;
        least = Math.min(least, l);
        if (!sure && least < LEAST_LINK) break;
      }
      if (!sure && least < LEAST_LINK) break;
    }
    // No member may be a stranger to another: a group is one statement, not a chain of them.
    if (!sure && (sum / (A.length * B.length) < GROUP_LINK || least < LEAST_LINK)) continue;
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
      if (s < SECOND_WORDING) continue;
      // ... and is as close to the whole group as its members are to each other.
      const others = (members[target] ?? []).filter(
        (u) => story.sentences[u]?.doc !== story.sentences[lone]?.doc,
      );
      const mean = others.reduce((sum, u) => sum + likeness(lone, u), 0) / Math.max(1, others.length);
      if (mean < GROUP_LINK) continue;
      // It restates what its own report already says there.
      const own = (members[target] ?? []).filter(
        (u) => story.sentences[u]?.doc === story.sentences[lone]?.doc,
      );
      if (own.length === 0 || own.some((u) => likeness(lone, u) < SAME_CLAIM)) continue;
      members[target]?.push(lone);
      members[g] = [];
      owner[lone] = target;
    }
  }

  const groups = members.filter((m) => m.length > 0).map((m) => [...m].sort((x, y) => x - y));
  groups.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  const groupOf = new Array<number>(n).fill(-1);
  groups.forEach((g, i) => g.forEach((u) => (groupOf[u] = i)));
  return { groups, scores, groupOf, names };
}

/**
 * Can two alike sentences be one statement? They must share some of what they say, not only
 * names, and not quote two different speakers.
 */
function oneStatement(
  story: Story,
  names: Set<string>,
  speakers: Map<number, Set<string>>,
  a: StorySentence,
  b: StorySentence,
): boolean {
  const share = contentShare(story, names, a, b);
  if (share < MIN_CONTENT) return false;
  const shared = a.terms.filter((t) => !names.has(t) && b.termSet.has(t)).length;
  // One shared word makes one statement only when it is all one of them says, in the same
  // words ("It's wrong." and "It's wrong, he said.").
  if (shared < 2 && (share < 1 || charLikeness(a, b) < SAME_WORDING)) return false;
  const sa = speakers.get(a.uid);
  const sb = speakers.get(b.uid);
  // Two speakers for one statement: a misattribution when a long passage is the same.
  const passage = shared >= LONG_PASSAGE && shared >= 0.9 * Math.min(a.terms.length, b.terms.length);
  return !sa || !sb || [...sa].some((k) => sb.has(k)) || passage;
}

/** The weighted share of the shorter sentence's words (names left out) the other carries too. */
function contentShare(story: Story, names: Set<string>, a: StorySentence, b: StorySentence): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  let own = 0;
  let shared = 0;
  for (const t of small.terms) {
    if (names.has(t)) continue;
    const w = (story.idf.get(t) ?? 0) ** 2;
    own += w;
    if (large.termSet.has(t)) shared += w;
  }
  if (own > 0) return shared / own;
  // A sentence of names only ("Ashcroft, Bond and Talent.") says who: its names are its words.
  return cosineOf(sharedWeight(story, a, b), a, b) > 0 && small.terms.every((t) => large.termSet.has(t))
    ? 1
    : 0;
}

function charLikeness(a: StorySentence, b: StorySentence): number {
  a.bigrams ??= bigramProfile(a.folded);
  b.bigrams ??= bigramProfile(b.folded);
  return bigramDice(a.bigrams, b.bigrams);
}

/** The known speakers of the quotes in each sentence (uid -> speaker keys). */
export function quoteSpeakers(story: Story, quotes: Quote[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const q of quotes) {
    if (q.speakerKey === null) continue;
    const s = story.docs[q.doc]?.sentences.find((x) => x.start <= q.open && q.open < x.end);
    if (!s) continue;
    const set = out.get(s.uid) ?? new Set<string>();
    set.add(q.speakerKey);
    out.set(s.uid, set);
  }
  return out;
}

/** Do two sentences state the same claim (same group, or as alike as sentences of one)? */
export function sameClaim(story: Story, alignment: Alignment, a: number, b: number): boolean {
  if (alignment.groupOf[a] === alignment.groupOf[b]) return true;
  // Sentences that were never candidates of each other share too little to be compared.
  return (alignment.scores.get(pairKey(story, a, b)) ?? 0) >= SAME_CLAIM;
}
