import { describe, expect, it } from 'vitest';
import { createIndex, createMatcher, sharedClaims } from '../../lib/match';
import { claimEvidence } from '../../lib/match/verify';
import type { CorpusArticle } from '../../lib/types';

// One event (the Tarnow footbridge closed after a crack), told twice, and the next day's news
// about the same people (the same mayor and engineer, another act: a contract cancelled).
const BRIDGE_A: CorpusArticle = {
  id: 'bridge-a',
  outlet: 'Tarnow Courier',
  date: '2025-03-04',
  title: 'Mayor Halina Wrona closes the Dunajec footbridge after engineers find a crack',
  text: [
    'Mayor Halina Wrona closed the Dunajec footbridge in Tarnow on Monday after engineers found a 40-centimetre crack in its main girder.',
    'About 6,000 people cross the bridge every day. Police put up barriers at both ends by noon.',
    'Chief engineer Marek Sowa said the crack was found during a routine inspection and that the bridge could not be reopened until it was repaired.',
    'Wrona said a temporary ferry would run from Wednesday.',
  ].join('\n\n'),
};
const BRIDGE_B: CorpusArticle = {
  id: 'bridge-b',
  outlet: 'Malopolska News',
  date: '2025-03-04',
  title: 'Tarnow footbridge shut over crack in girder',
  text: [
    'The Dunajec footbridge in Tarnow was closed on Monday after a 40-centimetre crack was found in its main girder, Mayor Halina Wrona said.',
    'Engineers found the crack during a routine inspection, chief engineer Marek Sowa said. The bridge cannot reopen until it is repaired.',
    'Some 6,000 people use the crossing daily. A temporary ferry will run from Wednesday, the mayor said.',
  ].join('\n\n'),
};
const CONTRACT: CorpusArticle = {
  id: 'contract',
  outlet: 'Tarnow Courier',
  date: '2025-03-05',
  title: 'Wrona cancels Sowa’s road contract with Kruk Budowa',
  text: [
    'Mayor Halina Wrona on Tuesday cancelled a 12-million-zloty road resurfacing contract with the builder Kruk Budowa, citing late work and cost overruns.',
    'The council’s audit found the firm had billed for asphalt it never laid on Lwowska Street. Chief engineer Marek Sowa, who signed the contract, was asked to explain it to councillors on Friday.',
    'Kruk Budowa said it would appeal. The road works will be tendered again in April.',
  ].join('\n\n'),
};

describe('verifying a candidate by the statements it shares (lib/match verify.ts)', () => {
  it('finds the statements two reports of one event both make, and that their leads meet', () => {
    const c = sharedClaims(BRIDGE_A, BRIDGE_B);
    // The shorter report (headline and its sentences) is the one counted.
    expect(c.of).toBeGreaterThanOrEqual(4);
    expect(c.of).toBeLessThanOrEqual(6);
    expect(c.shared).toBeLessThanOrEqual(c.of);
    expect(c.shared).toBeGreaterThanOrEqual(3);
    expect(c.lead).toBeGreaterThan(0.4);
    expect(claimEvidence(c)).toBeGreaterThan(0);
  });

  it('finds little in common with another event about the same people', () => {
    const same = sharedClaims(BRIDGE_A, BRIDGE_B);
    const other = sharedClaims(BRIDGE_A, CONTRACT);
    expect(other.shared).toBeLessThanOrEqual(1);
    expect(other.lead).toBeLessThan(same.lead);
    expect(claimEvidence(other)).toBeLessThan(0);
  });

  it('is symmetric: either report may be the page', () => {
    expect(sharedClaims(BRIDGE_B, BRIDGE_A)).toEqual(sharedClaims(BRIDGE_A, BRIDGE_B));
  });

  it('leaves a candidate that was not verified as it was', () => {
    expect(claimEvidence(null)).toBe(0);
    expect(claimEvidence({ shared: 0, of: 0, lead: 0 })).toBe(0);
  });
});

describe('the matcher with the corpus texts', () => {
  const corpus = [BRIDGE_B, CONTRACT];
  const byId = new Map(corpus.map((a) => [a.id, a]));
  const query = { title: BRIDGE_A.title, text: BRIDGE_A.text, date: BRIDGE_A.date };

  it('says how many statements a verified report shares with the page', () => {
    const r = createMatcher(createIndex(corpus), { texts: (id) => byId.get(id) }).match(query);
    const bridge = r.matches.find((m) => m.id === 'bridge-b');
    expect(bridge?.verdict).toBe('same-story');
    expect(bridge?.explanation?.statements?.shared).toBeGreaterThanOrEqual(3);
    const contract = r.matches.find((m) => m.id === 'contract');
    if (contract) expect(contract.explanation?.statements?.shared ?? 0).toBeLessThanOrEqual(1);
  });

  it('scores the other event about the same people lower once verified', () => {
    const plain = createMatcher(createIndex(corpus)).match(query);
    const verified = createMatcher(createIndex(corpus), { texts: (id) => byId.get(id) }).match(query);
    const score = (r: typeof plain, id: string) => r.matches.find((m) => m.id === id)?.score ?? 0;
    expect(score(verified, 'contract')).toBeLessThan(score(plain, 'contract'));
    expect(score(verified, 'bridge-b')).toBeGreaterThan(score(verified, 'contract'));
  });

  it('without the texts, verifies nothing and says nothing of statements', () => {
    const r = createMatcher(createIndex(corpus)).match(query);
    for (const m of r.matches) expect(m.explanation?.statements).toBeUndefined();
  });
});
