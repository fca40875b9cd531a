// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/PopupView';
import type { TabState } from '@/lib/protocol';
import type { Match, PageInfo } from '@/lib/types';

afterEach(cleanup);

const page: PageInfo = {
  isArticle: true,
  title: 'Council approves the river tram',
  byline: null,
  siteName: 'Demo Herald',
  publishedTime: '2025-04-08',
  lang: 'en',
  wordCount: 420,
  signals: ['json-ld NewsArticle'],
  url: 'http://127.0.0.1/a.html',
  canonicalUrl: null,
};

const match = (over: Partial<Match>): Match => ({
  id: 'a',
  outlet: 'The Guardian',
  headline: 'Tram plan passes',
  published: '2025-04-08',
  score: 0.82,
  verdict: 'same-story',
  explanation: { names: ['River Tram'], numbers: ['12'], terms: ['council'] },
  ...over,
});

function show(state: TabState | null, onOpenSidebar = () => {}) {
  return render(<PopupView state={state} onOpenSidebar={onOpenSidebar} />);
}

describe('PopupView', () => {
  it('shows a loading line, never a blank box, before the background answers', () => {
    show(null);
    expect(screen.getByText('Looking at this page…')).toBeTruthy();
  });

  it('says honestly when the page is not an article, with the reason', () => {
    show({ kind: 'not-article', page: null, reason: 'no article markup, 12 words of text' });
    expect(screen.getByText('This page doesn’t look like an article')).toBeTruthy();
    expect(screen.getByText(/12 words of text/)).toBeTruthy();
  });

  it('lists the other outlets with headline, date, closeness and why they matched', () => {
    const onOpen = vi.fn();
    show(
      {
        kind: 'matched',
        page,
        selfId: null,
        sameStoryCount: 2,
        matches: [
          match({}),
          match({ id: 'b', outlet: null, headline: 'Council votes', headlineDerived: true, score: 0.7 }),
          match({ id: 'c', outlet: 'Elsewhere', verdict: 'related' }),
        ],
      },
      onOpen,
    );
    expect(screen.getByText('2 other outlets reported this story')).toBeTruthy();
    const items = screen.getAllByTestId('match');
    expect(items).toHaveLength(2); // only same-story reports are listed
    expect(items[0]!.textContent).toContain('The Guardian');
    expect(items[0]!.textContent).toContain('8 Apr 2025');
    // Closeness in words; the number only on demand.
    expect(items[0]!.textContent).toContain('Very close');
    expect(items[0]!.textContent).not.toContain('82%');
    expect(items[1]!.textContent).toContain('Close');
    expect(items[0]!.textContent).toContain('River Tram, 12, council');
    expect(items[1]!.textContent).toContain('Unattributed outlet');
    expect(items[1]!.textContent).toContain('headline derived from the lead');
    fireEvent.click(screen.getByTestId('open-sidebar'));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('makes each report a link that opens the original in a new tab, with no opener or referrer', () => {
    show({
      kind: 'matched',
      page,
      selfId: null,
      sameStoryCount: 3,
      matches: [
        match({ url: 'https://www.theguardian.com/world/tram' }),
        match({ id: 'b', url: null, headline: 'No address known' }),
        match({ id: 'c', url: 'javascript:alert(1)', headline: 'Hostile address' }),
      ],
    });
    const links = screen.getAllByTestId('report-link') as HTMLAnchorElement[];
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe('https://www.theguardian.com/world/tram');
    expect(links[0]!.target).toBe('_blank');
    expect(links[0]!.rel).toBe('noopener noreferrer');
    expect(links[0]!.textContent).toBe('Tram plan passes');
    expect(screen.getByText('No address known').closest('a')).toBeNull();
    expect(screen.getByText('Hostile address').closest('a')).toBeNull();
  });

  it('shows how close a report is in words, and the number when asked', () => {
    show({ kind: 'matched', page, selfId: null, sameStoryCount: 1, matches: [match({ score: 0.64 })] });
    const button = screen.getByRole('button', { name: /^Close: show how similar/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('closeness').textContent).toBe('Close · 64% similar');
  });

  it('shows a report’s age when it is recent', () => {
    const published = new Date(Date.now() - 3 * 3600_000 - 60_000).toISOString();
    show({ kind: 'matched', page, selfId: null, sameStoryCount: 1, matches: [match({ published })] });
    expect(screen.getByTestId('age').textContent).toBe('3 hr ago');
  });

  it('shows the closest article when there is no coverage', () => {
    show({ kind: 'no-coverage', page, selfId: null, best: match({ verdict: 'different', score: 0.12 }) });
    expect(screen.getByText('No other coverage found')).toBeTruthy();
    expect(screen.getByText('Closest article:')).toBeTruthy();
  });

  it('reports errors with what to do', () => {
    show({ kind: 'error', page: null, message: 'boom' });
    expect(screen.getByRole('alert').textContent).toContain('Reload the page');
    expect(screen.getByRole('alert').textContent).toContain('boom');
  });

  it('renders hostile page text as text, never as markup', () => {
    const { container } = show({
      kind: 'matched',
      page: { ...page, title: '<img src=x onerror="alert(1)">' },
      selfId: null,
      sameStoryCount: 1,
      matches: [match({ headline: '<script>alert(1)</script>' })],
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
  it('says when a verdict rests on a short text', () => {
    show({
      kind: 'matched',
      page,
      matches: [match({ confidence: 'low' }), match({ id: 'b', outlet: 'BBC', confidence: 'high' })],
      selfId: null,
      sameStoryCount: 2,
    });
    const notes = screen.getAllByTestId('short-text');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.textContent).toContain('based on a short text');
  });
});
