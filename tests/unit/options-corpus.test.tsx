// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledSummary } from '@/components/options/bundled';
import { CorpusSection, type CorpusSectionProps } from '@/components/options/CorpusSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import type { UserArticle } from '@/lib/user-corpus';

afterEach(cleanup);

const article = (id: string, over: Partial<UserArticle> = {}): UserArticle => ({
  id,
  title: `Council votes on ${id}`,
  text: 'The council voted.',
  outlet: 'Demo Herald',
  date: '2025-04-09',
  origin: 'user',
  addedAt: '2025-05-01T10:00:00.000Z',
  ...over,
});

function show(over: Partial<CorpusSectionProps> = {}) {
  const props: CorpusSectionProps = {
    articles: [],
    unavailable: null,
    bundled: { count: 5, outlets: ['Latin Times', 'The Guardian', null] },
    notice: null,
    importState: { kind: 'idle' },
    onImport: vi.fn(),
    onCancelImport: vi.fn(),
    onRemove: vi.fn(),
    onClear: vi.fn(),
    onExport: vi.fn(),
    ...over,
  };
  render(<CorpusSection {...props} />);
  return props;
}

describe('CorpusSection', () => {
  it('lists the reader’s articles with outlet, date and when they were added', () => {
    show({ articles: [article('a'), article('b', { outlet: null, date: null, addedAt: null })] });
    expect(screen.getByTestId('corpus-count').textContent).toBe('2 articles in your corpus.');
    const items = screen.getAllByTestId('user-article');
    expect(items[0]!.textContent).toContain('Council votes on a');
    expect(items[0]!.textContent).toContain('Demo Herald');
    expect(items[0]!.textContent).toContain('9 Apr 2025');
    expect(items[0]!.textContent).toContain('added 1 May 2025');
    expect(items[1]!.textContent).toContain('Unattributed outlet');
    expect(items[1]!.textContent).toContain('date unknown');
    expect(items[1]!.textContent).toContain('date added unknown');
  });

  it('removes one article with its own button', () => {
    const b = article('b');
    const props = show({ articles: [article('a'), b] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Council votes on b”' }));
    expect(props.onRemove).toHaveBeenCalledWith(b);
  });

  it('asks in the page before removing all, and keeping them removes nothing', () => {
    const props = show({ articles: [article('a'), article('b')] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove all…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Remove all 2 articles of your corpus?');
    expect(dialog.textContent).toContain('The bundled corpus stays.');
    expect(document.activeElement?.textContent).toBe('Keep them');
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(props.onClear).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Remove all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove all' }));
    expect(props.onClear).toHaveBeenCalledOnce();
  });

  it('offers no removal or export on an empty corpus', () => {
    show({ articles: [] });
    expect(screen.getByTestId('corpus-count').textContent).toBe('Your corpus is empty.');
    expect(screen.queryByRole('button', { name: 'Remove all…' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Export to NDJSON' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('exports on request', () => {
    const props = show({ articles: [article('a')] });
    fireEvent.click(screen.getByRole('button', { name: 'Export to NDJSON' }));
    expect(props.onExport).toHaveBeenCalledOnce();
  });

  it('says the bundled corpus is read-only, with its outlets', () => {
    show();
    const note = screen.getByTestId('bundled');
    expect(note.textContent).toContain('The bundled corpus (5 articles) is read-only and always present');
    expect([...note.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Latin Times',
      'The Guardian',
      'Unattributed outlet',
    ]);
  });

  it('explains when the corpus cannot be opened, and disables what needs it', () => {
    show({ articles: null, unavailable: 'Your corpus could not be opened: blocked' });
    expect(screen.getByTestId('corpus-unavailable').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('corpus-unavailable').textContent).toContain('blocked');
    expect((screen.getByLabelText('Choose a file to import') as HTMLInputElement).disabled).toBe(true);
  });

  it('announces the outcome of a removal', () => {
    show({ articles: [], notice: { tone: 'ok', text: 'Removed “x”.' } });
    expect(screen.getByTestId('corpus-notice').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('corpus-notice').textContent).toBe('Removed “x”.');
  });

  it('renders hostile article text as text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { container } = render(
      <CorpusSection
        {...{
          articles: [article('x', { title: hostile, outlet: hostile })],
          unavailable: null,
          bundled: { count: 0, outlets: [] },
          notice: null,
          importState: { kind: 'idle' },
          onImport: () => {},
          onCancelImport: () => {},
          onRemove: () => {},
          onClear: () => {},
          onExport: () => {},
        }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('shows a long corpus a page at a time', () => {
    const many = Array.from({ length: 130 }, (_, i) => article(`n${i}`));
    show({ articles: many });
    expect(screen.getAllByTestId('user-article')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more' }));
    expect(screen.getAllByTestId('user-article')).toHaveLength(130);
  });
});

describe('bundledSummary', () => {
  it('counts the articles and lists distinct outlets, unattributed last', () => {
    const summary = bundledSummary([
      { outlet: 'The Guardian' },
      { outlet: null },
      { outlet: 'Latin Times' },
      { outlet: 'The Guardian' },
      { outlet: '  ' },
    ]);
    expect(summary).toEqual({ count: 5, outlets: ['Latin Times', 'The Guardian', null] });
  });
});

describe('PrivacySection', () => {
  it('says what is stored where, and which requests Parallax makes: only to followed outlets', () => {
    render(<PrivacySection />);
    const text = screen.getByTestId('privacy').textContent ?? '';
    expect(text).not.toContain('never makes a network request');
    expect(text).toContain('Reading a page never makes Parallax send a request');
    expect(text).toContain('only to the outlets you follow');
    expect(text).toContain('Refresh now');
    expect(text).toContain('without cookies');
    expect(text).toContain('request log');
    expect(text).toContain('storage.local');
    expect(text).toContain('gone when the browser closes');
    expect(text).toContain('IndexedDB');
    expect(text).toContain('Nothing you read leaves your browser');
  });
});
