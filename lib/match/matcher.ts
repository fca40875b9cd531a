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
import { scoreCandidate } from './score';
import { isOtherOutlet, isSameText, selfByIdentity } from './self';
import { resolveThresholds, verdictOf, type Thresholds } from './verdict';
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

export interface Matcher {
  match(query: MatchQuery, opts?: MatchOptions): MatchResult;
  readonly thresholds: Readonly<Thresholds>;
}

export const DEFAULT_LIMIT = 20;

function toMatch(doc: IndexedDoc, score: number, verdict: Verdict): Omit<Match, 'explanation'> {
  return {
    id: doc.id,
    outlet: doc.outlet,
    headline: doc.title || null,
    published: doc.date,
    score,
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
  page: ArrayLike<number>,
  before: readonly { slot: number }[],
  store: MatchIndex['store'],
): Pick<Match, 'identical' | 'identicalTo'> {
  if (isSameText(page, doc.fingerprint)) return { identical: true, identicalTo: null };
  for (const { slot } of before) {
    const other = store.docs[slot];
    if (other && isSameText(other.fingerprint, doc.fingerprint))
      return { identical: true, identicalTo: { id: other.id, outlet: other.outlet } };
  }
  return {};
}

export function createMatcher(index: MatchIndex, opts: { thresholds?: Partial<Thresholds> } = {}): Matcher {
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
      const scored: { slot: number; score: number; verdict: Verdict }[] = [];
      for (const slot of retrieve(store, prepared)) {
        const doc = store.docs[slot];
        if (!doc || slot === identity || doc.id === excludeId) continue;
        const copy = isSameText(prepared.fingerprint, doc.fingerprint);
        if (selfSlot === null && copy && !isOtherOutlet(query, doc)) {
          selfSlot = slot;
          continue;
        }
        const { score, relatedness } = scoreCandidate(store, w, prepared, queryDay, slot);
        // Another outlet's copy of the page's text reports the same story, whatever its date.
        const verdict = copy ? 'same-story' : verdictOf(score, thresholds, relatedness);
        scored.push({ slot, score, verdict });
      }
      scored.sort((a, b) => b.score - a.score || a.slot - b.slot);
      const kept = scored.filter((s, i) => i === 0 || s.verdict !== 'different');
      const listed = kept.slice(0, Math.max(1, limit));
      const matches = listed.flatMap(({ slot, score, verdict }, i) => {
        const doc = store.docs[slot];
        if (!doc) return [];
        const match: Match = {
          ...toMatch(doc, score, verdict),
          explanation: explain(store, w, prepared, slot),
        };
        return [{ ...match, ...identicalOf(doc, prepared.fingerprint, listed.slice(0, i), store) }];
      });
      return { language, selfId: selfSlot === null ? null : (store.docs[selfSlot]?.id ?? null), matches };
    },
  };
}
