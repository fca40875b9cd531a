import { useState } from 'preact/hooks';
import type { StoryReport, StoryView } from '@/lib/protocol';
import { ComparisonView, type TabDef } from './comparison/ComparisonView';
import type { OnLocate } from './comparison/Locate';
import { summaryParts } from './comparison/summary';
import { Timeline } from './comparison/Timeline';
import { firstReport, timeline, type TimelineRow } from './comparison/timeline';
import { Closeness } from './Closeness';
import { formatAge, formatDate, identicalNote } from './format';
import { ReportHeadline } from './ReportHeadline';
import { coverage, namedComparison, pageOutlet, reportOutlet } from './sidebar-story';
import { strings } from './strings';

export interface SidebarViewProps {
  /** undefined while loading; null when the active tab has no story to compare. */
  story: StoryView | null | undefined;
  /** Scroll the page to a sentence and flash it. */
  onLocate?: OnLocate;
}

const t = strings.sidebar;

/**
 * The side panel: a header (the story, how many outlets, what is different here, each part a
 * link into its section), then the sections, one at a time. The other reports are a section
 * of their own (with the timeline when their dates are known), never repeated under the others.
 * Without coverage it says so, as the popup does.
 */
export function SidebarView({ story, onLocate = () => {} }: SidebarViewProps) {
  const [section, setSection] = useState<string | undefined>(undefined);
  if (story === undefined) {
    return (
      <main class="sidebar" data-state="loading" aria-busy="true">
        <p class="message">{strings.loading}</p>
      </main>
    );
  }
  if (story === null) {
    return (
      <main class="sidebar" data-state="empty">
        <section class="message" role="status">
          <h2>{strings.noStoryTitle}</h2>
          <p>{strings.noStoryBody}</p>
        </section>
      </main>
    );
  }
  const { page } = story;
  const reports = coverage(story);
  const comparison = reports.length > 0 ? namedComparison(story) : null;
  const rows = timeline([
    { id: 'page', name: strings.comparison.thisPageFull(pageOutlet(page)), published: page.publishedTime },
    ...reports.map((r) => ({ id: r.match.id, name: reportOutlet(r), published: r.match.published })),
  ]);
  const parts = comparison ? summaryParts(comparison) : [];
  const first = firstReport(rows);
  const open = (key: string) => (e: Event) => {
    e.preventDefault();
    setSection(key);
    // The tab of the section takes the focus, so the reader goes on from there.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.cmp-tab[data-key="${key}"]`)?.focus());
  };
  const reportsSection = (
    <ReportsSection reports={reports} rows={rows} discrepancies={comparison?.discrepancies ?? []} />
  );
  const more: TabDef[] = [
    { key: 'reports', label: t.reportsTab(reports.length), render: () => reportsSection },
  ];
  return (
    <main class="sidebar" data-state={reports.length > 0 ? 'story' : 'no-coverage'}>
      <header class="story-head" data-testid="current-article">
        <p class="story-label">{strings.sidebarTitle}</p>
        <h1 class="story-title">{page.title ?? strings.sidebarTitle}</h1>
        <p class="meta story-meta">
          <span class="outlet">{t.reading(pageOutlet(page))}</span>
          {page.byline ? <span> · {strings.byline(page.byline)}</span> : null}
          <span> · {formatDate(page.publishedTime)}</span>
        </p>
        {reports.length === 0 ? (
          <section class="message" role="status" data-testid="no-coverage">
            <h2>{strings.noCoverageTitle}</h2>
            <p>{strings.noCoverageBody}</p>
          </section>
        ) : (
          <ul class="story-summary" data-testid="story-summary" aria-label={t.summaryLabel}>
            <li>
              <a href="#reports" onClick={comparison ? open('reports') : undefined} data-section="reports">
                {strings.matchedCount(reports.length)}
              </a>
              {first ? (
                <span class="story-first" data-testid="first-report">
                  {' · '}
                  {first.id === 'page' ? t.firstHere : t.firstBy(first.name)}
                </span>
              ) : null}
            </li>
            {parts.map((p, i) => (
              <li key={i}>
                <a href={`#${p.section}`} onClick={open(p.section)} data-section={p.section}>
                  {p.text}
                </a>
              </li>
            ))}
          </ul>
        )}
      </header>
      {reports.length === 0 ? null : comparison ? (
        <ComparisonView
          comparison={comparison}
          onLocate={onLocate}
          sentences={story.sentences}
          section={section}
          onSection={setSection}
          more={more}
        />
      ) : (
        <section class="reports" id="reports" aria-label={t.reportsTab(reports.length)}>
          {reportsSection}
        </section>
      )}
    </main>
  );
}

function ReportsSection({
  reports,
  rows,
  discrepancies,
}: {
  reports: StoryReport[];
  rows: TimelineRow[];
  discrepancies: Parameters<typeof Timeline>[0]['discrepancies'];
}) {
  return (
    <>
      <Timeline rows={rows} discrepancies={discrepancies} />
      <ul class="report-list">
        {reports.map((r) => {
          const { match, lead, url } = r;
          return (
            <li key={match.id} class="card report" data-testid="report" data-verdict={match.verdict}>
              <div class="match-head">
                <span class={`outlet${match.outlet ? '' : ' outlet-unknown'}`}>{reportOutlet(r)}</span>
                <Closeness match={match} />
              </div>
              <h3 class="headline">
                <ReportHeadline match={match} url={match.url ?? url} />
              </h3>
              <div class="meta">
                {formatAge(match.published)}
                {match.partial ? (
                  <span data-testid="partial"> · {strings.popupExtra.summaryOnly}</span>
                ) : null}
                {identicalNote(match) ? <span data-testid="identical"> · {identicalNote(match)}</span> : null}
              </div>
              {lead.slice(0, 2).map((p, i) => (
                <p key={i} class="para">
                  {p}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}
