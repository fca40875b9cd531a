/**
 * From a match result to what the reader is shown for a tab. Pure: the background calls it
 * after matching, the CLI and tests call it directly.
 */
import type { SelfArticle, TabState } from './protocol';
import type { CorpusArticle, Match, PageInfo } from './types';

export interface MatchOutcome {
  language: { code: string | null; supported: boolean };
  selfId: string | null;
  matches: Match[];
}

/** Matches whose verdict is "same-story": the other outlets' reports of this story. */
export function sameStory(matches: readonly Match[]): Match[] {
  return matches.filter((m) => m.verdict === 'same-story');
}

/** Where the page's own corpus article came from (null: the page is no corpus article). */
export function selfArticle(article: CorpusArticle | undefined): SelfArticle | null {
  return article ? { origin: article.origin ?? 'bundled', outlet: article.outlet } : null;
}

/** `self`: where the article the page is came from (selfArticle), when it is a corpus article. */
export function stateForOutcome(page: PageInfo, outcome: MatchOutcome, self?: SelfArticle | null): TabState {
  if (!outcome.language.supported) {
    return { kind: 'unsupported-language', page, lang: outcome.language.code };
  }
  const same = sameStory(outcome.matches);
  const known = outcome.selfId && self ? { self } : {};
  if (same.length === 0) {
    return { kind: 'no-coverage', page, best: outcome.matches[0] ?? null, selfId: outcome.selfId, ...known };
  }
  return {
    kind: 'matched',
    page,
    matches: outcome.matches,
    selfId: outcome.selfId,
    ...known,
    sameStoryCount: same.length,
  };
}

/** The toolbar badge: the number of other outlets with the same story, or nothing. */
export function badgeText(state: TabState): string {
  return state.kind === 'matched' && state.sameStoryCount > 0 ? String(state.sameStoryCount) : '';
}
