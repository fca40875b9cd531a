/**
 * Story matching: which corpus articles report the same event as the reader's article.
 *
 *   const index = createIndex(corpus.articles);        // or loadIndex(serialized)
 *   const result = createMatcher(index).match({ title, text, date, url });
 */
export { createIndex, type MatchIndex } from './index-build';
export { serializeIndex, loadIndex, type SerializedIndex, type SerializedDoc } from './serialize';
export {
  createMatcher,
  DEFAULT_LIMIT,
  type Matcher,
  type MatcherOptions,
  type MatchOptions,
  type MatchResult,
} from './matcher';
export { sharedClaims, type ClaimText, type SharedClaims } from './verify';
export { DEFAULT_THRESHOLDS, verdictOf, type Thresholds } from './verdict';
export { detectLanguage, SUPPORTED_LANGUAGES, type LanguageInfo } from './language';
