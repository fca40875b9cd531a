import type { Comparison, DiscrepancyKind } from '@/lib/compare/types';
import { strings } from '../strings';
import { ofId } from '@/lib/by-id';

const KINDS: DiscrepancyKind[] = ['count', 'day', 'place', 'title'];

/**
 * One line for the popup about the page being read, e.g. "2 details no other outlet reports,
 * 1 figure that differs". Differences count those the page takes part in; when the page is
 * not among the reports, all of them.
 */
export function summarize(c: Comparison, pageId = 'page'): string {
  const s = strings.comparison;
  const pageIncluded = c.outlets.some((o) => o.id === pageId);
  const own = pageIncluded ? (ofId(c.unique, pageId)?.length ?? 0) : 0;
  const relevant = c.discrepancies.filter((d) => !pageIncluded || d.values.some((v) => v.id === pageId));
  const parts: string[] = [];
  if (own > 0) parts.push(s.summaryUnique(own));
  for (const kind of KINDS) {
    const n = relevant.filter((d) => d.kind === kind).length;
    if (n > 0) parts.push(s.summaryDiffers[kind](n));
  }
  return parts.length > 0 ? parts.join(s.listJoin) : s.summaryNothing;
}
