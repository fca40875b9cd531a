// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Differences } from '@/components/comparison/Differences';
import { Entities } from '@/components/comparison/Entities';
import { Headlines } from '@/components/comparison/Headlines';
import { OnlyHere } from '@/components/comparison/OnlyHere';
import { Overview } from '@/components/comparison/Overview';
import { Quotes } from '@/components/comparison/Quotes';
import { fixture, G3, P1, P2, P4 } from './comparison-fixture';

afterEach(cleanup);

const carried = (row: HTMLElement) => within(row).getByTestId('carried-by');

describe('Overview: who reports what', () => {
  it('lists the shared core first, each statement with the outlets that carry it, named in full', () => {
    render(<Overview comparison={fixture()} onLocate={() => {}} />);
    const rows = screen.getAllByTestId('claim-row');
    expect(rows.map((r) => r.dataset.core)).toEqual(['yes', 'no', 'no']);
    expect(carried(rows[0]!).dataset.outlets).toBe('page g b');
    expect(carried(rows[0]!).textContent).toBe('3 of 4 outlets, not Unattributed outlet');
    expect(carried(rows[1]!).textContent).toBe('2 of 4 outlets: This page, The Guardian');
    expect(carried(rows[2]!).textContent).toBe('2 of 4 outlets: The Guardian, Unattributed outlet');
  });

  it('says "All" when every outlet carries a statement', () => {
    const c = fixture();
    c.claims[0]!.outlets = ['page', 'g', 'b', 'x'];
    render(<Overview comparison={c} onLocate={() => {}} />);
    expect(carried(screen.getAllByTestId('claim-row')[0]!).textContent).toBe('All 4 outlets');
  });

  it('locates the page’s own wording of a claim on click and on Enter', () => {
    const onLocate = vi.fn();
    render(<Overview comparison={fixture()} onLocate={onLocate} />);
    const rows = screen.getAllByTestId('claim-row');
    fireEvent.click(within(rows[0]!).getByRole('button'));
    expect(onLocate).toHaveBeenLastCalledWith(P1);
    fireEvent.keyDown(within(rows[1]!).getByRole('button'), { key: 'Enter' });
    expect(onLocate).toHaveBeenLastCalledWith(P2);
    // A claim the page does not carry has nothing to show on the page.
    expect(within(rows[2]!).queryByRole('button')).toBeNull();
  });

  it('never cuts or rotates a long outlet name: it is written in full, and wraps', () => {
    const c = fixture();
    c.outlets[2]!.outlet = 'Frankfurter Allgemeine Zeitung';
    const { container } = render(<Overview comparison={c} onLocate={() => {}} />);
    expect(container.querySelector('table, thead')).toBeNull();
    expect(carried(screen.getAllByTestId('claim-row')[1]!).textContent).not.toContain('…');
    expect(carried(screen.getAllByTestId('claim-row')[0]!).textContent).toBe(
      '3 of 4 outlets, not Unattributed outlet',
    );
    expect(container.textContent).not.toContain('FAZ');
  });
});

describe('Only here', () => {
  it('lists each outlet’s own details; the page’s can be located', () => {
    const onLocate = vi.fn();
    render(<OnlyHere comparison={fixture()} onLocate={onLocate} />);
    const groups = screen.getAllByTestId('unique-outlet');
    expect(groups.map((g) => g.dataset.outlet)).toEqual(['page', 'g', 'b', 'x']);
    expect(groups[1]!.textContent).toContain(G3);
    expect(within(groups[1]!).queryByRole('button')).toBeNull();
    expect(groups[2]!.textContent).toContain('Nothing that only this outlet reports.');
    fireEvent.click(within(groups[0]!).getByRole('button', { name: P4 }));
    expect(onLocate).toHaveBeenCalledWith(P4);
  });
});

describe('Differences', () => {
  it('marks each outlet’s value within its own sentence', () => {
    const onLocate = vi.fn();
    render(<Differences comparison={fixture()} onLocate={onLocate} />);
    const [count, day] = screen.getAllByTestId('discrepancy');
    expect(count!.dataset.kind).toBe('count');
    expect(count!.textContent).toContain('Figure');
    expect([...count!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['12,000', '15,000']);
    const pageItem = count!.querySelector('li[data-outlet="page"]')!;
    expect(pageItem.textContent).toContain('This page (Demo Herald)');
    expect(pageItem.querySelector('button')!.textContent).toBe(P2);
    fireEvent.keyDown(pageItem.querySelector('button')!, { key: 'Enter' });
    expect(onLocate).toHaveBeenCalledWith(P2);
    expect([...day!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Monday', 'Tuesday']);
  });

  it('says so when nothing differs', () => {
    render(<Differences comparison={{ ...fixture(), discrepancies: [] }} onLocate={() => {}} />);
    expect(screen.getByText('No figures differ between these reports.')).toBeTruthy();
  });
});

describe('Quotes', () => {
  it('shows the speaker, who quotes it and each wording', () => {
    render(<Quotes comparison={fixture()} onLocate={() => {}} />);
    const [named, unnamed] = screen.getAllByTestId('quote-group');
    expect(named!.textContent).toContain('Mayor Jane Doe');
    expect(named!.textContent).toContain('Quoted by This page (Demo Herald), The Guardian');
    const variants = within(named!).getAllByTestId('quote-variant');
    expect(variants.map((v) => v.querySelector('blockquote')!.textContent)).toEqual([
      'This is a great day for the city.',
      'A great day for our city.',
    ]);
    expect(unnamed!.textContent).toContain('Unnamed speaker');
  });
});

describe('Who & where', () => {
  it('groups people, places and organizations, with who names them', () => {
    render(<Entities comparison={fixture()} />);
    const groups = screen.getAllByTestId('entity-group');
    expect(groups.map((g) => g.dataset.kind)).toEqual(['person', 'place', 'organization']);
    expect(groups[0]!.textContent).toContain('People');
    const place = within(groups[1]!).getByTestId('entity-row');
    expect(place.textContent).toContain('Old Harbour');
    expect(carried(place).textContent).toBe('1 of 4 outlets: This page');
  });
});

describe('Headlines', () => {
  it('puts every outlet’s headline side by side, marking missing and derived ones', () => {
    const c = fixture();
    Object.assign(c.outlets[3]!, { headlineDerived: true });
    render(<Headlines comparison={c} />);
    const items = screen.getAllByTestId('headline');
    expect(items.map((i) => i.dataset.outlet)).toEqual(['page', 'g', 'b', 'x']);
    expect(items[0]!.textContent).toContain('Council approves the river tram');
    expect(items[0]!.textContent).toContain('8 Apr 2025');
    expect(items[2]!.textContent).toContain('No headline');
    expect(items[2]!.textContent).toContain('date unknown');
    expect(items[3]!.textContent).toContain('Unattributed outlet');
    expect(items[3]!.textContent).toContain('headline derived from the lead');
    expect(items[1]!.textContent).not.toContain('derived');
  });
});
