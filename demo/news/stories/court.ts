/** Thursday: the former mayor of Saltham is convicted of taking bribes for harbour-front contracts. */
import type { NewsArticle } from '../types.ts';

export const DORN_VERDICT: NewsArticle[] = [
  {
    outlet: 'herald',
    slug: 'former-saltham-mayor-dorn-jailed-bribery',
    title: 'Former Saltham mayor Piet Dorn jailed for four and a half years for bribery',
    byline: 'Erik Stavnes',
    published: '2026-11-26T13:45:00+01:00',
    paragraphs: [
      'Piet Dorn, who was mayor of Saltham for eleven years, was sentenced on Thursday to four years and six months in prison after the Brenmoor District Court found him guilty of taking bribes from a construction company in return for the town’s harbour-front housing contracts.',
      'The court found that Mr Dorn, 61, received 2.3 million crowns from Haldor Bygg between 2021 and 2022, partly in cash and partly as work on his holiday house on the island of Orm. In the same period the company won three municipal contracts worth 410 million crowns.',
      '“The defendant sold the trust of his town for a holiday house,” Judge Eva Marstrand said as she read the verdict. “The damage to confidence in local government is considerable.”',
      'Prosecutors had asked for six years. The court said it had taken into account Mr Dorn’s age and the three years the case had taken to come to trial.',
      'Magnus Haldor, the company’s former chief executive, was sentenced to three years for paying the bribes. The company itself was fined 40 million crowns.',
      'Mr Dorn showed no reaction as the sentence was read. His lawyer, Mira Stens, said outside the court that he would appeal. “My client has always said these were loans between friends, and he will keep saying it,” she said.',
      'Mr Dorn resigned as mayor in 2023, when the investigation became public, and left the Civic Union shortly afterwards. He was succeeded by Hanna Lund.',
    ],
  },
  {
    outlet: 'today',
    slug: 'dorn-guilty-harbour-housing-bribes',
    title: 'Dorn guilty: ex-mayor took 2.35 million in bribes, court rules',
    byline: 'Amira Nasser',
    published: '2026-11-26T14:20:00+01:00',
    paragraphs: [
      'A court in Brenmoor has convicted the former mayor of Saltham, Piet Dorn, of aggravated bribery and sentenced him to four and a half years in prison.',
      'According to the judgment, Mr Dorn accepted payments and favours worth 2.35 million crowns from the building firm Haldor Bygg while the town awarded it contracts to build 600 flats on the old harbour front. The money included 900,000 crowns in cash, handed over in envelopes at a restaurant in Saltham, and renovation work on a holiday home.',
      'Reading the verdict, Judge Eva Marstrand said Mr Dorn had “sold his town’s trust” and that the fact he was its most senior elected official made the offence more serious, not less.',
      'The prosecution, led by Sara Lindqvist, had sought six years. Ms Lindqvist said she was satisfied with the conviction and would decide next week whether to appeal against the length of the sentence.',
      'The firm’s former chief executive, Magnus Haldor, received three years. Two other defendants, a municipal planning officer and a subcontractor, were acquitted.',
      'Defence lawyer Mira Stens said her client would appeal. Throughout the six-week trial Mr Dorn, 61, maintained that the money was a series of personal loans from a friend of forty years.',
      'The flats on the harbour front were completed in 2024. An independent review ordered by the town found last year that the municipality had paid about 35 million crowns more than comparable projects elsewhere.',
    ],
  },
  {
    outlet: 'record',
    slug: 'dorn-convicted-saltham-reacts',
    title: 'Dorn convicted: Saltham reacts to former mayor’s prison sentence',
    byline: 'Ingrid Solvang',
    published: '2026-11-26T19:30:00+01:00',
    paragraphs: [
      'For a town still clearing up after Storm Orla, the news from Brenmoor on Thursday afternoon reopened an older wound: Piet Dorn, Saltham’s mayor from 2012 to 2023, is going to prison.',
      'The district court sentenced Mr Dorn to four years and six months for taking more than 2 million crowns in bribes from the developer Haldor Bygg, which built the harbour-front flats, and barred him from holding public office for ten years. He will remain free until his appeal is heard.',
      'At the Anchor café on Quay Street, where a radio carried the verdict, opinion was divided. “He did a lot for this town, and now this,” said retired docker Ove Lindahl, 74. “But if you take money, you take money.”',
      'Mayor Hanna Lund, who succeeded Mr Dorn, said in a statement that the verdict “closes a painful chapter” and that the town had tightened its procurement rules since 2023. “Every contract above one million crowns is now published in full,” she said.',
      'The judge, Eva Marstrand, said Mr Dorn had “sold the trust of his town”. His lawyer, Mira Stens, called the sentence harsh and confirmed that he would appeal.',
      'The town council will debate on Monday whether to sue Mr Dorn and Haldor Bygg to recover the extra 35 million crowns it believes it paid for the harbour-front project.',
    ],
  },
];
