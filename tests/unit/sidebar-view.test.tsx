// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarView } from '@/components/SidebarView';
import { timeline } from '@/components/comparison/timeline';
import type { StoryView } from '@/lib/protocol';
import type { Match, PageInfo } from '@/lib/types';
import { fixture } from './comparison-fixture';

afterEach(cleanup);

const page = {
  isArticle: true,
  title: 'Council approves the river tram',
  siteName: 'Demo Herald',
  byline: 'Ann Writer',
  publishedTime: '2025-04-08',
  url: 'https://herald.example/tram',
  canonicalUrl: null,
  lang: 'en',
} as PageInfo;

const match = (over: Partial<Match>): Match => ({
  id: 'g',
  outlet: 'The Guardian',
  headline: 'Tram plan passes',
  published: '2025-04-08',
  score: 0.8,
  verdict: 'same-story',
  ...over,
});

function story(over: Partial<StoryView> = {}): StoryView {
  return {
    tabId: 1,
    page,
    paragraphs: ['The city council approved the river tram on Monday.'],
    selfId: null,
    comparison: fixture(),
    sentences: {},
    reports: [
      { match: match({}), lead: ['The council approved the river tram on Tuesday.'], url: null },
      { match: match({ id: 'b', outlet: 'BBC News', published: '2025-04-09' }), lead: [], url: null },
      {
        match: match({
          id: 'x',
          outlet: null,
          url: 'https://www.latintimes.com/tram',
          headlineDerived: true,
        }),
        lead: [],
        url: null,
      },
    ],
    ...over,
  };
}

const tabs = () => screen.getAllByRole('tab').map((t) => t.textContent);
const openTab = () => screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true');

