import type { Match } from '@/lib/types';
import { strings } from './strings';

/**
 * An outlet's name for the reader: its name; else the host of its address ("latintimes.com"),
 * which says who published it; "Unattributed outlet" only when neither is known.
 */
export function outletName(outlet: string | null | undefined, url?: string | null): string {
  if (outlet && outlet.trim()) return outlet;
  return hostLabel(url) ?? strings.unattributedOutlet;
}

/** "latintimes.com" for an http(s) address (without "www."), else null. */
export function hostLabel(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "Same text as Reuters" for a report that repeats another's text, else null. */
export function identicalNote(match: Pick<Match, 'identical' | 'identicalTo'>): string | null {
  if (match.identical !== true) return null;
  return match.identicalTo
    ? strings.sameTextAs(outletName(match.identicalTo.outlet))
    : strings.sameTextAsPage;
}

/** One formatter per locale: making one is slow, and a long list formats hundreds of dates. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(locale, format);
  }
  return format;
}

/** "8 Apr 2025" for an ISO date; the raw value when it is not one; a label when missing. */
export function formatDate(value: string | null | undefined, locale = UI_LOCALE): string {
  if (!value) return strings.unknownDate;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return value;
  return dateFormat(locale).format(d);
}

export function percent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100);
}

/** The locale of the UI's words (strings.ts is English); dates and ages are written in it. */
export const UI_LOCALE = 'en-GB';

let relativeFormat: Intl.RelativeTimeFormat | null = null;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Older than this, a date reads better than an age ("8 Apr 2025", not "87 weeks ago"). */
const AGE_MAX_DAYS = 7;

/**
 * How long ago something happened, in the reader's words: "just now", "12 min ago",
 * "3 hr ago", "yesterday", "4 days ago"; the date itself past a week, or when it is in the
 * future by more than a few minutes (a wrong clock). A date without a time counts in days.
 * The one age helper of the UI (reports, last refresh, errors).
 */
export function formatAge(value: string | number | null | undefined, now: number = Date.now()): string {
  if (value === null || value === undefined || value === '') return strings.unknownDate;
  const dateOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(time)) return typeof value === 'string' ? value : strings.unknownDate;
  const dated = () =>
    typeof value === 'string' ? formatDate(value) : formatDate(new Date(time).toISOString());
  relativeFormat ??= new Intl.RelativeTimeFormat(UI_LOCALE, { style: 'short', numeric: 'auto' });
  if (dateOnly) {
    const today = Math.floor(now / DAY);
    const days = today - Math.floor(time / DAY);
    if (days < 0 || days > AGE_MAX_DAYS) return dated();
    return days === 0 ? strings.today : relativeFormat.format(-days, 'day');
  }
  const ago = now - time;
  if (ago < -5 * MINUTE || ago > AGE_MAX_DAYS * DAY) return dated();
  if (ago < MINUTE) return strings.justNow;
  if (ago < HOUR) return relativeFormat.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relativeFormat.format(-Math.floor(ago / HOUR), 'hour');
  return relativeFormat.format(-Math.floor(ago / DAY), 'day');
}

let momentFormat: Intl.DateTimeFormat | null = null;

/** "8 Apr 2025" for a date alone, "8 Apr 2025, 09:14" (the reader's time) for a date-time. */
export function formatMoment(value: string | null | undefined): string {
  if (!value || /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  momentFormat ??= new Intl.DateTimeFormat(UI_LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
  return momentFormat.format(new Date(time));
}

/**
 * How long until something due: "in a moment", "in 25 min", "in 3 hr", "tomorrow", "in 3 days"
 * (the next scheduled refresh, a failing feed's next try). formatAge is for what is past.
 */
export function formatUntil(time: number, now: number = Date.now()): string {
  relativeFormat ??= new Intl.RelativeTimeFormat(UI_LOCALE, { style: 'short', numeric: 'auto' });
  const left = time - now;
  if (left < MINUTE) return strings.inAMoment;
  if (left < HOUR) return relativeFormat.format(Math.round(left / MINUTE), 'minute');
  if (left < DAY) return relativeFormat.format(Math.round(left / HOUR), 'hour');
  return relativeFormat.format(Math.round(left / DAY), 'day');
}

let timeFormat: Intl.DateTimeFormat | null = null;

/** "3 Dec 2026, 09:14:05" in the reader's time zone: the request log's times. */
export function formatTime(time: number): string {
  timeFormat ??= new Intl.DateTimeFormat(UI_LOCALE, { dateStyle: 'medium', timeStyle: 'medium' });
  return timeFormat.format(new Date(time));
}

let languageNames: Intl.DisplayNames | null = null;

/** "French" for "fr" (a BCP 47 tag), in the UI's language; the tag itself when none is known. */
export function languageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames([UI_LOCALE], { type: 'language', fallback: 'none' });
    const name = languageNames.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : code;
  } catch {
    return code; // not a well-formed tag
  }
}
