// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alignRows } from '@/components/comparison/align-rows';
import { SideBySide } from '@/components/comparison/SideBySide';
import { B1, fixture, G1, G2, G3, P1, P2, P3, P4 } from './comparison-fixture';

afterEach(cleanup);

describe('alignRows', () => {
  it('pairs the page’s sentences with the other outlet’s by claim, the rest on rows of their own', () => {
    expect(alignRows(fixture(), 'page', 'g')).toEqual([
      { page: P1, other: G1 },
      { page: P2, other: G2 },
      { page: P3, other: null },
      { page: P4, other: null },
      { page: null, other: 'The tram will cost 40 million.' },
      { page: null, other: G3 },
    ]);
  });

  it('slots the other outlet’s unpaired sentences where they occur when their order is known', () => {
    const order = [G3, G1, 'The tram will cost 40 million.', G2];
    expect(alignRows(fixture(), 'page', 'g', order)).toEqual([
      { page: null, other: G3 },
      { page: P1, other: G1 },
      { page: null, other: 'The tram will cost 40 million.' },
      { page: P2, other: G2 },
      { page: P3, other: null },
      { page: P4, other: null },
    ]);
  });

  it('shows every sentence exactly once when the other outlet tells things in another order', () => {
    const rows = alignRows(fixture(), 'page', 'g', [G2, G3, G1]);
    expect(
      rows
        .filter((r) => r.other !== null)
        .map((r) => r.other)
        .sort(),
    ).toEqual([G1, G2, G3].sort());
    expect(rows.filter((r) => r.page !== null).map((r) => r.page)).toEqual([P1, P2, P3, P4]);
  });
});

describe('SideBySide', () => {
  it('marks word differences within aligned sentences with del and ins', () => {
    render(<SideBySide comparison={fixture()} onLocate={() => {}} />);
    const rows = screen.getAllByTestId('reading-row');
    expect(rows.map((r) => r.dataset.row)).toEqual([
      'aligned',
      'aligned',
      'page-only',
      'page-only',
      'other-only',
      'other-only',
    ]);
    const [left, right] = rows[0]!.querySelectorAll('td');
    expect([...left!.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['city ', 'Monday']);
    expect([...right!.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['Tuesday']);
    expect(left!.querySelector('ins')).toBeNull();
    expect(right!.querySelector('del')).toBeNull();
    expect(rows[2]!.querySelectorAll('td')[1]!.textContent).toContain('No matching sentence');
  });

  it('switches the outlet read beside the page with the select', () => {
    render(<SideBySide comparison={fixture()} onLocate={() => {}} />);
    const select = screen.getByLabelText('Compare with') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'The Guardian',
      'BBC News',
      'Unattributed outlet',
    ]);
    select.value = 'b';
    fireEvent.change(select);
    const first = screen.getAllByTestId('reading-row')[0]!;
    expect(first.querySelectorAll('td')[1]!.textContent).toContain('Councillors backed');
    expect(first.querySelectorAll('td')[1]!.textContent?.replace(/only in BBC News: /g, '')).toBe(B1);
  });

  it('locates a sentence of the page', () => {
    const onLocate = vi.fn();
    render(<SideBySide comparison={fixture()} onLocate={onLocate} />);
    const row = screen.getAllByTestId('reading-row')[2]!;
    fireEvent.click(row.querySelector('button')!);
    expect(onLocate).toHaveBeenCalledWith(P3);
  });

  it('says so when there is no other report', () => {
    const c = fixture();
    c.outlets = c.outlets.filter((o) => o.id === 'page');
    render(<SideBySide comparison={c} onLocate={() => {}} />);
    expect(screen.getByText('There is no other report to read side by side.')).toBeTruthy();
  });
});
