/**
 * What the side panel shows of a tab's story, from the background's StoryView: the other
 * outlets' reports of the same story only (a "closest article" of another story is not
 * coverage: the popup says "No other coverage found" then, and so does the side panel), and
 * the comparison with each outlet named as the reader can know it (a report without an outlet
 * name is named by its address's host: "latintimes.com", not "Unattributed outlet").
 */
import type { Comparison, OutletSummary } from '@/lib/compare/types';
import type { StoryReport, StoryView } from '@/lib/protocol';
import { sameStory } from '@/lib/story';
import type { PageInfo } from '@/lib/types';
import { hostLabel, outletName } from './format';

/** The reports of the same story, in the background's order. */
export function coverage(story: StoryView): StoryReport[] {
  const same = new Set(sameStory(story.reports.map((r) => r.match)));
  return story.reports.filter((r) => same.has(r.match));
}

export function pageOutlet(page: PageInfo): string {
  return outletName(page.siteName, page.url ?? page.canonicalUrl);
}

export function reportOutlet(report: StoryReport): string {
  return outletName(report.match.outlet, report.match.url ?? report.url);
}

/** An outlet summary with the headline flag the side panel knows from the match. */
export type NamedOutlet = OutletSummary & { headlineDerived?: boolean };

/**
 * The comparison with unnamed outlets named by their host, and headlines written from the
 * lead flagged (the matches know both; the comparison does not). Null without one.
 */
export function namedComparison(story: StoryView, pageId = 'page'): Comparison | null {
  const c = story.comparison;
  if (!c) return null;
  const reports = new Map(story.reports.map((r) => [r.match.id, r]));
  const outlets = c.outlets.map((o): NamedOutlet => {
    const report = reports.get(o.id);
    const host =
      o.id === pageId
        ? hostLabel(story.page.url ?? story.page.canonicalUrl)
        : report
          ? hostLabel(report.match.url ?? report.url)
          : null;
    const named: NamedOutlet = { ...o, outlet: o.outlet?.trim() ? o.outlet : (host ?? o.outlet) };
    if (report?.match.headlineDerived) named.headlineDerived = true;
    return named;
  });
  return { ...c, outlets };
}
