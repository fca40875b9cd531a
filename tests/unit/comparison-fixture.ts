/** A hand-written comparison of one story: the page being read and three other reports. */
import type { Comparison } from '@/lib/compare/types';

export const P1 = 'The city council approved the river tram on Monday.';
export const P2 = 'The line will carry 12,000 passengers a day.';
export const P3 = 'Construction starts in spring.';
export const P4 = 'Residents of the old harbour district had campaigned for years.';
export const G1 = 'The council approved the river tram on Tuesday.';
export const G2 = 'The line should carry 15,000 passengers daily.';
export const G3 = 'Critics say the budget is too small.';
export const B1 = 'Councillors backed the river tram on Monday.';

export function fixture(): Comparison {
  return {
    outlets: [
      {
        id: 'page',
        outlet: 'Demo Herald',
        headline: 'Council approves the river tram',
        published: '2025-04-08',
        wordCount: 420,
      },
      {
        id: 'g',
        outlet: 'The Guardian',
        headline: 'Tram plan passes',
        published: '2025-04-08',
        wordCount: 380,
      },
      { id: 'b', outlet: 'BBC News', headline: null, published: null, wordCount: 300 },
      { id: 'x', outlet: null, headline: 'Tram approved', published: '2025-04-09', wordCount: 200 },
    ],
    claims: [
      {
        text: G1,
        outlets: ['page', 'g', 'b'],
        sentences: [
          { id: 'page', text: P1 },
          { id: 'g', text: G1 },
          { id: 'b', text: B1 },
        ],
        core: true,
      },
      {
        text: G2,
        outlets: ['page', 'g'],
        sentences: [
          { id: 'page', text: P2 },
          { id: 'g', text: G2 },
        ],
        core: false,
      },
      {
        text: 'The tram will cost 40 million.',
        outlets: ['g', 'x'],
        sentences: [
          { id: 'g', text: 'The tram will cost 40 million.' },
          { id: 'x', text: 'It costs 40 million.' },
        ],
        core: false,
      },
    ],
    unique: {
      page: [{ text: P4 }],
      g: [{ text: G3 }],
      b: [],
      x: [],
    },
    quotes: [
      {
        speaker: 'Mayor Jane Doe',
        outlets: ['page', 'g'],
        variants: [
          { id: 'page', text: 'This is a great day for the city.' },
          { id: 'g', text: 'A great day for our city.' },
        ],
      },
      {
        speaker: null,
        outlets: ['g', 'b'],
        variants: [
          { id: 'g', text: 'We will be watching.' },
          { id: 'b', text: 'We are watching.' },
        ],
      },
    ],
    discrepancies: [
      {
        about: 'passengers a day',
        kind: 'count',
        values: [
          { id: 'page', value: '12,000', text: P2 },
          { id: 'g', value: '15,000', text: G2 },
        ],
      },
      {
        about: 'vote',
        kind: 'day',
        values: [
          { id: 'page', value: 'Monday', text: P1 },
          { id: 'g', value: 'Tuesday', text: G1 },
        ],
      },
    ],
    entities: [
      { name: 'Jane Doe', kind: 'person', outlets: ['page', 'g'] },
      { name: 'Old Harbour', kind: 'place', outlets: ['page'] },
      { name: 'City Council', kind: 'organization', outlets: ['page', 'g', 'b', 'x'] },
    ],
    page: [
      { text: P1, support: ['g', 'b'] },
      { text: P2, support: ['g'] },
      { text: P3, support: [] },
      { text: P4, support: [] },
    ],
    framing: {},
  };
}
