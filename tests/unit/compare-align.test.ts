import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

const claimWith = (c: ReturnType<typeof compareArticles>, words: string) =>
  c.claims.find((k) => k.sentences.some((s) => s.text.includes(words)));

describe('alignment: one claim is one statement', () => {
  it('never aligns two sentences on a name alone', () => {
    const a = report(
      'a',
      'Justice Alvarez pressed the lawyer on the cost of the plan. Alvarez asked. The lawyer said the state would pay for it.',
    );
    const b = report(
      'b',
      'The lawyer said the state would pay for the plan. That did not satisfy Justice Alvarez, who asked again.',
    );
    const c = compareArticles([a, b]);
    expect(claimWith(c, 'Alvarez asked.')).toBeUndefined();
    expect(claimWith(c, 'state would pay')?.outlets).toEqual(['a', 'b']);
  });

  it('keeps one phrase said by two different people as two statements', () => {
    const a = report(
      'a',
      'Mayor Ana Ruiz spoke first. “We will not back down on the harbor tolls,” Ana Ruiz said at the meeting.',
    );
    const b = report(
      'b',
      'Councilman Piet Vos answered her. “We will not back down on the harbor tolls,” Piet Vos said at the meeting.',
    );
    const c = compareArticles([a, b]);
    expect(claimWith(c, 'back down')).toBeUndefined();
  });

  it('does not chain sentences that share a few words into one claim', () => {
    const a = report('a', 'The council approved the harbor budget on Monday after a short vote.');
    const b = report(
      'b',
      'The council approved the harbor budget on Monday, and residents then protested the new parking fees downtown.',
    );
    const c = report('c', 'Residents protested the new parking fees downtown, saying shops would close.');
    const got = compareArticles([a, b, c]);
    for (const claim of got.claims) {
      const texts = claim.sentences.map((s) => s.text);
      expect(texts.some((t) => t.includes('short vote')) && texts.some((t) => t.includes('shops'))).toBe(
        false,
      );
    }
  });

  it('takes a second wording of a report only when it restates the claim', () => {
    const a = report('a', 'Rebels seized the northern airport on Sunday after two days of fighting.');
    const b = report(
      'b',
      'Rebels captured the northern airport on Sunday after two days of fighting. The airport had been closed since May.',
    );
    const got = compareArticles([a, b]);
    expect(claimWith(got, 'seized')?.sentences.map((s) => s.text)).toHaveLength(2);
  });
});
