import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../lib/compare';
import { report } from './compare-helpers';

const found = (...texts: string[]) =>
  compareArticles(texts.map((t, i) => report(String.fromCharCode(97 + i), t))).discrepancies.map((d) => ({
    kind: d.kind,
    values: d.values.map((v) => `${v.id}:${v.value}`),
  }));

describe('discrepancies', () => {
  it('finds different counts of the same kind of thing, across synonyms', () => {
    expect(
      found(
        'Officials said 11,000 soldiers from the northern army were deployed to the border region.',
        'The northern army deployed up to 12,000 troops to the border region, officials said.',
      ),
    ).toEqual([{ kind: 'count', values: ['a:11,000 soldiers', 'b:up to 12,000 troops'] }]);
  });

  it('does not compare counts of different things or increments with totals', () => {
    expect(
      found(
        'The northern army deployed 11,000 troops to the border region last year.',
        'The northern army deployed an additional 3,000 troops to the border region this spring.',
        'The storm destroyed 11,000 homes along the coast.',
      ),
    ).toEqual([]);
  });

  it('finds a different day for the same announcement, and reads dates as weekdays', () => {
    expect(
      found(
        'The minister announced on Monday that the mine would close.',
        'The minister announced Tuesday that the mine would close by summer.',
        'The minister announced on April 8 that the mine would close.',
      ),
    ).toEqual([{ kind: 'day', values: ['a:Monday', 'b:Tuesday', 'c:April 8 (Tuesday)'] }]);
  });

  it('does not flag a report that states both values', () => {
    expect(
      found(
        'The minister announced on Monday that the mine would close.',
        'The minister announced on Monday that the mine would close, and confirmed it Tuesday.',
      ),
    ).toEqual([]);
  });

  it('finds different places for the same claim', () => {
    expect(
      found(
        'The rebels captured the airport near Kharkiv on Sunday after heavy fighting.',
        'The rebels captured the airport near Odesa on Sunday after heavy fighting.',
      ),
    ).toEqual([{ kind: 'place', values: ['a:Kharkiv', 'b:Odesa'] }]);
  });

  it('finds titles that cannot both be right, and accepts a shorter form of the same title', () => {
    expect(
      found(
        'Prime Minister Ana Silva opened the summit in the capital.',
        'President Ana Silva opened the summit in the capital.',
      ),
    ).toEqual([{ kind: 'title', values: ['a:Prime Minister', 'b:President'] }]);
    expect(
      found('Foreign Minister Ana Silva opened the summit.', 'The minister, Ana Silva, opened the summit.'),
    ).toEqual([]);
  });
});

const compared = (...inputs: ReturnType<typeof report>[]) => compareArticles(inputs).discrepancies;

