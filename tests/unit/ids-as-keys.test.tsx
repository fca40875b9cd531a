// @vitest-environment happy-dom
/**
 * Article ids are any string a corpus holds: "__proto__", "constructor" and "toString" are ids
 * like any other, in the comparison, in `--json` and in the side panel's tabs.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compareExtracted } from '../../cli/commands/compare';
import { printableJson } from '../../cli/output';
import { ComparisonView } from '@/components/comparison/ComparisonView';
import { compareArticles, formatComparisonText, type CompareInput } from '@/lib/compare';
import { pageFromText } from '@/lib/plain-text';
import type { CorpusFile } from '@/lib/types';

afterEach(cleanup);

const corpus = (JSON.parse(readFileSync('assets/corpus.json', 'utf8')) as CorpusFile).articles;
const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

function inputs(ids: readonly string[]): CompareInput[] {
  return corpus.slice(0, ids.length).map((a, i) => ({
    id: ids[i]!,
    outlet: a.outlet,
    headline: a.title,
    published: a.date,
    text: a.text,
  }));
}

const PLAIN = ['one', 'two', 'three', 'four'];

describe('ids that name Object.prototype members', () => {
  it('keep their unique details and framing in the comparison, its JSON and its text', () => {
    const plain = compareArticles(inputs(PLAIN));
    const hostile = compareArticles(inputs(HOSTILE));
    const sent = JSON.parse(JSON.stringify(hostile)) as typeof hostile;
    HOSTILE.forEach((id, i) => {
      const uniqueOf = plain.unique[PLAIN[i]!]!;
      expect(uniqueOf.length).toBeGreaterThan(0);
      expect(Object.hasOwn(sent.unique, id)).toBe(true);
      expect(sent.unique[id]).toEqual(uniqueOf);
      expect(Object.hasOwn(sent.framing, id)).toBe(true);
      expect(sent.framing[id]).toEqual(plain.framing[PLAIN[i]!]);
    });
    expect(formatComparisonText(sent)).toBe(formatComparisonText(plain));
  });

  it('are kept in compare --json', () => {
    const articles = corpus.map((a, i) => ({ ...a, id: i === 0 ? 'page-itself' : (HOSTILE[i - 1] ?? a.id) }));
    const result = compareExtracted(pageFromText(corpus[0]!.text, corpus[0]!.title), articles);
    const doc = JSON.parse(printableJson(result, 2));
    const matched = (doc.comparison.outlets as { id: string }[]).map((o) => o.id);
    expect(matched).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString']));
    for (const id of matched) {
      expect(Object.hasOwn(doc.comparison.unique, id)).toBe(true);
      expect(Array.isArray(doc.comparison.unique[id])).toBe(true);
      expect(Array.isArray(doc.comparison.framing[id])).toBe(true);
    }
    expect(doc.comparison.unique.__proto__.length).toBeGreaterThan(0);
  });

  it('render in every tab of the side panel, "Only here" and "Side by side" included', () => {
    const shown = (ids: readonly string[]) => {
      // As the side panel gets it: a plain object, through a message.
      const comparison = JSON.parse(JSON.stringify(compareArticles(inputs(ids))));
      const sentences = JSON.parse(
        JSON.stringify(Object.fromEntries(inputs(ids).map((a) => [a.id, a.text.split(/(?<=\.)\s+/)]))),
      );
      render(
        <ComparisonView comparison={comparison} pageId={ids[0]} sentences={sentences} onLocate={() => {}} />,
      );
      const texts: string[] = [];
      for (const tab of screen.getAllByRole('tab')) {
        fireEvent.click(tab);
        texts.push(screen.getByRole('tabpanel').textContent ?? '');
      }
      cleanup();
      return texts;
    };
    const plain = shown(PLAIN);
    const hostile = shown(HOSTILE);
    expect(hostile).toEqual(plain);
    expect(hostile[1]).toMatch(/\S/);
  });
});
