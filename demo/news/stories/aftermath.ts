/**
 * Wednesday: the head of the tax agency is suspended over the contracts that cost Brandt his
 * post the day before. Sunday: Brandt's successor is named. The same people (Marek, Hubner,
 * Lind, Brandt, Kestrel Advisory) as Monday's and Tuesday's news, in two more events.
 */
import type { NewsArticle } from '../types.ts';

export const AGENCY_CHIEF_SUSPENDED: NewsArticle[] = [
  {
    outlet: 'northline',
    slug: 'tax-agency-chief-suspended-kestrel-emails',
    title: 'Tax agency chief suspended after emails show Kestrel contracts were fast-tracked',
    byline: 'Sami Rahn',
    published: '2026-11-25T11:30:00+01:00',
    paragraphs: [
      'The director general of the National Tax Agency, Ola Strand, was suspended on Wednesday morning, hours after Northline published emails showing that his office pushed three contracts for Kestrel Advisory through in days rather than the usual months.',
      'The 41 emails, sent between February and April 2025, show Mr Strand’s chief of staff asking the procurement department to treat Kestrel’s offers as “urgent, director’s priority” and to skip the comparison with other bidders that the agency’s own rules require.',
      'Two of the messages refer to meetings between Mr Strand and Viktor Hale, Kestrel’s owner and the brother-in-law of former deputy finance minister Tomas Brandt, who resigned on Tuesday. Neither meeting appears in the director general’s published diary.',
      'Finance Minister Ilse Marek, who appoints the agency’s director, said she had suspended Mr Strand on full pay until the National Audit Office finishes its review. “Confidence in the tax agency matters more than any single person,” she said in a statement.',
      'Mr Strand did not respond to requests for comment. His deputy, Lise Borg, will run the agency in the meantime.',
      'A lawyer for Mr Brandt said his client had never discussed Kestrel with Mr Strand and “learned of these emails from Northline, like everyone else”.',
      'Opposition leader Agnes Lind said the minister was “suspending officials to protect herself” and repeated her demand that Ms Marek answer questions before the finance committee.',
    ],
  },
  {
    outlet: 'herald',
    slug: 'marek-suspends-tax-agency-head',
    title: 'Marek suspends tax agency head over Kestrel deals',
    byline: 'Lena Korvath',
    published: '2026-11-25T16:40:00+01:00',
    paragraphs: [
      'Finance Minister Ilse Marek suspended the head of the National Tax Agency on Wednesday, widening the affair over state contracts for a consultancy linked to her former deputy.',
      'Ola Strand, the agency’s director general since 2021, was sent home on full pay after dozens of internal emails published by the news site Northline suggested that his office had fast-tracked three IT contracts for Kestrel Advisory, a firm owned by Viktor Hale.',
      'Mr Hale is married to the sister of Tomas Brandt, who stepped down as deputy finance minister on Tuesday saying he had done nothing wrong.',
      '“Confidence in the tax agency is more important than any one person,” Ms Marek told reporters outside the ministry. She said she had first seen the emails on Wednesday morning and denied that she had been warned about the contracts earlier.',
      'Lise Borg, the deputy director general, becomes acting head. The agency said the contracts’ IT work, a replacement for its crashed payments system, had been delivered and was working.',
      'Government allies were uneasy. Petra Holm, who leads the Green Centre group in the Assembly, said her party expected “full openness” from the minister, and that the budget deal of Monday did not mean “a blank cheque for the Finance Ministry”.',
      'The People’s Alliance leader, Agnes Lind, said Ms Marek was suspending officials to protect herself. The finance committee will question the minister on Thursday.',
    ],
  },
  {
    outlet: 'today',
    slug: 'tax-agency-director-suspended-fraud-inquiry',
    title: 'Tax agency director suspended; fraud office opens inquiry into Kestrel contracts',
    byline: 'Maja Dahl',
    published: '2026-11-25T18:15:00+01:00',
    paragraphs: [
      'The National Fraud Office has opened a preliminary investigation into how the National Tax Agency awarded contracts to Kestrel Advisory, the office confirmed on Wednesday evening, on the same day that the agency’s director general was suspended.',
      'The inquiry is at an early stage and no one has been named as a suspect, a spokeswoman said. It will run alongside the review by the National Audit Office that Prime Minister Karel Hubner ordered on Tuesday.',
      'Earlier on Wednesday, Finance Minister Ilse Marek suspended Ola Strand, who has led the agency since 2021, after the publication of about 40 emails suggesting that his office had told staff to rush Kestrel’s offers through without comparing them with others.',
      'Ms Marek said that confidence in the agency mattered more than any one person. She has said she knew nothing of the contracts until this week.',
      'Kestrel Advisory, a consultancy of six people, is owned by Viktor Hale, brother-in-law of Tomas Brandt, the deputy finance minister who resigned on Tuesday. In a short statement, Kestrel said its work had been “delivered on time, on budget and to the agency’s full satisfaction” and that it would cooperate with both inquiries.',
      'The agency will be run by Lise Borg, its deputy director general, while Mr Strand is suspended. His salary of 142,000 crowns a month continues to be paid.',
      'Opposition leader Agnes Lind said the fraud office’s decision showed “this is no longer a story about one family”.',
    ],
  },
];

