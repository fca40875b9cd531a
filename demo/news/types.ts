/**
 * The news week's data model: fictional outlets of a fictional country (Veldania), each with a
 * home page and a feed in one of the four feed formats, and the articles they publish over
 * seven days. Which article reports which event is kept apart, in gold.json, so a matcher can
 * be scored against it without the labels ever reaching the data it reads.
 */
import type { FeedFormat } from '../../lib/feeds/types.ts';
import type { Theme } from '../themes.ts';

export type OutletId = 'herald' | 'today' | 'record' | 'northline' | 'valleypost' | 'meridian';

export interface NewsOutlet {
  id: OutletId;
  name: string;
  format: FeedFormat;
  /** The feed's file under the outlet's folder: "feed.xml", "index.rdf", "atom.xml", "feed.json". */
  feedFile: string;
  /** True when the feed carries each article's full text, not only its summary. */
  fullContent: boolean;
  /** The charset of the outlet's feed and pages. */
  charset: 'utf-8' | 'windows-1252';
  lang: string;
  description: string;
  theme: Theme;
}

export interface NewsArticle {
  outlet: OutletId;
  /** File name under /OUTLET/articles/, without ".html". */
  slug: string;
  title: string;
  byline: string;
  /** ISO 8601 with the local offset (Veldania keeps Central European Time). */
  published: string;
  /** The feed's summary; the first paragraph when absent. */
  summary?: string;
  paragraphs: string[];
}

/** An article's id everywhere (gold.json, the eval): "OUTLET/SLUG". */
export const articleId = (a: Pick<NewsArticle, 'outlet' | 'slug'>): string => `${a.outlet}/${a.slug}`;

export interface NewsGold {
  /** Event id -> what happened, for people reading the figures. */
  events: Record<string, { day: string; what: string }>;
  /** Article id -> the event it reports. Same event = same story. */
  articles: Record<string, string>;
  /** Pairs of different events about the same people on the same or adjacent days. */
  samePeople: [string, string][];
  /** Article ids carrying the same wire text word for word. */
  syndicated: string[][];
}
