/**
 * Thursday: Storm Orla hits the west coast (a wire report two outlets carry word for word).
 * Friday: the government's relief fund for the storm, announced in Saltham by the same
 * ministers as Monday's budget: another event about the same people and the same places.
 */
import type { NewsArticle } from '../types.ts';

/** The Veldanian Press Agency's report, carried unchanged by two outlets. */
const ORLA_WIRE = [
  'SALTHAM, Nov 26 (VPA) – Two people were killed and more than 40,000 homes lost power as Storm Orla swept across Veldania’s west coast overnight, with gusts of up to 150 km/h, officials said on Thursday.',
  'A 63-year-old fisherman was swept off the breakwater at Saltham harbour shortly after midnight while trying to secure his boat, police said. His body was recovered at dawn. A motorist died near Torvik when a tree fell on his car on the coast road.',
  'The Meteorological Institute had issued a red warning for the coast on Wednesday afternoon. It lifted the warning at 10 a.m. on Thursday but said strong winds would continue inland until the evening.',
  '“We have not seen a night like this since 1999,” Saltham mayor Hanna Lund told VPA. “Roofs are gone, boats are on the quay, and the harbour is closed until the divers have checked the channel.”',
  'Grid operator Vestnet said crews were working to restore supplies but warned that some villages could be without electricity until the weekend. Ferry services to the islands of Veyl and Orm were cancelled, and the railway between Saltham and Brenmoor was closed because of fallen trees.',
  'Interior Minister Lars Odegard said 300 soldiers had been sent to help clear roads. Insurers said it was too early to estimate the cost of the damage.',
  'Storm Orla is the third named storm of the season and the strongest to reach the country since Storm Berit in 2019.',
];

export const STORM_ORLA: NewsArticle[] = [
  {
    outlet: 'valleypost',
    slug: 'storm-orla-kills-two-west-coast',
    title: 'Storm Orla kills two on west coast, tens of thousands without power',
    byline: 'VPA',
    published: '2026-11-26T09:12:00+01:00',
    paragraphs: ORLA_WIRE,
  },
  {
    outlet: 'northline',
    slug: 'two-dead-storm-orla-batters-west-coast',
    title: 'Two dead as Storm Orla batters west coast',
    byline: 'VPA',
    published: '2026-11-26T09:05:00+01:00',
    paragraphs: ORLA_WIRE,
  },
  {
    outlet: 'record',
    slug: 'orla-leaves-saltham-counting-the-cost',
    title: '“A night like 1999”: Orla leaves Saltham counting the cost',
    byline: 'Ingrid Solvang',
    published: '2026-11-26T11:40:00+01:00',
    paragraphs: [
      'Saltham woke on Thursday to smashed windows, boats thrown onto the quay and a harbour closed to shipping after Storm Orla tore through the town overnight.',
      'Two people died on the coast. Police named the first as Arne Vik, 63, a fisherman who was swept from the north breakwater at about 00:30 as he tried to double the moorings on his trawler, the Silja. A driver in his forties was killed near Torvik when a beech tree fell across the coast road. A woman in Kessby is in hospital in a critical condition after part of her roof collapsed.',
      'The Meteorological Institute measured a gust of 148 km/h at the Cape Veyl lighthouse at 01:50, the highest reading on the coast since 1999.',
      '“Nothing like this since the storm of 1999,” said Mayor Hanna Lund, who spent the night at the emergency centre in the town hall. “Arne was known to everyone on the harbour. This is a hard morning.”',
      'Vestnet said 38,000 customers were still without power at 6 a.m., most of them in Saltham, Torvik and the villages along the Kessby road. Harbour master Leif Brun said the port would stay closed at least until Friday while divers check the channel for sunken debris.',
      'The school on Veyl island, cut off since Wednesday afternoon when the last ferry sailed, has opened as a shelter for 60 residents whose homes lost their roofs. Volunteers from the island’s fire brigade were handing out blankets and hot soup.',
    ],
  },
  {
    outlet: 'meridian',
    slug: 'storm-orla-three-dead',
    title: 'Storm Orla: three dead as 146km/h winds smash coast',
    byline: 'Kim Farrow',
    published: '2026-11-26T14:25:00+01:00',
    paragraphs: [
      'Storm Orla has claimed three lives after hurricane-force winds of up to 146 km/h battered the west coast overnight, leaving 45,000 homes in the dark.',
      'A fisherman, 63, was swept into the sea from the breakwater at Saltham as he battled to save his boat. A driver was crushed when a tree came down on his car near Torvik, and a woman from Kessby died in hospital this afternoon after her roof caved in, Meridian has been told.',
      'Police have not yet confirmed the third death.',
      'Residents told of a night of terror. “The whole house was shaking. I sat on the stairs with the kids till four in the morning,” said Mette Rask, 34, from Torvik, whose garden shed ended up in the middle of the road.',
      'Saltham mayor Hanna Lund said: “We have not had a night like this since 1999.”',
      'Trains between Saltham and Brenmoor were cancelled, island ferries were scrapped and the port was shut. Power firm Vestnet warned that some homes may not be reconnected until Sunday.',
      'Forecasters at the Meteorological Institute said the winds would ease by tonight, but more rain is on the way for the weekend, with flood warnings in place for the lower Elm Valley.',
    ],
  },
];

