import { strings } from './strings';

export function outletName(outlet: string | null | undefined): string {
  return outlet && outlet.trim() ? outlet : strings.unattributedOutlet;
}

/** "8 Apr 2025" for an ISO date; the raw value when it is not one; a label when missing. */
export function formatDate(value: string | null | undefined, locale = 'en-GB'): string {
  if (!value) return strings.unknownDate;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function percent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100);
}
