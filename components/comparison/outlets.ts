/**
 * How the comparison names its outlets: a full label (for titles) and a short one (for lists
 * of names): the same full name for an outlet, never cut; "This page" for the page being read,
 * which comes first. Outlets that would share a label are numbered so each can be told apart.
 */
import type { Comparison } from '@/lib/compare/types';
import { outletName } from '../format';
import { strings } from '../strings';

export interface OutletLabel {
  id: string;
  /** Full name, e.g. "Frankfurter Allgemeine Zeitung"; "This page (Demo Herald)". */
  full: string;
  /** In a list of names: the full name; "This page" for the page. */
  short: string;
  isPage: boolean;
}

/** Labels of every outlet of the comparison, the page first, then in the comparison's order. */
export function outletLabels(c: Comparison, pageId = 'page'): OutletLabel[] {
  const ordered = [...c.outlets.filter((o) => o.id === pageId), ...c.outlets.filter((o) => o.id !== pageId)];
  const labels = ordered.map((o): OutletLabel => {
    const isPage = o.id === pageId;
    const name = outletName(o.outlet);
    if (isPage) {
      const full = o.outlet?.trim() ? strings.comparison.thisPageFull(name) : strings.comparison.thisPage;
      return { id: o.id, full, short: strings.comparison.thisPage, isPage };
    }
    return { id: o.id, full: name, short: name, isPage };
  });
  numberDuplicates(labels, 'full');
  numberDuplicates(labels, 'short');
  return labels;
}

function numberDuplicates(labels: OutletLabel[], key: 'full' | 'short'): void {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l[key], (counts.get(l[key]) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const l of labels) {
    const base = l[key];
    if ((counts.get(base) ?? 0) < 2) continue;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    l[key] = strings.comparison.numbered(base, n);
  }
}

/** Full label by outlet id, falling back to the id itself for an outlet not listed. */
export function labelMap(labels: OutletLabel[]): (id: string) => OutletLabel {
  const byId = new Map(labels.map((l) => [l.id, l]));
  return (id) => byId.get(id) ?? { id, full: id, short: id, isPage: false };
}
