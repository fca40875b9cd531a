/**
 * Friday: FC Brenmoor sells its striker Joren Vask to a Spanish club. Saturday: his farewell
 * match. The same people (Vask, chairman Kassel, coach Solberg) on adjacent days, two events.
 */
import type { NewsArticle } from '../types.ts';

export const VASK_TRANSFER: NewsArticle[] = [
  {
    outlet: 'herald',
    slug: 'vask-joins-sporting-alcora-club-record',
    title: 'Vask joins Sporting Alcora in club-record 38 million euro deal',
    byline: 'Tor Eklund',
    published: '2026-11-27T12:00:00+01:00',
    paragraphs: [
      'FC Brenmoor have sold their striker Joren Vask to the Spanish club Sporting Alcora for 38 million euros, the highest fee ever paid for a Veldanian player, both clubs announced on Friday.',
      'Vask, 24, has signed a five-year contract and will join Alcora when the transfer window opens on 2 January. He will play his last match for Brenmoor against Saltham Athletic at the Elmfield stadium on Saturday.',
      '“Joren leaves as the best player this club has ever produced,” said the Brenmoor chairman, Rudi Kassel. “We did not want to sell, but you cannot stand in the way of a boy who has earned the chance to play in Spain.”',
      'The striker has scored 61 goals in 118 league appearances since his debut at 18, including 19 this season, and is the league’s top scorer for the second year running. He has 22 caps for the national team.',
      'Alcora, fourth in the Spanish league, had been following him for two seasons. Their coach, José Ibarra, said Vask was “exactly the kind of forward who wins a league: fast, brave and never satisfied”.',
      'Brenmoor’s previous record sale was the 21 million euros Bayer Leverkusen paid for the goalkeeper Stig Norum in 2022. Mr Kassel said most of the money would go into a new training centre and the academy.',
      '“It is the hardest decision of my life,” Vask said in a video posted by the club. “Brenmoor is my home.”',
    ],
  },
  {
    outlet: 'meridian',
    slug: 'vask-alcora-done-deal',
    title: 'DONE DEAL: Vask seals dream Spain move as Brenmoor bank €35m',
    byline: 'Rico Salas',
    published: '2026-11-27T10:35:00+01:00',
    paragraphs: [
      'Joren Vask is off to Spain. Brenmoor’s goal machine has completed his move to Sporting Alcora, with the Elmfield club pocketing 35 million euros up front and another 5 million in add-ons.',
      'The 24-year-old signs a five-and-a-half-year deal worth a reported 4 million euros a season, which would make him the best-paid Veldanian footballer in history.',
      'Meridian revealed on Tuesday that Alcora had tabled a bid. Brenmoor chairman Rudi Kassel held out for more than a week before giving in.',
      '“Joren is the best player we have ever had, full stop,” Kassel said. “Nobody wanted this day to come.”',
      'Vask, who has banged in 19 goals this season, said: “It’s the hardest decision I have ever made. But every kid dreams of this.”',
      'Alcora boss José Ibarra called him “fast, brave and hungry”.',
      'Brenmoor fans are already mourning. Supporters’ club chief Liv Dahlberg said: “We get it, it is a lot of money. But who scores for us now?” Coach Anika Solberg has been handed a war chest of around 12 million euros to find a replacement in January.',
      'Vask will say goodbye to the Elmfield faithful against Saltham Athletic tomorrow.',
    ],
  },
  {
    outlet: 'northline',
    slug: 'vask-sale-what-brenmoor-does-with-the-money',
    title: 'Vask sale: what FC Brenmoor plans to do with 40 million euros',
    byline: 'Hedda Lunde',
    published: '2026-11-27T16:50:00+01:00',
    paragraphs: [
      'FC Brenmoor confirmed on Friday that Joren Vask will join Sporting Alcora in January, in a deal that could be worth about 40 million euros to the club once bonuses for appearances and titles are paid.',
      'The guaranteed part of the fee has not been disclosed by either club. Two people with knowledge of the contract told Northline it is 35 million euros, with up to 5 million more depending on Alcora’s results and Vask’s appearances.',
      'Chairman Rudi Kassel told a press conference that 15 million euros would go towards a training centre at Stenvik, north of the capital, which the club has been trying to finance since 2021. Another 4 million is earmarked for the academy that produced Vask.',
      '“He leaves as the best player this club has produced, and he leaves us stronger than he found us,” Mr Kassel said.',
      'The sale also helps Brenmoor meet the league’s new spending rules, which cap wages at 70 percent of revenue from next season. The club’s accounts for 2025 showed a loss of 6.2 million euros.',
      'Vask, 24, scored 61 goals in 117 league games for Brenmoor. His boyhood club, Elmstad IF, is due a solidarity payment under FIFA rules that Northline estimates at about 1 million euros.',
      'Coach Anika Solberg said she had “two or three names” in mind for January.',
    ],
  },
  {
    outlet: 'valleypost',
    slug: 'elmstad-if-celebrates-vask-move',
    title: 'Elmstad IF celebrates as its old boy Vask moves to Spain',
    byline: 'Rosa Fenwick',
    published: '2026-11-27T18:20:00+01:00',
    paragraphs: [
      'At Elmstad IF’s clubhouse, where a faded photograph of a nine-year-old Joren Vask hangs next to the bar, Friday’s news from Brenmoor was greeted with cheers – and some quick arithmetic.',
      'FC Brenmoor have sold Vask to Sporting Alcora of Spain for a fee the club put at 38 million euros. Under FIFA’s solidarity rules, the clubs that trained a player between the ages of 12 and 23 share up to 5 percent of any transfer fee. For Elmstad IF, where Vask played until he was 15, that could mean about 1.1 million euros.',
      '“That is more than our budget for the next twenty years,” said club secretary Margit Aune. “New changing rooms, floodlights, a proper pitch for the girls’ teams. Joren has done this for us.”',
      'Vask, 24, signs a five-year contract with Alcora and joins in January. Brenmoor chairman Rudi Kassel called him the best player the club has ever produced.',
      'His first coach, Bengt Solli, now 71, remembers a boy “who cried when we lost and cried when we won”. He said: “I told his mother when he was ten that he would play abroad. She laughed at me.”',
      'Vask said the move was the hardest decision of his life. A coach from Elmstad will take forty of the club’s young players to the Elmfield stadium on Saturday for his last game in a Brenmoor shirt.',
    ],
  },
];

