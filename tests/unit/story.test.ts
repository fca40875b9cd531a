import { describe, expect, it } from 'vitest';
import { badgeText, stateForOutcome } from '@/lib/story';
import type { Match, PageInfo } from '@/lib/types';

const page = { isArticle: true, title: 't' } as PageInfo;
const m = (verdict: Match['verdict']): Match => ({
  id: verdict,
  outlet: null,
  headline: null,
  published: null,
  score: 0.5,
  verdict,
});

describe('stateForOutcome and the badge', () => {
  it('counts only same-story matches on the badge', () => {
    const s = stateForOutcome(page, {
      language: { code: 'en', supported: true },
      selfId: null,
      matches: [m('same-story'), m('same-story'), m('related'), m('different')],
    });
    expect(s.kind).toBe('matched');
    expect(badgeText(s)).toBe('2');
  });

  it('shows nothing when no other outlet has the story', () => {
    const s = stateForOutcome(page, {
      language: { code: 'en', supported: true },
      selfId: null,
      matches: [m('related')],
    });
    expect(s).toMatchObject({ kind: 'no-coverage', best: { verdict: 'related' } });
    expect(badgeText(s)).toBe('');
  });

  it('does not match articles in an unsupported language', () => {
    const s = stateForOutcome(page, {
      language: { code: 'de', supported: false },
      selfId: null,
      matches: [m('same-story')],
    });
    expect(s).toEqual({ kind: 'unsupported-language', page, lang: 'de' });
    expect(badgeText(s)).toBe('');
  });
});
