/**
 * Every user-facing string of the extension's UI, in one place, ready for translation.
 * Functions take the variable parts; nothing is concatenated elsewhere.
 */
export const strings = {
  appName: 'Parallax',
  loading: 'Looking at this page…',
  working: 'Comparing with other outlets…',
  idleTitle: 'Nothing to compare yet',
  idleBody: 'Open a news article and Parallax will look for other outlets’ reports of the same story.',
  notArticleTitle: 'This page doesn’t look like an article',
  notArticleBody: 'Parallax compares news articles. It found no article on this page.',
  whyLabel: 'Why:',
  noCoverageTitle: 'No other coverage found',
  noCoverageBody: 'None of the articles in your corpus report this story.',
  closestLabel: 'Closest article:',
  unsupportedTitle: 'Language not supported yet',
  unsupportedBody: (lang: string | null) =>
    `This article seems to be in ${lang ? `“${lang}”` : 'a language'} Parallax cannot compare yet. It was not matched, to avoid wrong results.`,
  errorTitle: 'Something went wrong',
  errorBody: 'Parallax could not analyse this page. Reload the page to try again.',
  errorDetail: 'Details:',
  matchedCount: (n: number) =>
    n === 1 ? '1 other outlet reported this story' : `${n} other outlets reported this story`,
  thisArticleIsInCorpus: 'This article is in your corpus.',
  openSidebar: 'Compare in sidebar',
  openSidebarFailed: 'The sidebar could not be opened here.',
  unattributedOutlet: 'Unattributed outlet',
  derivedHeadline: 'headline derived from the lead',
  unknownDate: 'date unknown',
  similarity: (pct: number) => `${pct}% similar`,
  verdict: { 'same-story': 'Same story', related: 'Related', different: 'Different story' },
  sharedLabel: 'Shared:',
  sidebarTitle: 'Parallax — coverage',
  readingNow: 'You are reading',
  otherReports: 'Other reports',
  noStoryTitle: 'No story to compare',
  noStoryBody: 'Open a news article in this tab. When other outlets report the same story, they appear here.',
  openOriginal: 'Open original',
  byline: (b: string) => `By ${b}`,
} as const;
