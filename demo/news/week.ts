/**
 * The news week: every article of every outlet, Monday 23 to Sunday 29 November 2026, and the
 * gold labels. `shiftWeek` moves every date by whole days, so a demo run today can show the
 * week as this week (feeds' retention and "3 h ago" then behave as they would on real news).
 */
import { readFileSync } from 'node:fs';
import { AGENCY_CHIEF_SUSPENDED, EKDAL_APPOINTED } from './stories/aftermath.ts';
import { BUDGET_VOTE, DEPUTY_RESIGNS } from './stories/budget.ts';
import { DORN_VERDICT } from './stories/court.ts';
import { VASK_FAREWELL, VASK_TRANSFER } from './stories/football.ts';
import { STORM_ORLA, STORM_RELIEF } from './stories/storm.ts';
import { articleId, type NewsArticle, type NewsGold } from './types.ts';

export const NEWS_ARTICLES: NewsArticle[] = [
  ...BUDGET_VOTE,
  ...DEPUTY_RESIGNS,
  ...AGENCY_CHIEF_SUSPENDED,
  ...STORM_ORLA,
  ...DORN_VERDICT,
  ...STORM_RELIEF,
  ...VASK_TRANSFER,
  ...VASK_FAREWELL,
  ...EKDAL_APPOINTED,
];

export const NEWS_GOLD_PATH = new URL('./gold.json', import.meta.url);

export function newsGold(): NewsGold {
  return JSON.parse(readFileSync(NEWS_GOLD_PATH, 'utf8')) as NewsGold;
}

/** The week's last day, the day `shiftWeek` moves to the anchor's day. */
export const WEEK_LAST_DAY = '2026-11-29';

const DAY_MS = 86_400_000;

/** An ISO date-time with its offset, moved by `days` days, the offset kept. */
export function shiftIso(iso: string, days: number): string {
  if (days === 0) return iso;
  const m = /^(\d{4}-\d{2}-\d{2})(T.*)$/.exec(iso);
  if (!m) return iso;
  const day = new Date(Date.parse(`${m[1]}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return `${day}${m[2]}`;
}

/** Whole days from the week's last day to `anchor`'s (UTC) day. */
export function daysToAnchor(anchor: Date): number {
  const a = Date.parse(`${anchor.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((a - Date.parse(`${WEEK_LAST_DAY}T00:00:00Z`)) / DAY_MS);
}

/** The week with every date moved by `days` (0: as written). */
export function shiftWeek(days: number, articles: NewsArticle[] = NEWS_ARTICLES): NewsArticle[] {
  return articles.map((a) => ({ ...a, published: shiftIso(a.published, days) }));
}

/** The article's plain text, paragraphs separated by a blank line (the corpus format). */
export const articleText = (a: NewsArticle): string => a.paragraphs.join('\n\n');

export const articleSummary = (a: NewsArticle): string => a.summary ?? a.paragraphs[0] ?? a.title;

export { articleId };
