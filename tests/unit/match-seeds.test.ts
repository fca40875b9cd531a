import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, loadIndex, serializeIndex } from '../../lib/match';
import type { CorpusFile } from '../../lib/types';

const corpus = JSON.parse(
  readFileSync(new URL('../../assets/corpus.json', import.meta.url), 'utf8'),
) as CorpusFile;

describe('the bundled corpus', () => {
  const index = createIndex(corpus.articles);
  const matcher = createMatcher(index);

  it.each(corpus.articles.map((a) => [a.id, a] as const))(
    'from %s, every other seed is the same story, and the page itself is recognized',
    (id, article) => {
      const r = matcher.match({
        title: article.title,
        text: article.text,
        date: article.date,
        url: article.url ?? null,
      });
      expect(r.language.supported).toBe(true);
      expect(r.selfId).toBe(id);
      const others = corpus.articles.filter((a) => a.id !== id).map((a) => a.id);
      expect(r.matches.map((m) => m.id).sort()).toEqual(others.sort());
      for (const m of r.matches) expect(m.verdict).toBe('same-story');
    },
  );

  it('explains the seed matches with the names of the story', () => {
    const [first] = corpus.articles;
    const r = matcher.match({ title: first?.title ?? null, text: first?.text ?? '' });
    const names = r.matches.flatMap((m) => m.explanation?.names ?? []).map((n) => n.toLowerCase());
    expect(names.some((n) => n.startsWith('zelensk'))).toBe(true);
  });

  it('keeps the serialized index under 2 KB per article', () => {
    const bytes = JSON.stringify(serializeIndex(index)).length;
    expect(bytes / corpus.articles.length).toBeLessThan(2048);
    expect(loadIndex(serializeIndex(index)).size).toBe(corpus.articles.length);
  });
});