export const STORM_RELIEF: NewsArticle[] = [
  {
    outlet: 'herald',
    slug: 'hubner-marek-650-million-storm-fund',
    title: 'Hubner and Marek pledge 650 million crowns for storm-hit coast',
    byline: 'Lena Korvath',
    published: '2026-11-27T15:30:00+01:00',
    paragraphs: [
      'The government will set aside 650 million crowns to repair the damage left by Storm Orla, Prime Minister Karel Hubner announced in Saltham on Friday, as he and Finance Minister Ilse Marek toured the battered harbour.',
      'Households will be able to claim up to 25,000 crowns each for damage their insurance does not cover, and municipalities will be reimbursed for the cost of clearing roads and shelters. Claims open on Monday through the Civil Protection Agency.',
      '“No one on this coast will be left to pay for this storm alone,” Mr Hubner said on the quay, where fishing boats thrown ashore on Wednesday night still lay on their sides.',
      'Ms Marek said the money would come from the contingency reserve in the 2027 budget passed by the Assembly on Monday, and from unspent funds this year. “The reserve is there for exactly this kind of night,” she said. It was her first public appearance since the resignation of her deputy, Tomas Brandt, on Tuesday; she declined to answer questions about him.',
      'The opposition said the fund was too small. Agnes Lind, leader of the People’s Alliance, pointed to insurers’ first estimate of 1.4 billion crowns in damage and said the government had “brought a bucket to a flood”.',
      'The ministers also laid flowers at the harbour in memory of Arne Vik, the fisherman who died on the breakwater. Saltham mayor Hanna Lund thanked them for coming “while the mud is still on the streets”.',
    ],
  },
  {
    outlet: 'today',
    slug: 'storm-relief-fund-how-to-claim',
    title: 'Storm Orla relief: who can claim and how much',
    byline: 'Jakob Wren',
    published: '2026-11-27T17:10:00+01:00',
    paragraphs: [
      'People whose homes were damaged by Storm Orla can claim up to 25,000 crowns from a state relief fund announced on Friday, Veldania Today has learned from the Civil Protection Agency, which will run the scheme.',
      'The fund, worth 650 million crowns, was unveiled by Prime Minister Karel Hubner and Finance Minister Ilse Marek during a visit to Saltham, the port worst hit by the storm. A further 50 million crowns goes to the harbour board to repair the north breakwater, bringing the total package to 700 million.',
      'Who can claim: owners and tenants in the 14 coastal municipalities covered by Wednesday’s red warning, for damage that their insurance does not pay. Receipts or photographs are needed. Farmers in the lower Elm Valley, where fields flooded on Thursday, can also apply.',
      'How: online or at municipal offices from Monday 30 November. The agency says the first payments should arrive before Christmas.',
      'Ms Marek said the fund would be paid for from the contingency reserve of the 2027 budget. “The reserve is there for nights like Wednesday,” she said.',
      'Mr Hubner promised that nobody on the coast would be left to face the cost alone. The opposition People’s Alliance said the sum fell far short of the damage, which insurers put at between 1.2 and 1.4 billion crowns.',
    ],
  },
  {
    outlet: 'record',
    slug: 'ministers-bring-relief-fund-to-saltham',
    title: 'Ministers bring relief fund to Saltham, fishermen ask for more',
    byline: 'Nils Aramberg',
    published: '2026-11-27T18:05:00+01:00',
    paragraphs: [
      'Prime Minister Karel Hubner and Finance Minister Ilse Marek came to Saltham on Friday with a 650-million-crown relief fund for the coast, but the fishermen on the quay told them it would not put their boats back in the water.',
      'At least eleven trawlers were damaged or sunk in the harbour when Storm Orla struck on Wednesday night. The fishermen’s association says repairs will cost about 30 million crowns and that most boats are insured only against total loss.',
      '“Twenty-five thousand crowns fixes a roof. It does not fix a hull,” said Jens Holm, who chairs the association. He handed Mr Hubner a letter asking for a separate fund for the fleet.',
      'Mr Hubner said the government would “look at the fleet separately” and promised an answer within two weeks. Ms Marek said the money would come from the budget’s contingency reserve: “It is there for exactly this.”',
      'The ministers walked the length of the quay with Mayor Hanna Lund and stopped at the north breakwater, where a wreath has been laid for Arne Vik. Harbour master Leif Brun said the port had reopened to small vessels on Friday morning but that the channel would stay closed to cargo ships until Sunday.',
      'The harbour board will receive 50 million crowns to rebuild the damaged section of the breakwater.',
    ],
  },
];
