import { compareTwoStrings } from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { bigramDice, bigramProfile } from '../../lib/compare/bigrams';

const samples = [
  'Zelensky said Tuesday that two Chinese citizens were captured.',
  'Zelenskyy said the two Chinese citizens had been captured while fighting.',
  'There was no immediate comment from Moscow or Beijing.',
  'There was no immediate reaction from Moscow or Beijing.',
  'aaaa bbbb aaaa',
  'aa aa',
  'a',
  '',
  'Café naïve — “quoted” 1,300',
];

describe('bigramDice', () => {
  it('agrees with string-similarity compareTwoStrings', () => {
    for (const a of samples) {
      for (const b of samples) {
        expect(bigramDice(bigramProfile(a), bigramProfile(b))).toBeCloseTo(compareTwoStrings(a, b), 12);
      }
    }
  });
});