export const VASK_FAREWELL: NewsArticle[] = [
  {
    outlet: 'meridian',
    slug: 'vask-farewell-double-saltham',
    title: 'Vask signs off in style with farewell double as Brenmoor sink Saltham',
    byline: 'Rico Salas',
    published: '2026-11-28T17:40:00+01:00',
    paragraphs: [
      'Joren Vask said goodbye the only way he knows: with goals. The departing striker struck twice as FC Brenmoor beat Saltham Athletic 3-1 at a rocking Elmfield this afternoon.',
      'Vask opened the scoring on 24 minutes, curling a left-footer into the top corner, and sealed it midway through the second half with a trademark header from a Nils Berg cross.',
      'Berg had made it 2-0 just before the break. Saltham, whose own ground was damaged by Storm Orla on Wednesday, pulled one back through an Oskar Brun penalty on 71 minutes but never looked like spoiling the party.',
      'The crowd of 21,400 sang Vask’s name for the last ten minutes. When coach Anika Solberg took him off in stoppage time, the whole ground stood and he walked slowly to the touchline in tears.',
      'After the final whistle chairman Rudi Kassel presented him with a framed number 9 shirt on the pitch.',
      '“I can’t talk, sorry,” a tearful Vask told Meridian. “I just want to say thank you. I will be back one day.”',
      'The win lifts Brenmoor to second in the table, two points behind Nordvik, before the winter break. Vask joins Sporting Alcora in January.',
    ],
  },
  {
    outlet: 'northline',
    slug: 'brenmoor-3-saltham-1-vask-goodbye',
    title: 'Brenmoor 3 Saltham Athletic 1: Vask scores twice in his last game for the club',
    byline: 'Hedda Lunde',
    published: '2026-11-28T18:05:00+01:00',
    paragraphs: [
      'Joren Vask scored twice in his final match for FC Brenmoor on Saturday, a 3-1 win over Saltham Athletic in front of 21,412 spectators at the Elmfield stadium, the largest league crowd of the season.',
      'Vask, who joins Sporting Alcora in January, scored his first in the 23rd minute and headed his second in the 67th. Nils Berg scored Brenmoor’s other goal on the stroke of half-time; Oskar Brun converted a penalty for Saltham after Vask himself was judged to have handled in his own area.',
      'Saltham Athletic had been allowed to delay kick-off by an hour because their team bus was held up by trees still blocking the coast road after Storm Orla. Their coach, Ivar Moen, thanked Brenmoor for agreeing.',
      'Before the match the club showed a three-minute film of Vask’s 63 goals in all competitions, and the supporters unveiled a banner reading “Once a Brenmoor boy, always a Brenmoor boy”.',
      '“He gave everything for this club for six years, and today he did it one more time,” coach Anika Solberg said. “Now my job is to find someone who can score those goals.”',
      'Chairman Rudi Kassel said the club would retire the number 9 shirt for the rest of the season. Brenmoor are second in the league, two points behind Nordvik, with one match left before the winter break.',
    ],
  },
  {
    outlet: 'valleypost',
    slug: 'young-elmstad-fans-see-vask-last-game',
    title: 'Forty young Elmstad fans see Vask score twice in his farewell',
    byline: 'Rosa Fenwick',
    published: '2026-11-28T20:15:00+01:00',
    paragraphs: [
      'Forty young players from Elmstad IF made the trip to the capital on Saturday to watch the boy from their club say goodbye to FC Brenmoor – and they were not disappointed.',
      'Joren Vask scored two goals in a 3-1 win over Saltham Athletic, his last match before he joins Sporting Alcora in Spain. More than 21,000 people filled the Elmfield stadium.',
      '“He looked up at us after the first goal and waved,” said Tilde Aune, 11, who plays in Elmstad’s under-12 team. “I am going to remember that for ever.”',
      'Vask came over to the Elmstad group after the final whistle, still in tears after a lap of honour, and signed shirts for twenty minutes while stewards waited to close the stand. Chairman Rudi Kassel had earlier presented him with his framed number 9 shirt on the pitch.',
      'The trip was paid for by the club from the first part of the solidarity payment it expects from the transfer. Club secretary Margit Aune said the children would write to Vask in Spain.',
      'Nils Berg scored Brenmoor’s other goal and Oskar Brun replied from the penalty spot for Saltham. The result leaves Brenmoor second in the table as the winter break approaches.',
    ],
  },
];
