/**
 * The steps the extension and the command-line tool share: a page's article matched against a
 * corpus, then compared with the other outlets' reports of the same story.
 */
import { compareArticles, type CompareInput, type Comparison } from './compare';
import { openableUrl } from './links';
import type { Matcher, MatchResult } from './match';
import { sameStory } from './story';
import type { CorpusArticle, ExtractedPage, Match } from './types';

/** The id the page being read has in a comparison. */
export const PAGE_ID = 'page';

export function matchExtracted(matcher: Matcher, extracted: ExtractedPage, limit = 20): MatchResult {
  const { page } = extracted;
  return matcher.match(
    {
      title: page.title,
      text: extracted.text,
      outlet: page.siteName,
      date: page.publishedTime,
      url: page.canonicalUrl ?? page.url,
      lang: page.lang,
    },
    { limit },
  );
}

/**
 * Each match with its original's address from the corpus (http or https only, else null), and
 * `partial` when the corpus has only the feed's summary of it (the reader is told).
 */
export function withUrls(matches: readonly Match[], byId: ReadonlyMap<string, CorpusArticle>): Match[] {
  return matches.map((m) => {
    const article = byId.get(m.id);
    return { ...m, url: openableUrl(article?.url), ...(article?.partial ? { partial: true } : {}) };
  });
}

/**
 * The inputs of a comparison: the page (id "page") first, then each same-story report. A report
 * that repeats the page's or another report's text (`identical`: wire copy) is left out: it
 * says nothing the text it repeats does not, and would count as a second outlet's support.
 */
export function storyInputs(
  extracted: ExtractedPage,
  result: Pick<MatchResult, 'matches'>,
  byId: ReadonlyMap<string, CorpusArticle>,
): CompareInput[] {
  const { page } = extracted;
  const reports = sameStory(result.matches)
    .filter((m) => m.identical !== true)
    .map((m) => byId.get(m.id))
    .filter((a): a is CorpusArticle => a !== undefined)
    .map((a) => ({ id: a.id, outlet: a.outlet, headline: a.title, published: a.date, text: a.text }));
  return [
    {
      id: PAGE_ID,
      outlet: page.siteName,
      headline: page.title,
      published: page.publishedTime,
      text: extracted.text,
    },
    ...reports,
  ];
}

/** The comparison of the page with its same-story reports, or null when there is none. */
export function compareStory(
  extracted: ExtractedPage,
  result: Pick<MatchResult, 'matches'>,
  byId: ReadonlyMap<string, CorpusArticle>,
): Comparison | null {
  if (!extracted.page.isArticle) return null;
  const inputs = storyInputs(extracted, result, byId);
  return inputs.length > 1 ? compareArticles(inputs, { pageId: PAGE_ID }) : null;
}