describe('the side panel header', () => {
  it('names the story, the outlet read, how many others report it, and what is different', () => {
    render(<SidebarView story={story()} />);
    const head = screen.getByTestId('current-article');
    expect(within(head).getByRole('heading', { level: 1 }).textContent).toBe(
      'Council approves the river tram',
    );
    expect(head.textContent).toContain('You are reading Demo Herald');
    expect(head.textContent).toContain('By Ann Writer');
    const links = within(screen.getByTestId('story-summary')).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      '3 other outlets reported this story',
      '1 detail no other outlet reports',
      '1 figure that differs',
      '1 date that differs',
    ]);
  });

  it('opens the section of each part of the summary', () => {
    render(<SidebarView story={story()} />);
    expect(openTab()!.textContent).toBe('Overview');
    const link = (name: string) => within(screen.getByTestId('story-summary')).getByRole('link', { name });
    fireEvent.click(link('1 detail no other outlet reports'));
    expect(openTab()!.textContent).toBe('Only here');
    expect(screen.getByRole('tabpanel').dataset.key).toBe('unique');
    fireEvent.click(link('1 date that differs'));
    expect(screen.getByRole('tabpanel').dataset.key).toBe('differences');
    fireEvent.click(link('3 other outlets reported this story'));
    expect(screen.getByRole('tabpanel').dataset.key).toBe('reports');
    // A tab chosen by hand still opens.
    fireEvent.click(screen.getByRole('tab', { name: 'Quotes' }));
    expect(screen.getByRole('tabpanel').dataset.key).toBe('quotes');
  });

  it('shows the other reports in a section of their own, not under every section', () => {
    render(<SidebarView story={story()} />);
    expect(tabs().at(-1)).toBe('Reports (3)');
    expect(screen.queryAllByTestId('report')).toHaveLength(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Reports (3)' }));
    expect(screen.getAllByTestId('report')).toHaveLength(3);
    for (const name of ['Overview', 'Only here', 'Differences', 'Headlines']) {
      fireEvent.click(screen.getByRole('tab', { name }));
      expect(screen.queryAllByTestId('report')).toHaveLength(0);
      expect(screen.queryByText('You are reading')).toBeNull();
    }
  });

  it('names an outlet without a name by the host of its address, everywhere', () => {
    render(<SidebarView story={story()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    const rows = screen.getAllByTestId('claim-row');
    expect(within(rows[0]!).getByTestId('carried-by').textContent).toBe('3 of 4 outlets, not latintimes.com');
    fireEvent.click(screen.getByRole('tab', { name: 'Reports (3)' }));
    const reports = screen.getAllByTestId('report');
    expect(reports[2]!.querySelector('.outlet')!.textContent).toBe('latintimes.com');
    expect(document.body.textContent).not.toMatch(/Unattributed outlet|Unknown/);
  });

  it('keeps "(headline derived from the lead)" in the Headlines section', () => {
    render(<SidebarView story={story()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Headlines' }));
    const x = screen.getAllByTestId('headline').find((h) => h.dataset.outlet === 'x')!;
    expect(x.textContent).toContain('Tram approved');
    expect(x.textContent).toContain('(headline derived from the lead)');
  });

  it('names the page by its host when the page names no outlet', () => {
    render(<SidebarView story={story({ page: { ...page, siteName: null } })} />);
    expect(screen.getByTestId('current-article').textContent).toContain('You are reading herald.example');
  });
});

describe('the side panel without coverage', () => {
  it('says "No other coverage found", as the popup does, and shows no unrelated article', () => {
    const closest = match({ id: 'far', verdict: 'different', score: 0.05, headline: 'Unrelated story' });
    render(
      <SidebarView
        story={story({
          comparison: null,
          reports: [{ match: closest, lead: ['Full text of it.'], url: null }],
        })}
      />,
    );
    expect(screen.getByTestId('no-coverage').textContent).toContain('No other coverage found');
    expect(document.body.textContent).not.toContain('Other reports');
    expect(document.body.textContent).not.toContain('Unrelated story');
    expect(document.body.textContent).not.toContain('Full text of it.');
    expect(screen.queryAllByRole('tab')).toHaveLength(0);
    expect(document.querySelector('main')!.dataset.state).toBe('no-coverage');
  });
});

describe('the timeline', () => {
  it('says who reported first and who followed, and how a differing figure went', () => {
    render(<SidebarView story={story()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Reports (3)' }));
    const rows = screen.getAllByTestId('timeline-row');
    // The page, the Guardian and latintimes.com on the 8th, the BBC a day later.
    expect(rows.map((r) => r.dataset.outlet)).toEqual(['page', 'g', 'x', 'b']);
    expect(rows.map((r) => r.dataset.first)).toEqual(['yes', 'yes', 'yes', 'no']);
    expect(rows[3]!.textContent).toContain('1 day later');
    // Several published first: the header names nobody as first.
    expect(screen.queryByTestId('first-report')).toBeNull();
  });

  it('names the first report in the header when one came before the others', () => {
    const s = story();
    s.reports = s.reports.map((r) => ({ ...r, match: { ...r.match, published: '2025-04-09T10:00:00Z' } }));
    s.reports[0]!.match.published = '2025-04-09T07:30:00Z';
    s.page = { ...page, publishedTime: '2025-04-09T09:00:00Z' };
    render(<SidebarView story={s} />);
    expect(screen.getByTestId('first-report').textContent).toContain('First reported by The Guardian');
    fireEvent.click(screen.getByRole('tab', { name: 'Reports (3)' }));
    const rows = screen.getAllByTestId('timeline-row');
    expect(rows.map((r) => r.dataset.outlet)).toEqual(['g', 'page', 'b', 'x']);
    expect(rows[1]!.textContent).toContain('1 hr later');
    expect(rows[2]!.textContent).toContain('2 hr later');
    const changes = screen.getByTestId('timeline-changes');
    expect(changes.textContent).toContain('15,000 (The Guardian) → 12,000 (This page (Demo Herald))');
  });

  it('is not shown when the dates are unknown or all the same', () => {
    const same = story({ page: { ...page, publishedTime: null } });
    same.reports = same.reports.map((r) => ({ ...r, match: { ...r.match, published: '2025-04-08' } }));
    render(<SidebarView story={same} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Reports (3)' }));
    expect(screen.queryByTestId('timeline')).toBeNull();
    expect(
      timeline([
        { id: 'a', name: 'A', published: null },
        { id: 'b', name: 'B', published: '2025-04-08' },
      ]),
    ).toEqual([]);
  });
});
