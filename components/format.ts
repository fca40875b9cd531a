import { strings } from './strings';

export function outletName(outlet: string | null | undefined): string {
  return outlet && outlet.trim() ? outlet : strings.unattributedOutlet;
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
export function formatDate(value: string | null | undefined, locale = 'en-GB'): string {
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
