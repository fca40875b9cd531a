/** The comparison engine: what the reports of one story say, claim by claim. */
export { compareArticles } from './compare';
export { formatComparisonText } from './format';
export type * from './types';
