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

/** What a sighted reader sees in a column header (the short name when there is one). */
const visible = (th: HTMLElement) => th.querySelector('[aria-hidden="true"]')?.textContent ?? th.textContent;
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.dataset.present);

describe('Overview: who reports what', () => {
  it('lists the shared core first, one column per outlet, the page as "This page"', () => {
    const { container } = render(<Overview comparison={fixture()} onLocate={() => {}} />);
    const ths = [...container.querySelectorAll<HTMLElement>('thead th')];
    const headers = ths.map(visible);
    expect(headers[1]).toBe('This page');
    expect(ths[1]!.getAttribute('title')).toBe('This page (Demo Herald)');
    expect(headers.slice(2)).toEqual(['The Guardian', 'BBC News', 'Unattributed outlet']);
    const rows = screen.getAllByTestId('claim-row');
    expect(rows.map((r) => r.dataset.core)).toEqual(['yes', 'no', 'no']);
    expect(cells(rows[0]!)).toEqual(['yes', 'yes', 'yes', 'no']);
    expect(cells(rows[2]!)).toEqual(['no', 'yes', 'no', 'yes']);
    expect(rows[0]!.textContent).toContain('3 of 4 outlets');
  });

  it('says who reports it in words, not only with a symbol', () => {
    render(<Overview comparison={fixture()} onLocate={() => {}} />);
    const first = screen.getAllByTestId('claim-row')[0]!;
    const words = [...first.querySelectorAll('td .sr-only')].map((n) => n.textContent);
    expect(words).toEqual(['reported', 'reported', 'reported', 'not reported']);
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

  it('shortens long outlet names in headers and keeps the full name in the title', () => {
    const c = fixture();
    c.outlets[1]!.outlet = 'Frankfurter Allgemeine Zeitung';
    const { container } = render(<Overview comparison={c} onLocate={() => {}} />);
    const th = container.querySelectorAll('thead th')[2]!;
    expect(th.getAttribute('title')).toBe('Frankfurter Allgemeine Zeitung');
    expect(th.querySelector('[aria-hidden="true"]')!.textContent).toBe('FAZ');
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
    expect(cells(place)).toEqual(['yes', 'no', 'no', 'no']);
    expect(place.querySelector('td .sr-only')!.textContent).toBe('mentioned');
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
