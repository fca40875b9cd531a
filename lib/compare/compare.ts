/**
 * compareArticles: what the reports of one story say, claim by claim. Pure and deterministic:
 * the same inputs in the same order give the same comparison.
 */
import { alignSentences, quoteSpeakers } from './align';
import { buildClaims } from './claims';
import { findDiscrepancies } from './discrepancies';
import { recognizeEntities } from './entities';
import { framingTerms } from './framing';
import { pageSupport } from './page';
import { groupQuotes } from './quote-groups';
import { extractQuotes } from './quotes';
import { prepareStory } from './story';
import type { CompareInput, CompareOptions, Comparison } from './types';

export function compareArticles(inputs: CompareInput[], opts: CompareOptions = {}): Comparison {
  const story = prepareStory(inputs);
  const entities = recognizeEntities(story);
  const quotes = extractQuotes(story, entities);
  const quoting = groupQuotes(story, quotes);
  const alignment = alignSentences(story, quoting.links, quoteSpeakers(story, quotes));
  const { claims, unique } = buildClaims(story, alignment);
  return {
    outlets: story.docs.map((d) => ({
      id: d.input.id,
      outlet: d.input.outlet,
      headline: d.input.headline,
      published: d.input.published,
      wordCount: d.wordCount,
    })),
    claims,
    unique,
    quotes: quoting.groups,
    discrepancies: findDiscrepancies(story, alignment, entities),
    entities: entities.rows,
    page: pageSupport(story, alignment, opts.pageId),
    framing: framingTerms(story),
  };
}
