import { describe, expect, it } from 'vitest';
import { pageFromText } from '@/lib/plain-text';

const body = Array.from(
  { length: 12 },
  (_, i) => `Sentence number ${i} says the council met on Monday about the tram.`,
).join(' ');

describe('pageFromText', () => {
  it('takes a short first line as the headline and the rest as paragraphs', () => {
    const p = pageFromText(`Council backs tram\n\n${body}\n\n${body}`);
    expect(p.page.title).toBe('Council backs tram');
    expect(p.paragraphs).toHaveLength(2);
    expect(p.page.isArticle).toBe(true);
  });

  it('prefers the given title and keeps a first sentence that is not a headline', () => {
    const p = pageFromText(`${body}\n\n${body}`, 'Given');
    expect(p.page.title).toBe('Given');
    expect(p.paragraphs).toHaveLength(2);
  });

  it('does not call a few words an article', () => {
    expect(pageFromText('Hello there.').page.isArticle).toBe(false);
  });
});