export const EKDAL_APPOINTED: NewsArticle[] = [
  {
    outlet: 'herald',
    slug: 'ruth-ekdal-named-deputy-finance-minister',
    title: 'Ruth Ekdal named deputy finance minister, without the tax agency',
    byline: 'Lena Korvath',
    published: '2026-11-29T14:10:00+01:00',
    paragraphs: [
      'Prime Minister Karel Hubner on Sunday appointed Ruth Ekdal, the state secretary for customs, as deputy finance minister in place of Tomas Brandt, who resigned on Tuesday.',
      'Ms Ekdal, 52, takes office on Monday. Unlike her predecessor she will not be responsible for the National Tax Agency, which will answer directly to Finance Minister Ilse Marek until the National Audit Office has reported on the Kestrel Advisory contracts.',
      'Her first task will be the 650-million-crown relief fund for the coast after Storm Orla, which opens for claims on Monday, and the separate support for the fishing fleet that Mr Hubner promised in Saltham on Friday.',
      '“My first job is to get the storm money to people before Christmas,” Ms Ekdal said at a short press conference at the prime minister’s office. “The second is to make sure that every crown this ministry spends can be explained to the people who pay it.”',
      'Ms Ekdal spent 24 years in the customs service, rising from a border inspector in Torvik to its director, before becoming state secretary in 2024. She is not a member of the Assembly or of any party.',
      'Ms Marek said the appointment brought “a safe pair of hands” to the ministry. The People’s Alliance was less impressed. Its leader, Agnes Lind, said that moving officials around was “rearranging the deckchairs” while the minister herself had still not answered for the contracts.',
    ],
  },
  {
    outlet: 'today',
    slug: 'who-is-ruth-ekdal',
    title: 'Who is Ruth Ekdal, the customs chief now in charge of storm relief?',
    byline: 'Jakob Wren',
    published: '2026-11-29T16:30:00+01:00',
    paragraphs: [
      'Ruth Ekdal, appointed deputy finance minister on Sunday, is a career official with no party card, a reputation for dull thoroughness and, her colleagues say, no interest in being famous.',
      'Born in Torvik in 1974, she joined the customs service at 27 as an inspector on the coast road border post. She ran the service’s anti-smuggling unit during the tobacco cases of the 2010s and became its director in 2019. Since 2024 she has been state secretary for customs at the Finance Ministry.',
      'Prime Minister Karel Hubner chose her to replace Tomas Brandt, who resigned on Tuesday over contracts won by his brother-in-law’s consultancy. Her portfolio is narrower than his: the National Tax Agency, at the centre of that affair, stays with Finance Minister Ilse Marek until the Audit Office reports, probably in February.',
      '“She reads everything, including the footnotes,” said a former colleague in the customs service. “Contractors learn quickly that she does.”',
      'Ms Ekdal said her priority was the Storm Orla relief fund. “My first job is getting the storm money to people before Christmas,” she said. She also takes over the negotiations on the dredging of Saltham harbour that Mr Brandt had been leading.',
      'She starts on Monday. The opposition People’s Alliance called the appointment a reshuffle that changed nothing at the top of the ministry.',
    ],
  },
  {
    outlet: 'meridian',
    slug: 'ekdal-replaces-brandt',
    title: 'Customs boss Ekdal steps into Brandt’s shoes',
    byline: 'Dan Holt',
    published: '2026-11-29T13:55:00+01:00',
    paragraphs: [
      'A no-nonsense customs chief who once seized a lorry-load of fake perfume at the border has been handed the job vacated by disgraced Tomas Brandt.',
      'Ruth Ekdal, 52, was named deputy finance minister by Prime Minister Karel Hubner today, five days after Brandt walked out of the Finance Ministry carrying two boxes amid the row over his brother-in-law’s no-bid contracts.',
      'But Ekdal will not get all of his old powers. The tax office, at the heart of the Kestrel scandal, stays under the direct control of her new boss, Finance Minister Ilse Marek, while auditors dig through the deals.',
      '“My first job is to get the storm money to people before Christmas,” Ekdal said, promising that families on the battered west coast would see their 25,000-crown payouts fast.',
      'Ekdal, a keen runner who has finished the Brenmoor marathon eleven times, will be paid 118,000 crowns a month, the same as Brandt.',
      'Opposition leader Agnes Lind scoffed: “They are rearranging the deckchairs. The captain is still Ilse Marek, and she still hasn’t told us what she knew.”',
      'Marek said Ekdal was “a safe pair of hands”. Ekdal starts work tomorrow morning.',
    ],
  },
];
