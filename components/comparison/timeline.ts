/**
 * Who reported a story first and who followed, from the reports' publication dates. A date
 * without a time counts in days ("same day", "2 days later"); two times count in minutes,
 * hours or days. Pure: the side panel's Timeline renders it.
 */
import type { Discrepancy } from '@/lib/compare/types';

export interface Dated {
  id: string;
  name: string;
  published: string | null;
}

export interface TimelineRow {
  id: string;
  name: string;
  published: string;
  /** Epoch milliseconds (a date alone: its midnight, UTC). */
  time: number;
  dateOnly: boolean;
  /** Since the first report; null for the first (and for each published with it). */
  after: { unit: 'minute' | 'hour' | 'day'; n: number } | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The dated reports in publication order (ties keep the given order); [] with fewer than two,
 * or when all were published the same day (dates alone) or the same minute: then nobody was first.
 */
export function timeline(reports: readonly Dated[]): TimelineRow[] {
  const dated = reports.flatMap((r) => {
    if (!r.published) return [];
    const dateOnly = DATE_ONLY.test(r.published);
    const time = Date.parse(dateOnly ? `${r.published}T00:00:00Z` : r.published);
    return Number.isNaN(time) ? [] : [{ ...r, published: r.published, time, dateOnly }];
  });
  if (dated.length < 2) return [];
  const sorted = dated
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.time - b.r.time || a.i - b.i)
    .map(({ r }) => r);
  const first = sorted[0]!;
  const rows = sorted.map((r): TimelineRow => {
    if (r.dateOnly || first.dateOnly) {
      const days = Math.floor(r.time / DAY) - Math.floor(first.time / DAY);
      return { ...r, after: days === 0 ? null : { unit: 'day', n: days } };
    }
    const gap = r.time - first.time;
    if (gap < MINUTE) return { ...r, after: null };
    if (gap < HOUR) return { ...r, after: { unit: 'minute', n: Math.floor(gap / MINUTE) } };
    if (gap < DAY) return { ...r, after: { unit: 'hour', n: Math.floor(gap / HOUR) } };
    return { ...r, after: { unit: 'day', n: Math.floor(gap / DAY) } };
  });
  return rows.some((r) => r.after) ? rows : [];
}

/** Who published first: the one outlet before every other, or null when several tie. */
export function firstReport(rows: readonly TimelineRow[]): TimelineRow | null {
  const firsts = rows.filter((r) => r.after === null);
  return firsts.length === 1 ? firsts[0]! : null;
}

export interface Change {
  discrepancy: Discrepancy;
  /** The values in the order the outlets published them: the first, then each change. */
  steps: { id: string; value: string }[];
}

/**
 * How the differing figures and dates went along the way: each difference's values in the
 * order their outlets published, a step only where the value changed. Only dated outlets count;
 * a difference whose dated values never change is left out.
 */
export function changes(discrepancies: readonly Discrepancy[], rows: readonly TimelineRow[]): Change[] {
  const order = new Map(rows.map((r, i) => [r.id, i]));
  return discrepancies.flatMap((d) => {
    const values = d.values
      .filter((v) => order.has(v.id))
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const steps: Change['steps'] = [];
    for (const v of values) if (steps.at(-1)?.value !== v.value) steps.push({ id: v.id, value: v.value });
    return steps.length >= 2 ? [{ discrepancy: d, steps }] : [];
  });
}
