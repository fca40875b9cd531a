import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { nameTerms } from '../../lib/compare/name-terms';
import { restatedElsewhere } from '../../lib/compare/restated';
import { prepareStory } from '../../lib/compare/story';
import { report } from './compare-helpers';

const uniqueOf = (c: ReturnType<typeof compareArticles>, id: string) =>
  (c.unique[id] ?? []).map((u) => u.text);

describe('unique details: only what no other report states in other words', () => {
  const a = report(
    'a',
    'The harbor bridge reopened on Monday after repairs. The closures, which lasted for four days, hurt the shops on the quay. ' +
      'A ferry carried 300 commuters a day while the bridge was shut.',
  );
  const b = report(
    'b',
    'Traffic returned to the harbor bridge on Monday once repairs ended. Shops on the quay were hurt when it closed for four days in September. ' +
      'The mayor thanked the repair crews.',
  );
  const c = compareArticles([a, b]);

  it('is not a detail a paraphrase of another report states (same figures, same event, stems alike)', () => {
    expect(uniqueOf(c, 'a').some((t) => t.includes('closures'))).toBe(false);
    expect(uniqueOf(c, 'b').some((t) => t.includes('closed for four days'))).toBe(false);
  });

  it('keeps a fact no other report states', () => {
    expect(uniqueOf(c, 'a').some((t) => t.includes('ferry'))).toBe(true);
    expect(uniqueOf(c, 'b').some((t) => t.includes('mayor thanked'))).toBe(true);
  });

  it('keeps a detail whose figure no other report gives', () => {
    const story = prepareStory([
      a,
      report('d', 'Shops on the quay were hurt when the bridge closed for five days in September.'),
    ]);
    const closures = story.sentences.find((s) => s.text.includes('closures'));
    expect(closures && restatedElsewhere(story, nameTerms(story), closures)).toBe(false);
    const same = prepareStory([a, b]);
    const again = same.sentences.find((s) => s.text.includes('closures'));
    expect(again && restatedElsewhere(same, nameTerms(same), again)).toBe(true);
  });
});
