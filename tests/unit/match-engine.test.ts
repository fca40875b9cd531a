import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, DEFAULT_THRESHOLDS } from '../../lib/match';
import { ALL, BUDGET, FERRY_A, FERRY_B, FERRY_OTHER, DUTCH_TEXT, asQuery } from './match-fixtures';

const matcher = () => createMatcher(createIndex(ALL));

describe('story matching', () => {
  it('calls two reports of one event in different words the same story', () => {
    const r = matcher().match(asQuery(FERRY_A));
    expect(r.matches[0]).toMatchObject({ id: 'ferry-b', verdict: 'same-story', outlet: 'Evening Post' });
  });

  it('finds the same story from either report, with the same score', () => {
    const m = matcher();
    const ab = m.match(asQuery(FERRY_A)).matches.find((x) => x.id === 'ferry-b');
    const ba = m.match(asQuery(FERRY_B)).matches.find((x) => x.id === 'ferry-a');
    expect(ba?.verdict).toBe('same-story');
    expect(ba?.score).toBeCloseTo(ab?.score ?? -1, 10);
  });

  it('still finds it when the reader’s page has no date', () => {
    const r = matcher().match({ ...asQuery(FERRY_B), date: null });
    expect(r.matches.find((x) => x.id === 'ferry-a')?.verdict).toBe('same-story');
  });

  it('does not call another event of the same kind the same story', () => {
    const r = matcher().match(asQuery(FERRY_OTHER));
    for (const m of r.matches) expect(m.verdict).not.toBe('same-story');
    const r2 = matcher().match(asQuery(FERRY_A));
    expect(r2.matches.find((x) => x.id === 'ferry-other')?.verdict ?? 'different').not.toBe('same-story');
  });

  it('does not call an article on another subject related because it came out the same day', () => {
    const r = createMatcher(createIndex([{ ...BUDGET, date: FERRY_A.date }])).match(asQuery(FERRY_A));
    expect(r.matches[0]).toMatchObject({ id: 'budget', verdict: 'different' });
  });

  it('calls a report on the same subject months later related, not the same story', () => {
    const later = { ...FERRY_B, id: 'later', date: '2024-09-30' };
    const r = createMatcher(createIndex([later])).match({
      ...asQuery(FERRY_A),
      text: FERRY_A.text.split('\n\n')[0] ?? '',
    });
    expect(r.matches[0]?.verdict).toBe('related');
  });

  it('always lists the best candidate, even when it is a different story', () => {
    const m = createMatcher(createIndex([FERRY_A]));
    const r = m.match(asQuery(BUDGET));
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]).toMatchObject({ id: 'ferry-a', verdict: 'different' });
  });

  it('explains a match with the names, numbers and terms both texts share', () => {
    const e = matcher().match(asQuery(FERRY_A)).matches[0]?.explanation;
    expect(e?.names).toEqual(expect.arrayContaining(['Brzeg', 'Kowalczyk', 'Nowak']));
    expect(e?.numbers).toEqual(expect.arrayContaining(['150', '182']));
    expect(e?.terms).toContain('ferry');
    // Words every news text has are not offered as evidence.
    expect(e?.terms).not.toContain('said');
  });

  it('gives scores in [0, 1], best first, and carries the display fields', () => {
    const r = matcher().match(asQuery(BUDGET), { limit: 10 });
    const scores = r.matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    const ferry = matcher().match(asQuery(FERRY_A)).matches[0];
    expect(ferry).toMatchObject({
      headline: FERRY_B.title,
      published: '2024-05-12',
      headlineDerived: false,
    });
  });

  it('honours limit and excludeId', () => {
    const m = matcher();
    expect(m.match(asQuery(FERRY_A), { excludeId: 'ferry-b' }).matches.map((x) => x.id)).not.toContain(
      'ferry-b',
    );
    expect(m.match(asQuery(FERRY_A), { limit: 1 }).matches).toHaveLength(1);
  });

  it('takes injected thresholds', () => {
    const strict = createMatcher(createIndex(ALL), { thresholds: { sameStory: 0.999 } });
    expect(strict.thresholds.related).toBe(DEFAULT_THRESHOLDS.related);
    expect(strict.match(asQuery(FERRY_A)).matches[0]?.verdict).toBe('related');
  });
});

