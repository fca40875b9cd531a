// @vitest-environment happy-dom
/**
 * A 100,000-letter word in an article: the side-by-side table (and the overview) render it
 * with a break opportunity at least every MAX_RUN characters, so that the browser never lays
 * out one long run (in headless Chromium, 790-880 ms for the tab's first layout before, 120-150
 * ms after), and the reader still gets every letter.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { breakable, MAX_RUN } from '@/components/breakable';
import { ComparisonView } from '@/components/comparison/ComparisonView';
import { compareArticles } from '@/lib/compare';
import { splitSentences } from '@/lib/text/sentences';
import type { CorpusFile } from '@/lib/types';

afterEach(cleanup);

const corpus = (JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile).articles;

/** Longest run of non-space characters with no element boundary (<wbr>) inside it. */
function longestRun(root: Element): number {
  let longest = 0;
  let run = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      for (const part of (node.textContent ?? '').split(/(\s+)/)) {
        if (/^\s+$/.test(part)) run = 0;
        else if (part) longest = Math.max(longest, (run += part.length));
      }
    } else {
      if (node.nodeName === 'WBR') run = 0;
      node.childNodes.forEach(walk);
    }
  };
  walk(root);
  return longest;
}

describe('long words', () => {
  // Comparing a 100,000-letter word takes 3-5 s on a loaded 2-core machine: not a time limit
  // of this test, which checks where the words break.
  it(
    'break at least every MAX_RUN characters in the side-by-side view, every letter kept',
    { timeout: 60_000 },
    () => {
      let seed = 7;
      const word = Array.from(
        { length: 100_000 },
        () => 'abcdefghijklmnopqrstuvwxyz0123456789'[(seed = (seed * 48271) % 2147483647) % 36],
      ).join('');
      const inputs = corpus.slice(0, 2).map((a, i) => ({
        id: i === 0 ? 'page' : 'other',
        outlet: a.outlet,
        headline: a.title,
        published: a.date,
        text: a.text.replace('. ', `. ${word} `),
      }));
      const comparison = compareArticles(inputs);
      const sentences = Object.fromEntries(
        inputs.map((a) => [a.id, splitSentences(a.text).map((s) => s.text)]),
      );
      render(
        <ComparisonView
          comparison={comparison}
          sentences={sentences}
          initialSection="sideBySide"
          onLocate={() => {}}
        />,
      );
      const table = screen.getByTestId('side-by-side');
      expect(table.textContent).toContain(word);
      expect(longestRun(table)).toBeLessThanOrEqual(MAX_RUN);
    },
  );

  it('never cuts a letter from its accents, nor an emoji in half', () => {
    const accented = 'e\u0301'.repeat(100);
    const emoji = '😀'.repeat(100);
    for (const text of [accented, emoji, `a${emoji}`]) {
      const { container } = render(<p>{breakable(text)}</p>);
      const pieces = [...container.querySelector('p')!.childNodes].filter((n) => n.nodeType === 3);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) {
        const t = piece.textContent ?? '';
        expect(t.length).toBeLessThanOrEqual(MAX_RUN);
        expect(t).not.toMatch(/^[\u0301\udc00-\udfff]/);
      }
      expect(container.textContent).toBe(text);
      cleanup();
    }
    expect(breakable('short words only')).toBe('short words only');
  });
});
