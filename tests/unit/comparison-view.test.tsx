// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparisonView } from '@/components/comparison/ComparisonView';
import type { Comparison } from '@/lib/compare/types';
import { fixture, P4 } from './comparison-fixture';

afterEach(cleanup);

const TABS = ['Overview', 'Only here', 'Differences', 'Quotes', 'Who & where', 'Headlines', 'Side by side'];

function empty(): Comparison {
  return {
    outlets: [{ id: 'page', outlet: 'Demo Herald', headline: 'A', published: null, wordCount: 10 }],
    claims: [],
    unique: { page: [] },
    quotes: [],
    discrepancies: [],
    entities: [],
    page: [],
    framing: {},
  };
}

describe('ComparisonView', () => {
  it('offers every section as a tab, the overview open first', () => {
    render(<ComparisonView comparison={fixture()} onLocate={() => {}} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(TABS);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(screen.getByTestId('coverage')).toBeTruthy();
    // One tab stop for the whole tab list.
    expect(tabs.filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('moves between tabs with the arrow keys, Home and End, and opens them', () => {
    render(<ComparisonView comparison={fixture()} onLocate={() => {}} />);
    const tabs = () => screen.getAllByRole('tab');
    tabs()[0]!.focus();
    fireEvent.keyDown(tabs()[0]!, { key: 'ArrowRight' });
    expect(tabs()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(screen.getAllByTestId('unique-outlet').length).toBeGreaterThan(0);
    fireEvent.keyDown(tabs()[1]!, { key: 'End' });
    expect(tabs()[6]!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('side-by-side')).toBeTruthy();
    fireEvent.keyDown(tabs()[6]!, { key: 'ArrowRight' });
    expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tabs()[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Side by side');
    fireEvent.keyDown(tabs()[6]!, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('Overview');
    expect(
      tabs()
        .filter((t) => t.tabIndex === 0)
        .map((t) => t.textContent),
    ).toEqual(['Overview']);
  });

  it('opens a tab on click and locates a detail of the page from it', () => {
    const onLocate = vi.fn();
    render(<ComparisonView comparison={fixture()} onLocate={onLocate} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Only here' }));
    const button = screen.getByRole('button', { name: P4 });
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(onLocate).toHaveBeenCalledWith(P4);
  });

  it('says in a short sentence when a section has nothing to show', () => {
    render(<ComparisonView comparison={empty()} onLocate={() => {}} />);
    const expected: Record<string, string> = {
      Overview: 'No statement is reported by more than one outlet.',
      'Only here': 'Every detail here is reported by more than one outlet.',
      Differences: 'No figures differ between these reports.',
      Quotes: 'No quote appears in more than one report.',
      'Who & where': 'No people, places or organizations were found.',
      'Side by side': 'There is no other report to read side by side.',
    };
    for (const [tab, sentence] of Object.entries(expected)) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.getByRole('tabpanel').textContent).toBe(sentence);
    }
  });

  it('renders hostile text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const c = fixture();
    c.outlets[1]!.outlet = hostile;
    c.outlets[1]!.headline = hostile;
    c.claims[0]!.text = hostile;
    c.unique['g'] = [{ text: hostile }];
    c.discrepancies[0]!.values[1] = { id: 'g', value: '15,000', text: `${hostile} 15,000` };
    c.quotes[0]!.speaker = hostile;
    c.entities[0]!.name = hostile;
    c.page[2] = { text: hostile, support: [] };
    const { container } = render(<ComparisonView comparison={c} onLocate={() => {}} />);
    for (const tab of TABS) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(container.querySelector('img')).toBeNull();
      expect(container.textContent).toContain('<img src=x');
    }
  });

  it('renders German-length labels and outlet names without trouble', () => {
    const c = fixture();
    c.outlets[1]!.outlet = 'Frankfurter Allgemeine Sonntagszeitung für Deutschland und die Welt';
    c.outlets[2]!.outlet = 'Donaudampfschifffahrtsgesellschaftskapitänsnachrichten';
    c.claims[0]!.text = 'Die Stadtverordnetenversammlung genehmigte die Straßenbahnverlängerung. '.repeat(8);
    const { container } = render(<ComparisonView comparison={c} onLocate={() => {}} />);
    for (const tab of TABS) fireEvent.click(screen.getByRole('tab', { name: tab }));
    expect(container.textContent).toContain('Donaudampfschifffahrtsgesellschaftskapitänsnachrichten');
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    // Names are written in full in the lists of who carries what, never cut.
    expect(container.textContent).not.toContain('…');
  });
});
