/**
 * Two articles scored against each other, with no corpus: what `parallax score` prints for each
 * pair and what `npm run eval:match` correlates with annotators' judgements. The same engine as
 * the matcher (signatures, weights against the background prior, the verdict on its logistic
 * score and thresholds), taken both ways (a against b, b against a) and averaged, so that the
 * result does not depend on which article comes first. Two articles in different languages share
 * what needs no translating (names, figures, places) and score on that.
 */
import type { MatchExplanation, MatchQuery, Verdict } from '../types';
import { dayOf } from './dates';
import { explain } from './explain';
import { analyse } from './features';
import { createIndex } from './index-build';
import type { LanguageInfo } from './language';
import { prepareQuery } from './query';
import { scoreCandidate } from './score';
import { isSameText } from './self';
import { resolveThresholds, verdictOf, type Thresholds } from './verdict';
import { weighting } from './weighting';

export type PairArticle = Pick<MatchQuery, 'title' | 'text' | 'lang' | 'date'>;

export type PairResult =
  | {
      ok: true;
      score: number;
      verdict: Verdict;
      languages: [string | null, string | null];
      explanation: MatchExplanation;
    }
  | {
      /** A language the matcher cannot compare yet (its code, null when it cannot be told): no score. */
      ok: false;
      languages: [string | null, string | null];
      unsupported: LanguageInfo;
    };

function oneWay(
  query: PairArticle,
  other: PairArticle,
): { content: number; score: number; relatedness: number; same: boolean; explanation: MatchExplanation } {
  const index = createIndex([
    {
      id: 'b',
      title: other.title ?? '',
      text: other.text,
      outlet: null,
      date: other.date ?? null,
      lang: other.lang,
    },
  ]);
  const store = index.store;
  const w = weighting(store);
  const { features } = analyse(query.title ?? null, query.text, query.lang);
  const doc = store.docs[0];
  if (!features || !doc)
    return {
      content: 0,
      score: 0,
      relatedness: 0,
      same: false,
      explanation: { names: [], numbers: [], terms: [] },
    };
  const prepared = prepareQuery(features, store, w);
  const parts = scoreCandidate(store, w, prepared, dayOf(query.date), 0);
  return {
    content: parts.content,
    score: parts.score,
    relatedness: parts.relatedness,
    same: isSameText(prepared.fingerprint, doc.fingerprint),
    explanation: explain(store, w, prepared, 0),
  };
}

export function scorePair(a: PairArticle, b: PairArticle, thresholds?: Partial<Thresholds>): PairResult {
  const t = resolveThresholds(thresholds);
  const la = analyse(a.title ?? null, a.text, a.lang).language;
  const lb = analyse(b.title ?? null, b.text, b.lang).language;
  const languages: [string | null, string | null] = [la.code, lb.code];
  for (const l of [la, lb]) if (!l.supported) return { ok: false, languages, unsupported: l };
  const ab = oneWay(a, b);
  const ba = oneWay(b, a);
  // The verdict as the matcher gives it (its calibrated thresholds on its logistic score)...
  const matcherScore = (ab.score + ba.score) / 2;
  const relatedness = (ab.relatedness + ba.relatedness) / 2;
  const verdict: Verdict = ab.same || ba.same ? 'same-story' : verdictOf(matcherScore, t, relatedness);
  // ...and, as the score, how much specific content they share: the square root of the weighted
  // cosine, nearly linear in how alike readers judge two articles (Pearson on SemEval-2022 dev,
  // English pairs: 0.77, against 0.68 for the logistic, which flattens all but the close calls).
  const score = ab.same || ba.same ? 1 : Math.sqrt((ab.content + ba.content) / 2);
  return { ok: true, score, verdict, languages, explanation: ab.explanation };
}
