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
import { isSameText, selfByIdentity } from './self';
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
        if (selfSlot === null && isSameText(prepared.fingerprint, doc.fingerprint)) {
          selfSlot = slot;
          continue;
        }
        const { score, relatedness } = scoreCandidate(store, w, prepared, queryDay, slot);
        scored.push({ slot, score, verdict: verdictOf(score, thresholds, relatedness) });
      }
      scored.sort((a, b) => b.score - a.score || a.slot - b.slot);
      const kept = scored.filter((s, i) => i === 0 || s.verdict !== 'different');
      const matches = kept.slice(0, Math.max(1, limit)).flatMap(({ slot, score, verdict }) => {
        const doc = store.docs[slot];
        return doc
          ? [{ ...toMatch(doc, score, verdict), explanation: explain(store, w, prepared, slot) }]
          : [];
      });
      return { language, selfId: selfSlot === null ? null : (store.docs[selfSlot]?.id ?? null), matches };
    },
  };
}
