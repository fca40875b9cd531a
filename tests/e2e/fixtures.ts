/** Articles the end-to-end tests import, shared by the Chromium and the Firefox runs. */

/** A report of the demo's fictional tram story in other words (demo/other-story.ts is the original). */
export const TRAM_REPORT = {
  id: 'reader-tram-eastside',
  title: 'Eastside tram line wins council approval despite shop owners’ fears',
  outlet: 'Eastside Courier',
  date: '2025-04-10',
  text: [
    'Harbor City’s council has backed the long-disputed extension of the Route 4 tram into the Eastside, approving it by seven votes to two after a public hearing that stretched past six hours on Wednesday night.',
    'The plan, priced at $212 million, lays 3.8 miles of new track with six stations running from Union Depot to the ferry terminal on Marlow Street. Work is due to start next spring, and the city hopes passengers can ride the new section by late 2028.',
    'Council member Rosa Quintero, whose district covers most of the Eastside, said residents had waited too long for a quicker way across the city. Paul Hendry and Mae Sorensen voted against, saying shopkeepers on Fenwick Avenue could be ruined by two years of digging.',
    'An amendment sets aside $4 million for businesses near the works, with grants of up to $25,000 each. Federal transit grants should pay for about half of the project, the rest coming from a regional sales tax and bonds due before the council in June.',
    'Mayor Ellen Park said she would sign the measure, calling it a promise kept. The first station design workshop takes place at the Eastside Library on May 3.',
  ].join('\n\n'),
};
