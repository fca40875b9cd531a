// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '@/components/inpage/Card';
import { Panel } from '@/components/inpage/Panel';
import { DECORATION } from '@/components/highlight-colors';
import { markedSentences, type PageMarks, type SentenceMark } from '@/lib/marks';

afterEach(cleanup);

const mark = (over: Partial<SentenceMark>): SentenceMark => ({
  text: 'The council voted on Monday.',
  kind: 'supported',
  support: ['Alpha', null],
  level: 3,
  wordings: [{ outlet: 'Alpha', text: 'Councillors voted <b>Monday</b>.' }],
  differences: [],
  ...over,
});

const marks: PageMarks = {
  others: 2,
  sentences: [
    mark({}),
    mark({ text: 'Nobody else says this.', kind: 'unique', support: [], level: 0, wordings: [] }),
    mark({ text: 'Plain, unmarked.', kind: 'unsupported', support: [], level: 0, wordings: [] }),
  ],
};

describe('Card', () => {
  it('says who else reports the sentence and how they worded it, as text', () => {
    render(<Card mark={mark({})} />);
    const card = screen.getByTestId('card');
    expect(card.textContent).toContain('Also reported by Alpha, Unattributed outlet');
    expect(card.textContent).toContain('Alpha wrote: Councillors voted <b>Monday</b>.');
    expect(card.querySelectorAll('b')).toHaveLength(1);
  });

  it('lists what differs, and says when no other outlet reports it', () => {
    const differs = mark({
      kind: 'differs',
      support: [],
      differences: [
        {
          about: 'day',
          values: [
            { outlet: null, page: true, value: 'Monday' },
            { outlet: 'Alpha', page: false, value: 'Tuesday' },
            { outlet: 'Beta', page: false, value: 'monday' },
            { outlet: 'Latin Times', page: false, value: 'Sunday' },
          ],
        },
      ],
    });
    render(<Card mark={differs} />);
    const text = screen.getByTestId('card').textContent!;
    expect(text).toContain('No other outlet reports this.');
    // In the other outlets' names; one that agrees with the page is not a difference.
    const diff = screen.getByTestId('card-difference');
    expect(diff.querySelector('.says')!.textContent).toBe('Alpha says Tuesday; Latin Times says Sunday');
    expect(diff.textContent).toContain('(this page: Monday)');
    expect(diff.textContent).not.toContain('Beta');
  });
});

describe('Panel', () => {
  it('opens the list of marked sentences, reports focus, closes on Escape and turns off', () => {
    const focus = vi.fn();
    const off = vi.fn();
    render(<Panel marks={{ ...marks, shared: true }} onFocusSentence={focus} onTurnOff={off} />);
    const toggle = screen.getByRole('button', { name: /Parallax · 2 marked sentences/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('button', { name: / — / });
    expect(items).toHaveLength(2); // the unmarked sentence is not listed
    fireEvent.focus(items[1]!);
    expect(focus).toHaveBeenLastCalledWith('Nobody else says this.');
    fireEvent.keyDown(items[1]!, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(focus).toHaveBeenLastCalledWith(null);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Turn highlights off for this site' }));
    expect(off).toHaveBeenCalledTimes(1);
  });
});

describe('what is marked by default', () => {
  it('marks details only here and figures that differ; what others report only when asked', () => {
    const page: PageMarks = {
      ...marks,
      sentences: [...marks.sentences, mark({ text: 'A figure.', kind: 'differs', level: 1 })],
    };
    expect(markedSentences(page).map((m) => [m.mark.text, m.style])).toEqual([
      ['Nobody else says this.', 'unique'],
      ['A figure.', 'differs'],
    ]);
    expect(markedSentences({ ...page, shared: true }).map((m) => m.style)).toEqual([
      'shared',
      'unique',
      'differs',
    ]);
  });

  it('tells the marks apart without colour: each has its own underline', () => {
    const lines = Object.values(DECORATION);
    expect(new Set(lines).size).toBe(lines.length);
    expect(DECORATION.differs).toMatch(/double/);
    expect(DECORATION.unique).toMatch(/solid/);
    expect(DECORATION.differs).not.toMatch(/wavy/);
  });
});

describe('the legend', () => {
  it('is shown from the start, before the list is opened, with a sample of each mark', () => {
    render(<Panel marks={marks} onFocusSentence={() => {}} onTurnOff={() => {}} onMarkShared={() => {}} />);
    const legend = screen.getByTestId('legend');
    expect(legend.closest('[hidden]')).toBeNull();
    const items = [...legend.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.style)).toEqual(['differs', 'unique']);
    expect(items[0]!.textContent).toContain('Another outlet states it differently');
    const sample = items[0]!.querySelector<HTMLElement>('.sample')!;
    expect(sample.getAttribute('aria-hidden')).toBe('true');
    expect(sample.style.textDecoration).toContain('double');
  });

  it('has the reader’s switch to also mark what others report', () => {
    const shared = vi.fn();
    const { rerender } = render(
      <Panel marks={marks} onFocusSentence={() => {}} onTurnOff={() => {}} onMarkShared={shared} />,
    );
    const sw = screen.getByRole('switch', { name: 'Also mark what others report' }) as HTMLInputElement;
    expect(sw.checked).toBe(false);
    fireEvent.click(sw);
    expect(shared).toHaveBeenLastCalledWith(true);
    rerender(
      <Panel
        marks={{ ...marks, shared: true }}
        onFocusSentence={() => {}}
        onTurnOff={() => {}}
        onMarkShared={shared}
      />,
    );
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);
    const styles = [...screen.getByTestId('legend').querySelectorAll('li')].map((li) => li.dataset.style);
    expect(styles).toEqual(['differs', 'unique', 'shared']);
  });
});
