/**
 * A second outlet's report of the demo's fictional local story (the Harbor City tram vote).
 * Neither report is in the bundled corpus: adding one to "my corpus" makes the other find it.
 */
import { LEDGER_THEME, type Theme } from './themes.ts';

export const OTHER_STORY_2 = {
  title: 'Tram line to the Eastside wins 7-2 council vote despite shop owners’ fears',
  byline: 'Marcus Ode',
  date: '2025-04-10T06:15:00-04:00',
  paragraphs: [
    'HARBOR CITY — The Route 4 tram will run through the Eastside after the city council backed the long-debated extension by a 7-2 vote that came shortly before midnight on Wednesday.',
    'The decision followed a hearing that stretched past six hours, as dozens of residents lined up to speak for and against the plan. Supporters wore green scarves; many of the shop owners from Fenwick Avenue carried hand-lettered signs asking the council to wait.',
    'The extension is priced at $212 million and adds six stations over 3.8 miles, ending at the Marlow Street ferry terminal. City officials say work could start next spring.',
    '“People on the Eastside have waited long enough,” said Rosa Quintero, the council member who has pushed for the line since she took office.',
    'Paul Hendry and Mae Sorensen voted no. Hendry said the corner stores on Fenwick could not survive two years of torn-up streets, and that the city’s plan to help them came too late.',
    'A last-minute amendment sets aside $4 million for grants to businesses near the work, capped at $25,000 each. Shop owner Teresa Lind, who runs a bakery two doors from the planned Fenwick station, called the fund “a bandage, not a plan.”',
    'Mayor Ellen Park said she would sign the measure. The first public workshop on station design is set for May 3 at the Eastside Library.',
  ],
};

export const COURIER_THEME: Theme = {
  ...LEDGER_THEME,
  slug: 'other-story-2',
  siteName: 'Bayside Courier',
  brand: 'Bayside Courier',
  tagline: 'News of the bay — a fictional paper of the Parallax demo',
  sections: ['Local', 'Transit', 'Business', 'Culture', 'Opinion'],
  kicker: 'Transit',
  colors: { ...LEDGER_THEME.colors, accent: '#1f5f8b', headerBg: '#1f5f8b', headerInk: '#ffffff' },
  masthead: 'left',
};
