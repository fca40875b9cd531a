// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locateSentences } from '@/lib/dom-text';

describe('locateSentences', () => {
  it('finds sentences across inline elements and folded white space, leaving the DOM untouched', () => {
    document.body.innerHTML = `<article><p id="a">The  council <b>voted</b>
      on “Monday”. It was late.</p><p id="b">Trams run <a href="#">every</a> ten minutes.</p></article>`;
    const before = document.body.innerHTML;
    const roots = [document.getElementById('a')!, document.getElementById('b')!];
    const [r1, r2, r3, r4] = locateSentences(roots, [
      'The council voted on “Monday”.',
      'It was late.',
      'Trams run every ten minutes.',
      'Not on the page.',
    ]);
    expect(r1!.toString().replace(/\s+/g, ' ')).toBe('The council voted on “Monday”.');
    expect(r2!.toString()).toBe('It was late.');
    expect(r3!.toString()).toBe('Trams run every ten minutes.');
    expect(r4).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('matches typographic quote variants', () => {
    document.body.innerHTML = `<p id="q">He said “it’s done”.</p>`;
    const [r] = locateSentences([document.getElementById('q')!], ['He said "it\'s done".']);
    expect(r?.toString()).toBe('He said “it’s done”.');
  });
});
