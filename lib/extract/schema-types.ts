/** schema.org page types, as JSON-LD `@type` names them. */

/** News articles proper: preferred when a page declares several article nodes. */
export const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'LiveBlogPosting',
]);
/** Every type of one article, post or report. */
export const ARTICLE_TYPES = new Set([
  ...NEWS_TYPES,
  'Article',
  'AdvertiserContentArticle',
  'Report',
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'TechArticle',
  'BlogPosting',
  'SocialMediaPosting',
  'DiscussionForumPosting',
]);
/** Page types that say "a list of things", not one article. */
export const LISTING_TYPES = new Set([
  'CollectionPage',
  'ItemList',
  'SearchResultsPage',
  'ProfilePage',
  'Blog',
]);
