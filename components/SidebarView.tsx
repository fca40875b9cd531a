import type { StoryView } from '@/lib/protocol';
import { ComparisonView } from './comparison/ComparisonView';
import type { OnLocate } from './comparison/Locate';
import { Closeness } from './Closeness';
import { formatAge, formatDate, identicalNote, outletName } from './format';
import { ReportHeadline } from './ReportHeadline';
import { strings } from './strings';

export interface SidebarViewProps {
  /** undefined while loading; null when the active tab has no story to compare. */
  story: StoryView | null | undefined;
  /** Scroll the page to a sentence and flash it. */
  onLocate?: OnLocate;
}

/** The sidebar: the article being read beside the other outlets' reports of its story. */
export function SidebarView({ story, onLocate = () => {} }: SidebarViewProps) {
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
  return (
    <main class="sidebar" data-state="story">
      <h1 class="sr-only">{strings.sidebarTitle}</h1>
      {story.comparison ? (
        <ComparisonView comparison={story.comparison} onLocate={onLocate} sentences={story.sentences} />
      ) : null}
      <div class="columns">
        <section class="reading" aria-labelledby="reading-h">
          <h2 id="reading-h" class="label">
            {strings.readingNow}
          </h2>
          <article class="card current" data-testid="current-article">
            <div class="outlet">{outletName(page.siteName)}</div>
            <h3 class="headline">{page.title}</h3>
            <div class="meta">
              {page.byline ? <span>{strings.byline(page.byline)} · </span> : null}
              <span>{formatDate(page.publishedTime)}</span>
            </div>
            {story.paragraphs.slice(0, story.comparison ? 1 : 4).map((p, i) => (
              <p key={i} class="para">
                {p}
              </p>
            ))}
          </article>
        </section>
        <section class="reports" aria-labelledby="reports-h">
          <h2 id="reports-h" class="label">
            {strings.otherReports} ({story.reports.length})
          </h2>
          <ul class="report-list">
            {story.reports.map(({ match, lead, url }) => (
              <li key={match.id} class="card report" data-testid="report" data-verdict={match.verdict}>
                <div class="match-head">
                  <span class={`outlet${match.outlet ? '' : ' outlet-unknown'}`}>
                    {outletName(match.outlet)}
                  </span>
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
                  {identicalNote(match) ? (
                    <span data-testid="identical"> · {identicalNote(match)}</span>
                  ) : null}
                </div>
                {lead.slice(0, 2).map((p, i) => (
                  <p key={i} class="para">
                    {p}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
