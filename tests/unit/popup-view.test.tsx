// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '@/components/PopupView';
import type { SelfArticle, TabState } from '@/lib/protocol';
import { strings } from '@/components/strings';
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
  score: 0.97,
  similarity: 0.9,
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
          match({ id: 'b', outlet: null, headline: 'Council votes', headlineDerived: true, similarity: 0.7 }),
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
    expect(items[0]!.textContent).not.toContain('90%');
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
    show({ kind: 'matched', page, selfId: null, sameStoryCount: 1, matches: [match({ similarity: 0.64 })] });
    const button = screen.getByRole('button', { name: /^Close: show how similar/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('closeness').title).toBe('64% similar'); // on hover, too
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('closeness').textContent).toBe('Close · 64% similar');
  });

  it('never calls another outlet’s own retelling "100% similar": the number is how alike the texts are, not the score', () => {
    // Two full reports of one event: the score nears 1, their wording shares 0.72.
    show({
      kind: 'matched',
      page,
      selfId: null,
      sameStoryCount: 1,
      matches: [match({ score: 0.998, similarity: 0.72 })],
    });
    fireEvent.click(screen.getByRole('button', { name: /show how similar/ }));
    expect(screen.getByTestId('closeness').textContent).toBe('Close · 72% similar');
    expect(document.body.textContent).not.toMatch(/100%|99%/);
  });

  it('shows no number when the similarity of a stored result is unknown', () => {
    const stored = match({ score: 0.99 });
    delete stored.similarity;
    show({ kind: 'matched', page, selfId: null, sameStoryCount: 1, matches: [stored] });
    expect(screen.getByTestId('closeness').textContent).toBe('Close');
    expect(screen.queryByRole('button', { name: /show how similar/ })).toBeNull();
  });

  it('puts the story, the outlets, the summary, the reports, then the actions, in that order', () => {
    const { container } = render(
      <PopupView
        state={{ kind: 'matched', page, selfId: null, sameStoryCount: 1, matches: [match({})] }}
        summary="2 details no other outlet reports"
        onOpenSidebar={() => {}}
      />,
    );
    const order = [
      '.story-title',
      '[data-testid="summary"]',
      '[data-testid="special"]',
      '.matches',
      '.actions',
    ];
    const nodes = order.map((sel) => container.querySelector(sel)!);
    for (let i = 1; i < nodes.length; i++) {
      expect(
        nodes[i - 1]!.compareDocumentPosition(nodes[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(screen.getByTestId('special').textContent).toBe('2 details no other outlet reports');
  });

  it('shows a report’s age when it is recent', () => {
    const published = new Date(Date.now() - 3 * 3600_000 - 60_000).toISOString();
    show({ kind: 'matched', page, selfId: null, sameStoryCount: 1, matches: [match({ published })] });
    expect(screen.getByTestId('age').textContent).toBe('3 hr ago');
  });

  it('shows no "different story" card when there is no coverage: an unrelated article is noise', () => {
    show({
      kind: 'no-coverage',
      page,
      selfId: null,
      best: match({ verdict: 'different', score: 0.12, similarity: 0 }),
    });
    expect(screen.getByText('No other coverage found')).toBeTruthy();
    expect(screen.queryByTestId('match')).toBeNull();
    expect(document.body.textContent).not.toMatch(/Different story|0% similar|Closest/);
    // Never "your corpus" when the reader may have none; what to do instead.
    expect(document.body.textContent).not.toContain('your corpus');
    expect(document.body.textContent).toContain('Follow outlets in Sources');
  });

  it('shows a related report (another development) when there is no coverage', () => {
    show({ kind: 'no-coverage', page, selfId: null, best: match({ verdict: 'related', similarity: 0.3 }) });
    expect(screen.getByTestId('related').textContent).toContain('A related report:');
    expect(screen.getByTestId('match').textContent).toContain('Related');
  });

  it('says where the article being read came from when Parallax has it', () => {
    const matched = (self: SelfArticle | undefined) =>
      show({ kind: 'matched', page, selfId: 'x', self, sameStoryCount: 1, matches: [match({})] });
    const cases: [Parameters<typeof matched>[0], string][] = [
      [
        { origin: 'bundled', outlet: 'The Moscow Times' },
        'one of the sample reports that come with Parallax',
      ],
      [{ origin: 'user', outlet: null }, 'This article is in your corpus.'],
      [
        { origin: 'live', outlet: 'Coastal Record' },
        'fetched this article from Coastal Record, an outlet you follow',
      ],
      [{ origin: 'history', outlet: null }, 'kept this article from your reading'],
      [undefined, 'Parallax already has this article.'],
    ];
    for (const [self, text] of cases) {
      matched(self);
      expect(screen.getByTestId('self').textContent).toContain(text);
      cleanup();
    }
    // A bundled article is never said to be in the reader's corpus.
    matched({ origin: 'bundled', outlet: null });
    expect(screen.getByTestId('self').textContent).not.toContain('your corpus');
  });

  it('names the language it cannot compare yet, not its code', () => {
    show({ kind: 'unsupported-language', page, lang: 'fr' });
    expect(document.body.textContent).toContain('in French Parallax cannot compare yet');
    cleanup();
    show({ kind: 'unsupported-language', page, lang: null });
    expect(document.body.textContent).toContain('in a language Parallax cannot compare yet');
  });

  it('after "Add this article to my corpus" says what adding does, not only that it was added', () => {
    render(
      <PopupView
        state={{
          kind: 'no-coverage',
          page,
          selfId: 'user-1',
          self: { origin: 'user', outlet: null },
          best: null,
        }}
        corpusMessage={strings.corpusAdd.added()}
        onOpenSidebar={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(screen.getByTestId('corpus-message').textContent).toContain('will be compared with it');
    expect(screen.queryByTestId('add-to-corpus')).toBeNull();
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
