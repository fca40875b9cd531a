// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '@/components/inpage/Card';
import { Panel } from '@/components/inpage/Panel';
import type { PageMarks, SentenceMark } from '@/lib/marks';

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
          ],
        },
      ],
    });
    render(<Card mark={differs} />);
    const text = screen.getByTestId('card').textContent!;
    expect(text).toContain('No other outlet reports this.');
    expect(text).toContain('Differs: day — this page: Monday · Alpha: Tuesday');
  });
});

describe('Panel', () => {
  it('opens the list of marked sentences, reports focus, closes on Escape and turns off', () => {
    const focus = vi.fn();
    const off = vi.fn();
    render(<Panel marks={marks} onFocusSentence={focus} onTurnOff={off} />);
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
