/**
 * The matcher: retrieve candidates for the reader's article, score them, give each a verdict
 * and an explanation, and recognize the reader's own article in the corpus.
 */
import type { Match, MatchQuery, Verdict } from '../types';
import { dayOf } from './dates';
import type { IndexedDoc } from './doc';
import { explain } from './explain';
import { analyse } from './features';
import type { MatchIndex } from './index-build';
import type { LanguageInfo } from './language';
import { prepareQuery } from './query';
import { retrieve } from './retrieve';
import { confidenceOf, scoreCandidate } from './score';
import {
  isOtherOutlet,
  isSameText,
  SELF_RANK,
  selfByIdentity,
  selfEvidence,
  type SelfEvidence,
} from './self';
import { resolveThresholds, verdictOf, type Thresholds } from './verdict';
import { sharedClaims, VERIFY_TOP, type ClaimText, type SharedClaims } from './verify';
import { weighting } from './weighting';

export interface MatchResult {
  language: LanguageInfo;
  /** The corpus article that is the query itself (same id, address or text), or null. */
  selfId: string | null;
  /** Best first: same-story and related candidates, and always the best candidate. */
  matches: Match[];
}

export interface MatchOptions {
  /** At most this many matches (default 20). */
  limit?: number;
  /** Leave this article out (in addition to the query's own article). */
  excludeId?: string | null;
}

export interface MatcherOptions {
  thresholds?: Partial<Thresholds>;
  /**
   * The corpus articles' texts by id (the index keeps none): when given, the best candidates are
   * verified by the statements they share with the page (verify.ts).
   */
  texts?: (id: string) => ClaimText | undefined;
}

export interface Matcher {
  match(query: MatchQuery, opts?: MatchOptions): MatchResult;
  readonly thresholds: Readonly<Thresholds>;
}

export const DEFAULT_LIMIT = 20;

function toMatch(
  doc: IndexedDoc,
  score: number,
  similarity: number,
  verdict: Verdict,
): Omit<Match, 'explanation'> {
  return {
    id: doc.id,
    outlet: doc.outlet,
    headline: doc.title || null,
    published: doc.date,
    score,
    // A number the reader reads as a percentage: three places, so float noise of an index
    // loaded or updated in place never shows as another result.
    similarity: Math.round(similarity * 1000) / 1000,
    verdict,
    ...(doc.origin ? { origin: doc.origin } : {}),
    headlineDerived: doc.titleDerived,
  };
}

/**
 * Whether a listed report repeats a text: the page's, or that of a report listed before it
 * (wire copy). Nothing when it does not.
 */
function identicalOf(
  doc: IndexedDoc,
  copy: boolean,
  before: readonly { slot: number }[],
  store: MatchIndex['store'],
): Pick<Match, 'identical' | 'identicalTo'> {
  if (copy) return { identical: true, identicalTo: null };
  for (const { slot } of before) {
    const other = store.docs[slot];
    if (other && isSameText(other.fingerprint, doc.fingerprint))
      return { identical: true, identicalTo: { id: other.id, outlet: other.outlet } };
  }
  return {};
}

export function createMatcher(index: MatchIndex, opts: MatcherOptions = {}): Matcher {
  const store = index.store;
  const thresholds = resolveThresholds(opts.thresholds);
  const w = weighting(store);
  return {
    thresholds,
    match(query, { limit = DEFAULT_LIMIT, excludeId = null } = {}) {
      const { language, features } = analyse(query.title, query.text, query.lang);
      const identity = selfByIdentity(store, query);
      let selfSlot = identity;
      if (!features) return { language, selfId: store.docs[selfSlot ?? -1]?.id ?? null, matches: [] };
      const prepared = prepareQuery(features, store, w);
      const queryDay = dayOf(query.date);
      let shingleSet: Set<number> | null = null;
      const pageShingles = () => (shingleSet ??= new Set(prepared.shingles));
      // First the page itself, by its strongest evidence (the same text before a held lead before
      // the same headline); then every other candidate is scored.
      const candidates: { slot: number; copy: boolean }[] = [];
      let selfRank = 0;
      for (const slot of retrieve(store, prepared)) {
        const doc = store.docs[slot];
        if (!doc || slot === identity || doc.id === excludeId) continue;
        const evidence: SelfEvidence | null = selfEvidence(query, prepared.fingerprint, pageShingles, doc);
        const other = isOtherOutlet(query, doc);
        if (identity === null && evidence !== null && !other && SELF_RANK[evidence] > selfRank) {
          selfRank = SELF_RANK[evidence];
          selfSlot = slot;
        }
        // Another outlet's copy of the page's text (bare or in the page) reports the same story.
        candidates.push({ slot, copy: other && evidence !== null && evidence !== 'same-headline' });
      }
      interface Scored {
        slot: number;
        score: number;
        content: number;
        verdict: Verdict;
        copy: boolean;
        words: number;
        claims: SharedClaims | null;
      }
      const judge = (slot: number, copy: boolean, claims: SharedClaims | null): Scored => {
        const { score, content, relatedness } = scoreCandidate(store, w, prepared, queryDay, slot, claims);
        const verdict =
          copy || isSameText(prepared.fingerprint, store.docs[slot]?.fingerprint ?? [])
            ? 'same-story'
            : verdictOf(score, thresholds, relatedness);
        // The shorter text's length: the page's alone when the article's is not known.
        const words = Math.min(prepared.words, store.docs[slot]?.words ?? Infinity);
        return { slot, score, content, verdict, copy, words, claims };
      };
      const byScore = (a: Scored, b: Scored) => b.score - a.score || a.slot - b.slot;
      const scored = candidates
        .filter(({ slot }) => slot !== selfSlot)
        .map((c) => judge(c.slot, c.copy, null));
      scored.sort(byScore);
      // The best few verified by the statements they share with the page, then ranked again.
      if (opts.texts) {
        const page = { title: query.title, text: query.text };
        for (let i = 0; i < Math.min(VERIFY_TOP, scored.length); i++) {
          const s = scored[i] as Scored;
          const text = opts.texts(store.docs[s.slot]?.id ?? '');
          if (text) scored[i] = judge(s.slot, s.copy, sharedClaims(page, text));
        }
        scored.sort(byScore);
      }
      const kept = scored.filter((s, i) => i === 0 || s.verdict !== 'different');
      const listed = kept.slice(0, Math.max(1, limit));
      const matches = listed.flatMap(({ slot, score, content, verdict, copy, words, claims }, i) => {
        const doc = store.docs[slot];
        if (!doc) return [];
        const match: Match = {
          ...toMatch(doc, score, content, verdict),
          confidence: confidenceOf(words),
          explanation: {
            ...explain(store, w, prepared, slot),
            ...(claims ? { statements: claims } : {}),
          },
        };
        return [
          {
            ...match,
            ...identicalOf(
              doc,
              copy || isSameText(prepared.fingerprint, doc.fingerprint),
              listed.slice(0, i),
              store,
            ),
          },
        ];
      });
      return { language, selfId: selfSlot === null ? null : (store.docs[selfSlot]?.id ?? null), matches };
    },
  };
}
