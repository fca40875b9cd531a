/**
 * Verifying the best candidates by what they state. Two reports of one event state the same
 * facts: the same act by the same people, the same figures and dates, in sentences that align
 * (lib/compare's sentence similarity, at its `SAME_CLAIM`). Two reports of different events
 * about the same people share names and the subject's vocabulary, and at most a sentence of
 * background ("Brandt, who resigned on Tuesday, ..."): their signatures meet, their statements
 * do not.
 *
 * The evidence is the share of the shorter report's statements (its headline and sentences)
 * that the other report also states, one principled feature, weighed against the share a
 * report of the same event typically reaches. Measured on ../shared/eval and the news week
 * (candidates scored at least 0.3): ROC AUC of same event against the other event of the same
 * topic (ECB+) 0.78 on the score alone, 0.85 with the share; against different events about
 * the same people (news week) 0.91 and 0.94; BASIL 0.97 and 0.99.
 *
 * It needs the candidates' texts, which the index does not keep: the matcher verifies only
 * when it is given them (the background and the CLI hold the corpus anyway), and only its best
 * few candidates (aligning costs about a millisecond per pair).
 */
import { SAME_CLAIM } from '../compare/align';
import { candidatePairs } from '../compare/candidates';
import { fineScore, sharedWeight } from '../compare/similarity';
import { prepareStory } from '../compare/story';

/** A text as the verifier reads it. */
export interface ClaimText {
  title: string | null;
  text: string;
}

export interface SharedClaims {
  /** Statements (headline and sentences) of the shorter report that the other also states. */
  shared: number;
  /** Statements of the shorter report. */
  of: number;
  /**
   * How surely each report's lead (its headline and first two sentences: what happened) is
   * stated by the other, the less sure of the two, in [0, 1] (lib/compare's sentence score).
   */
  lead: number;
}

/** Candidates verified per match: the best by score. */
export const VERIFY_TOP = 10;
/** Statements of a report's lead: its headline and first two sentences. */
const LEAD_STATEMENTS = 3;
/** Evidence per e-fold of statements shared... */
const CLAIM_WEIGHT = 0.1;
/** ...around this many (e - 1: about two statements, what the reports of one event share at least). */
const CLAIM_REFERENCE = 1;
/** Evidence per unit of the lead's score... */
const LEAD_WEIGHT = 0.2;
/** ...around the score of two sentences on one subject that state different things. */
const LEAD_REFERENCE = 0.3;

const asInput = (id: string, t: ClaimText) => ({
  id,
  outlet: null,
  headline: t.title,
  published: null,
  // The headline is a statement too, often the event's shortest.
  text: t.title ? `${t.title}\n\n${t.text}` : t.text,
});

/** Which statements of the shorter of two texts the other also states, and how their leads meet. */
export function sharedClaims(a: ClaimText, b: ClaimText): SharedClaims {
  const story = prepareStory([asInput('a', a), asInput('b', b)]);
  const best = new Float64Array(story.sentences.length);
  for (const c of candidatePairs(story)) {
    const x = story.sentences[c.a];
    const y = story.sentences[c.b];
    if (!x || !y) continue;
    const score = fineScore(sharedWeight(story, x, y), x, y);
    best[x.uid] = Math.max(best[x.uid] ?? 0, score);
    best[y.uid] = Math.max(best[y.uid] ?? 0, score);
  }
  const [first = [], second = []] = story.docs.map((d) => d.sentences);
  const stated = (ss: typeof first) => ss.filter((s) => (best[s.uid] ?? 0) >= SAME_CLAIM).length;
  const leadOf = (ss: typeof first) =>
    Math.max(0, ...ss.slice(0, LEAD_STATEMENTS).map((s) => best[s.uid] ?? 0));
  const shorter = first.length <= second.length ? first : second;
  return {
    shared: Math.min(stated(first), stated(second)),
    of: shorter.length,
    lead: Math.min(leadOf(first), leadOf(second)),
  };
}

/** What the shared statements add to (or take from) the evidence; null (not verified): nothing. */
export function claimEvidence(claims: SharedClaims | null): number {
  if (claims === null || claims.of === 0) return 0;
  return (
    CLAIM_WEIGHT * (Math.log1p(claims.shared) - CLAIM_REFERENCE) +
    LEAD_WEIGHT * (claims.lead - LEAD_REFERENCE)
  );
}
