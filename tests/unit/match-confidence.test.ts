import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher } from '../../lib/match';
import { confidenceOf, SHORT_TEXT_WORDS } from '../../lib/match/score';
import type { CorpusFile } from '../../lib/types';

const corpus = JSON.parse(
  readFileSync(new URL('../../assets/corpus.json', import.meta.url), 'utf8'),
) as CorpusFile;

describe('the verdict says how sure it is', () => {
  const [page, ...others] = corpus.articles;
  if (!page) throw new Error('no seeds');
  // The page is not in the corpus: what is matched is the page's text against the other seeds.
  const matcher = createMatcher(createIndex(others));
  const lead = page.text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .slice(0, 2)
    .join('\n\n');
  const summary = page.text.split(/\s+/).slice(0, 50).join(' ');

  it('a full report: high confidence', () => {
    const r = matcher.match({ title: page.title, text: page.text });
    expect(r.matches.length).toBeGreaterThan(0);
    for (const m of r.matches) expect(m.confidence).toBe('high');
  });

  it.each([
    ['a two-paragraph lead', lead],
    ['a 50-word feed summary', summary],
  ])('%s: matched on what it has, with low confidence', (_, text) => {
    expect(text.split(/\s+/).length).toBeLessThan(SHORT_TEXT_WORDS);
    const r = matcher.match({ title: page.title, text });
    expect(r.matches.length).toBeGreaterThan(0);
    for (const m of r.matches) expect(m.confidence).toBe('low');
  });

  it('is low below SHORT_TEXT_WORDS words of the shorter text', () => {
    expect(confidenceOf(SHORT_TEXT_WORDS - 1)).toBe('low');
    expect(confidenceOf(SHORT_TEXT_WORDS)).toBe('high');
  });
});
