/**
 * A byline is who wrote the article: a person or an organization, never a date. Pages put all
 * sorts of things where a byline goes: "By By Steven Mufson" (a "By" in the markup and another
 * in the text), "By April 28, 2019 at 6:01 am Updated April 29, 2019" (a dateline in the
 * byline box), a byline element holding only a <time>. Every source of a byline (metadata,
 * JSON-LD, the element Readability finds on the page) goes through bylineOf, which keeps the
 * names alone: no leading "By" (the UI writes its own, strings.byline), no date, nothing when
 * nothing but a date was there.
 */
import { cleanString } from './text';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
/** Words of a dateline: the date's parts and what pages write around them. */
const DATE_WORD = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|\\d+(?:st|nd|rd|th)?|a\\.?m\\.?|p\\.?m\\.?|at|on|of|updated|update|published|posted|` +
    'modified|last|edited|am|pm|utc|gmt|[ecmp][sd]t|bst|cet|cest|et|pt|today|yesterday|ago|min|mins|minutes?|hours?|hrs?|days?)$',
  'i',
);
/**
 * Where a dateline starts inside a byline: a month and a day (either way round), a numeric
 * date, a time, or its label; or a day glued to the name by markup that put no space between
 * them ("by Lucas Nolan22 Dec 2016": the name, then the date, in two elements).
 */
const DATELINE_START = new RegExp(
  `(?:(?:^|[\\s,|·•–—-])(?=(?:(?:${MONTHS})\\.?\\s+\\d|(?:${WEEKDAYS}),?\\s|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\d{1,2}:\\d{2}|` +
    `(?:updated|published|posted)\\b))|(?<=\\p{L})(?=\\d{1,2}\\s+(?:${MONTHS})\\b))`,
  'iu',
);
const LEADING_BY = /^(?:by\b[\s:]*)+/i;

/** The text without its leading "By" (however many: "By By Steven Mufson" -> "Steven Mufson"). */
export function withoutBy(text: string): string {
  return text.replace(LEADING_BY, '').trim();
}

/** True when every word of the text is part of a date or a time ("April 28, 2019 at 6:01 am"). */
export function isDateOnly(text: string): boolean {
  const words = text.split(/[\s,|·•–—/()-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return (
    words.length > 0 &&
    words.every((w) => DATE_WORD.test(w.replace(/[.:]+$/, '').replace(/^[.:]+/, '')) || /^[\d:.]+$/.test(w))
  );
}

/** The names in a byline, or null when it holds none (empty, or only a date). */
export function bylineOf(raw: unknown): string | null {
  const text = cleanString(raw);
  if (!text) return null;
  let names = withoutBy(text);
  // A dateline after the names ("Steven Mufson April 28, 2019"): the names only.
  const at = names.search(DATELINE_START);
  if (at >= 0) {
    const before = names.slice(0, at).replace(/[\s,|·•–—-]+$/, '');
    names = before === '' || isDateOnly(before) ? '' : before;
  }
  names = withoutBy(names);
  if (names === '' || isDateOnly(names)) return null;
  return names;
}