describe('differences across the whole texts', () => {
  it('finds the central figure of a story stated in sentences that do not align', () => {
    const d = compared(
      report(
        'a',
        'The court heard arguments on Tuesday. Justices questioned how to administer a sex discrimination lawsuit covering 1.5 million women, which could cost the retailer billions.',
      ),
      report(
        'b',
        'The court appears ready to block a massive sex discrimination lawsuit on behalf of up to 1.6 million women. The retailer denies the claims.',
      ),
    );
    expect(d.map((x) => x.values.map((v) => `${v.id}:${v.value}`))).toEqual([
      ['a:1.5 million women', 'b:up to 1.6 million women'],
    ]);
    expect(d[0]?.about).toBe('Number of women');
  });

  it('does not compare figures far apart, or figures of different people', () => {
    expect(
      compared(
        report('a', 'Cordova is one of 198 people that the congressman follows on the social network.'),
        report(
          'b',
          'The congressman said a speech to 45,000 people on the social network would not change that.',
        ),
      ),
    ).toEqual([]);
    expect(
      compared(
        report('a', 'In the poll of primary voters, Mitt Romney leads the Republican field with 21 percent.'),
        report(
          'b',
          'In the poll of primary voters, Mike Huckabee trails in the Republican field with 17 percent.',
        ),
        report('c', 'Mitt Romney and Mike Huckabee met on Sunday.'),
      ),
    ).toEqual([]);
  });

  it('gives every value a report states for a disputed sum, a third one included', () => {
    const d = compared(
      report(
        'a',
        'A Republican said the ad is airing in Miami, West Palm Beach and Tampa. The flight is ultimately going to be $1 million, and about $400,000 has been placed so far.',
      ),
      report(
        'b',
        'The ad, to air in Miami, West Palm Beach and Tampa, is costing the group $1 million, it confirmed.',
      ),
      report('c', 'The group has reserved $500,000 of airtime in Tampa, West Palm Beach and Miami.'),
    );
    expect(d.map((x) => x.values.map((v) => `${v.id}:${v.value}`))).toEqual([
      ['a:$1 million', 'a:about $400,000', 'b:$1 million', 'c:$500,000'],
    ]);
    expect(d[0]?.about).toBe('Sum of money for airtime');
  });

  it('finds a place by its role, and a place name spelled two ways', () => {
    const student = compared(
      report(
        'a',
        'He did not know the woman who received the photo, Jane Roe, a student at Whatcom Community College in Bellingham; she followed him online.',
      ),
      report('b', 'The photo was sent to a female college student in Seattle from his online account.'),
    );
    expect(student.map((x) => [x.kind, x.about, x.values.map((v) => v.value)])).toEqual([
      ['place', 'Place of the student', ['Bellingham', 'Seattle']],
    ]);
    const misnamed = compared(
      report(
        'a',
        'The group gathered in Norwalk in March. He said he had misspoken about his service during the Norwalk event.',
      ),
      report('b', 'He had misspoken at a 2008 event in Norfolk in which he said he had served abroad.'),
    );
    expect(misnamed.map((x) => x.values.map((v) => `${v.id}:${v.value}`))).toEqual([
      ['a:Norwalk', 'b:Norfolk'],
    ]);
  });

  it('finds one person’s name spelled two ways, not a name and its adjective', () => {
    const d = compared(
      report('a', 'The contenders include Reince Preibus, chairman of the state party, and two others.'),
      report('b', 'The challengers include state party chairman Reince Priebus, officials said.'),
      report('c', 'Reince Preibus, the state chairman, is expected to run. He was born in Puerto Rico.'),
      report('d', 'Reince Preibus is a Puerto Rican-born lawyer, friends said.'),
    );
    expect(d.map((x) => [x.kind, x.about, x.summary])).toEqual([
      ['name', 'Spelling of a name', 'B says Reince Priebus; 3 others say Reince Preibus'],
    ]);
  });

  it('does not compare places of different acts, or places named together', () => {
    expect(
      compared(
        report('a', 'The governor spoke about the plant closure at a rally in Ohio, the company said.'),
        report('b', 'The plant closure was announced by the company in Detroit, the governor said.'),
      ),
    ).toEqual([]);
    expect(
      compared(
        report('a', 'The ad is airing in Miami, Orlando and Tampa, the group said.'),
        report('b', 'The ad is airing in Tampa, Orlando and Miami, the group said.'),
      ),
    ).toEqual([]);
  });

  it('compares days only when they date the same act', () => {
    expect(
      compared(
        report(
          'a',
          'Steele drew fierce criticism on Friday after his remarks at a party fund-raiser about the war.',
        ),
        report(
          'b',
          'Republican senators pressed Steele on Sunday over his remarks at a party fund-raiser about the war.',
        ),
      ),
    ).toEqual([]);
    const d = compared(
      report(
        'a',
        'President Ana Silva said Tuesday that her forces had captured two foreign citizens fighting for the rebels.',
      ),
      report(
        'b',
        'President Ana Silva shared on Monday footage showing two foreign citizens captured while fighting for the rebels.',
      ),
    );
    expect(d.map((x) => [x.about, x.values.map((v) => v.value)])).toEqual([
      ['Day of the announcement by Ana Silva', ['Tuesday', 'Monday']],
    ]);
  });
});

describe('where outlets agree, and figures that change over time', () => {
  it('says which outlets state which value, counting a large majority', () => {
    const said = (id: string, day: string) =>
      report(id, `The minister announced on ${day} that the coal mine in the valley would close for good.`);
    const [d] = compared(
      said('a', 'Monday'),
      said('b', 'Tuesday'),
      said('c', 'Tuesday'),
      said('d', 'Tuesday'),
    );
    expect(d?.sides).toEqual([
      { value: 'Monday', ids: ['a'] },
      { value: 'Tuesday', ids: ['b', 'c', 'd'] },
    ]);
    expect(d?.summary).toBe('A says Monday; 3 others say Tuesday');
    expect(d?.change).toBe('disagreement');
  });

  it('tells a figure that rose between reports as an update, in time order', () => {
    const toll = (id: string, n: number, at: string) =>
      report(id, `The fire in the northern city killed ${n} people, officials said.`, at);
    const [d] = compared(toll('b', 15, '2025-04-08T14:00:00Z'), toll('a', 12, '2025-04-08T09:30:00Z'));
    expect(d?.change).toBe('update');
    expect(d?.timeline).toEqual([
      { value: '12 people', ids: ['a'], from: '2025-04-08T09:30:00Z' },
      { value: '15 people', ids: ['b'], from: '2025-04-08T14:00:00Z' },
    ]);
    expect(d?.summary).toBe('12 people at first, 15 people in later reports, from 14:00');
  });

  it('keeps a disagreement at the same time, or between reports of unknown time, a disagreement', () => {
    const toll = (id: string, n: number, at: string | null) =>
      report(id, `The fire in the northern city killed ${n} people, officials said.`, at);
    const same = compared(
      toll('a', 12, '2025-04-08'),
      toll('b', 15, '2025-04-08'),
      toll('c', 15, '2025-04-09'),
    );
    expect(same[0]?.change).toBe('disagreement');
    const unknown = compared(toll('a', 12, '2025-04-08T09:30:00Z'), toll('b', 15, null));
    expect(unknown[0]?.change).toBe('disagreement');
  });
});