describe('the reader’s own article in the corpus', () => {
  it('is recognized by its text, and not listed as coverage', () => {
    const r = matcher().match({ ...asQuery(FERRY_A), url: null });
    expect(r.selfId).toBe('ferry-a');
    expect(r.matches.map((m) => m.id)).not.toContain('ferry-a');
  });

  it('is recognized by its address even when the extracted text differs', () => {
    const r = matcher().match({
      title: FERRY_A.title,
      text: `${FERRY_A.text}\n\nSign up for our newsletter. Share this story.`,
      url: 'http://www.courier.example/2024/05/12/ferry-tarnow/?utm_source=feed',
    });
    expect(r.selfId).toBe('ferry-a');
  });

  it('is recognized when it is a near-identical copy (a trailing line added)', () => {
    const r = matcher().match({ title: null, text: `${FERRY_B.text}\nComments` });
    expect(r.selfId).toBe('ferry-b');
    expect(r.matches[0]?.id).toBe('ferry-a');
  });

  it('is not confused with another report of the same event', () => {
    const m = createMatcher(createIndex([FERRY_B, FERRY_OTHER]));
    expect(m.match(asQuery(FERRY_A)).selfId).toBeNull();
  });
});

describe('wire copy: the same text from several outlets', () => {
  const AP_COPY = {
    ...FERRY_A,
    id: 'ferry-a-yahoo',
    outlet: 'Yahoo News',
    url: 'https://news.yahoo.com/ferry',
  };

  it('lists another outlet’s copy of the page’s text as the same story, marked identical to the page', () => {
    const m = createMatcher(createIndex([FERRY_A, AP_COPY, FERRY_B]));
    const r = m.match({ ...asQuery(FERRY_A), outlet: FERRY_A.outlet });
    expect(r.selfId).toBe('ferry-a');
    const copy = r.matches.find((x) => x.id === 'ferry-a-yahoo');
    expect(copy).toMatchObject({ verdict: 'same-story', identical: true, identicalTo: null });
    expect(r.matches.find((x) => x.id === 'ferry-b')?.identical).toBeUndefined();
  });

  it('does not take another outlet’s copy for the page, even without the page’s own article', () => {
    const r = createMatcher(createIndex([AP_COPY, FERRY_B])).match({
      ...asQuery(FERRY_A),
      outlet: 'Daily Courier',
    });
    expect(r.selfId).toBeNull();
    expect(r.matches[0]).toMatchObject({ id: 'ferry-a-yahoo', verdict: 'same-story', identical: true });
    // Without an outlet to tell them apart, the same text is the page itself, as before.
    expect(createMatcher(createIndex([AP_COPY, FERRY_B])).match(asQuery(FERRY_A)).selfId).toBe(
      'ferry-a-yahoo',
    );
  });

  it('marks a report that repeats an earlier listed report’s text, naming its outlet', () => {
    const copyOfB = { ...FERRY_B, id: 'ferry-b-copy', outlet: 'Metro Wire', url: 'https://metro.example/b' };
    const r = createMatcher(createIndex([FERRY_B, copyOfB])).match(asQuery(FERRY_A));
    const [first, second] = r.matches;
    expect(first?.identical).toBeUndefined();
    expect(second).toMatchObject({
      verdict: 'same-story',
      identical: true,
      identicalTo: { id: first?.id, outlet: first?.outlet },
    });
  });
});

describe('languages', () => {
  it('reports a language it does not match instead of matching it', () => {
    const r = matcher().match({ title: 'Een veerboot kapseist', text: DUTCH_TEXT });
    expect(r.language).toEqual({ code: 'nl', supported: false });
    expect(r.matches).toEqual([]);
  });

  it('trusts a declared language tag', () => {
    expect(matcher().match({ ...asQuery(FERRY_A), lang: 'nl-BE' }).language).toEqual({
      code: 'nl',
      supported: false,
    });
    expect(matcher().match({ ...asQuery(FERRY_A), lang: 'de-AT' }).language).toEqual({
      code: 'de',
      supported: true,
    });
    expect(matcher().match({ ...asQuery(FERRY_A), lang: 'en-GB' }).language).toEqual({
      code: 'en',
      supported: true,
    });
  });

  it('detects English when no tag is given', () => {
    expect(matcher().match({ ...asQuery(FERRY_A), lang: null }).language).toEqual({
      code: 'en',
      supported: true,
    });
  });
});
