import type { Comparison, DiscrepancyKind } from '@/lib/compare/types';
import { strings } from '../strings';
import { ofId } from '@/lib/by-id';

const KINDS: DiscrepancyKind[] = ['count', 'day', 'place', 'title', 'name'];

/** One part of the summary and the section of the comparison that shows it. */
export interface SummaryPart {
  section: 'unique' | 'differences';
  text: string;
}

/**
 * The parts of the one-line summary about the page being read, e.g. "2 details no other
 * outlet reports" (the "Only here" section), "1 figure that differs" (the "Differences"
 * section). Differences count those the page takes part in; when the page is not among the
 * reports, all of them. Empty when there is nothing of the kind.
 */
export function summaryParts(c: Comparison, pageId = 'page'): SummaryPart[] {
  const s = strings.comparison;
  const pageIncluded = c.outlets.some((o) => o.id === pageId);
  const own = pageIncluded ? (ofId(c.unique, pageId)?.length ?? 0) : 0;
  const relevant = c.discrepancies.filter((d) => !pageIncluded || d.values.some((v) => v.id === pageId));
  const parts: SummaryPart[] = [];
  if (own > 0) parts.push({ section: 'unique', text: s.summaryUnique(own) });
  for (const kind of KINDS) {
    const n = relevant.filter((d) => d.kind === kind).length;
    if (n > 0) parts.push({ section: 'differences', text: s.summaryDiffers[kind](n) });
  }
  return parts;
}

/**
 * One line for the popup about the page being read, e.g. "2 details no other outlet reports,
 * 1 figure that differs".
 */
export function summarize(c: Comparison, pageId = 'page'): string {
  const parts = summaryParts(c, pageId);
  return parts.length > 0
    ? parts.map((p) => p.text).join(strings.comparison.listJoin)
    : strings.comparison.summaryNothing;
}
