/**
 * Monday: the Assembly passes the 2027 budget. Tuesday: the deputy finance minister who steered
 * it through resigns. The same people (Marek, Brandt, Hubner, Lind) on adjacent days, two events.
 */
import type { NewsArticle } from '../types.ts';

export const BUDGET_VOTE: NewsArticle[] = [
  {
    outlet: 'herald',
    slug: 'assembly-passes-marek-2027-budget',
    title: 'Assembly passes Marek’s 2027 budget after 14-hour debate',
    byline: 'Lena Korvath',
    published: '2026-11-23T21:15:00+01:00',
    paragraphs: [
      'The National Assembly approved the government’s budget for 2027 late on Monday by 84 votes to 71, ending a 14-hour debate in which the opposition accused Finance Minister Ilse Marek of balancing the books on the backs of pensioners.',
      'The budget sets spending at 412 billion crowns and forecasts a deficit of 2.9 percent of gross domestic product, down from 3.4 percent this year. It raises the top rate of income tax from 42 to 44 percent and freezes the state pension supplement for a second year.',
      '“This is a budget that pays its way,” Ms Marek told the chamber before the final vote. “We are not sending the bill to our children.”',
      'Agnes Lind, leader of the opposition People’s Alliance, called it “a budget of broken promises” and said the pension freeze would cost a typical retired couple about 1,900 crowns a year. Her party tabled 212 amendments; three were accepted.',
      'Prime Minister Karel Hubner, whose Civic Union governs with the small Green Centre party, thanked Deputy Finance Minister Tomas Brandt for steering the bill through the budget committee, where it had stalled for three weeks over defence spending.',
      'Defence receives 11.6 billion crowns, an increase of 8 percent, after the Green Centre dropped its demand for a smaller rise in exchange for a new rail fund for the north.',
      'The budget now goes to President Oskar Veit, who is expected to sign it before the end of the month. It takes effect on 1 January.',
    ],
  },
  {
    outlet: 'today',
    slug: 'budget-2027-what-changes-for-your-wallet',
    title: 'Budget 2027 approved: what changes for your wallet',
    byline: 'Maja Dahl',
    published: '2026-11-23T22:05:00+01:00',
    paragraphs: [
      'Veldania’s 2027 budget cleared the National Assembly on Monday night, 84 to 71, after a marathon sitting that began at eight in the morning. Here is what the 412-billion-crown plan means for households.',
      'Income tax: people earning more than 95,000 crowns a month will pay 44 percent on the slice above that line, up from 42 percent. The Finance Ministry says about 160,000 taxpayers are affected. Everyone else sees no change.',
      'Pensions: the supplement paid on top of the state pension stays frozen at 2,150 crowns a month. The opposition says pensioners lose out as prices rise; the government says the basic pension itself still rises with inflation, by 3.1 percent.',
      'Families and schools: child benefit rises by 150 crowns a month per child from March. Teachers get a 4 percent pay rise, the largest in a decade, which the teachers’ union had demanded since the spring.',
      'Finance Minister Ilse Marek defended the package as responsible. “It is a budget that pays its own way,” she said. “Every crown we promise, we have found.” The deficit is forecast at 2.9 percent of GDP.',
      'Opposition leader Agnes Lind was unmoved. “Broken promises, wrapped in a spreadsheet,” she said, pointing to the pension freeze.',
      'The vote followed three weeks of deadlock in the budget committee, which Deputy Finance Minister Tomas Brandt broke last Thursday with a compromise on defence spending. The budget still needs the signature of President Oskar Veit.',
    ],
  },
  {
    outlet: 'record',
    slug: 'budget-brings-harbour-dredging-money',
    title: 'Budget vote brings 1.2 billion for Saltham harbour dredging',
    byline: 'Nils Aramberg',
    published: '2026-11-24T07:30:00+01:00',
    paragraphs: [
      'Saltham will get 1.2 billion crowns to dredge its harbour channel under the national budget that the National Assembly passed on Monday night by a majority of 13 votes.',
      'The money, spread over three years, was added in committee after lobbying by west coast members. Larger container ships have been unable to enter the port at low tide since 2023, and the harbour board has warned that two shipping lines could leave.',
      '“For once Brenmoor has remembered that the coast exists,” said harbour board chair Greta Olsen. “This is the difference between a working port and a marina.”',
      'The budget as a whole, 412 billion crowns, was carried 84-71. Finance Minister Ilse Marek said it was a budget “that pays its way” and would cut the deficit to 2.9 percent of GDP. The People’s Alliance, which holds four of the coast’s seven seats, voted against it, although its Saltham member, Henrik Aas, said he welcomed the dredging money.',
      '“I voted against a bad budget, not against my town,” Mr Aas said.',
      'Other west coast items include 340 million crowns for coastal flood defences and a ferry subsidy for the islands of Veyl and Orm that had been threatened with cuts.',
      'Deputy Finance Minister Tomas Brandt, who negotiated the committee deal, is due in Saltham next month to sign the dredging agreement with the harbour board.',
    ],
  },
  {
    outlet: 'northline',
    slug: 'budget-passes-fiscal-council-deficit-higher',
    title: 'Budget passes, but fiscal watchdog says deficit will be higher than Marek claims',
    byline: 'Sami Rahn',
    published: '2026-11-23T23:40:00+01:00',
    paragraphs: [
      'The government’s 2027 budget passed the National Assembly on Monday, 83 votes to 72 according to the chamber’s electronic record, but the country’s independent Fiscal Council says the deficit it promises is too optimistic.',
      'Finance Minister Ilse Marek has told parliament the deficit will fall to 2.9 percent of GDP next year. In a note published an hour after the vote, the Fiscal Council put it at 3.1 percent, saying the ministry assumes growth of 2.2 percent when most forecasters expect about 1.6 percent.',
      '“The arithmetic works only if the economy does what the ministry hopes,” the council’s chair, Professor Elin Bakke, told Northline. “If growth disappoints, the gap is roughly 2 billion crowns.”',
      'The ministry said it stood by its forecast. Ms Marek called it “a budget that pays its way, and then some”.',
      'The vote count was itself disputed. The Assembly’s presiding officer announced 84 to 71, but the electronic record lists one Civic Union member, Jonas Pell, as voting no. Mr Pell said he had pressed the wrong button and asked for the record to be corrected.',
      'Opposition leader Agnes Lind said the watchdog’s note proved her point. “This government promises a balanced book and delivers a wish list,” she said.',
      'The 412-billion-crown budget raises the top income tax rate to 44 percent and freezes the pension supplement. Its passage followed a committee deal brokered by Deputy Finance Minister Tomas Brandt.',
    ],
  },
];

export const DEPUTY_RESIGNS: NewsArticle[] = [
  {
    outlet: 'herald',
    slug: 'brandt-resigns-over-brother-in-law-contracts',
    title: 'Deputy finance minister Brandt resigns over contracts for brother-in-law’s firm',
    byline: 'Lena Korvath',
    published: '2026-11-24T16:20:00+01:00',
    paragraphs: [
      'Tomas Brandt resigned as deputy finance minister on Tuesday, a day after steering the 2027 budget through the National Assembly, following reports that a consultancy run by his brother-in-law had won state contracts without a tender.',
      'Kestrel Advisory, owned by Viktor Hale, the husband of Mr Brandt’s sister, received three contracts worth a combined 14.6 million crowns from the National Tax Agency between March 2025 and September this year, according to documents first published by Northline News on Tuesday morning. The agency sits under the Finance Ministry, where Mr Brandt was responsible for tax administration.',
      'In a statement, Mr Brandt said he had “never discussed a contract with anyone at the agency” and had declared his family connection when he took office. “I have done nothing wrong, but I will not let this become a story about me instead of the budget,” he said.',
      'Finance Minister Ilse Marek said she had accepted the resignation “with regret” and praised Mr Brandt’s work on the budget. She did not take questions.',
      'Prime Minister Karel Hubner asked the National Audit Office to examine the contracts. The tax agency said all three had been awarded under an emergency procedure for IT work after a system failure in early 2025.',
      'The opposition People’s Alliance demanded that Ms Marek appear before the Assembly’s finance committee. “The minister cannot resign her deputy and wash her hands,” said its leader, Agnes Lind.',
      'Mr Brandt, 47, remains a member of the Assembly.',
    ],
  },
  {
    outlet: 'today',
    slug: 'brandt-quits-audit-office-review',
    title: 'Brandt quits as deputy minister; Audit Office to review tax agency deals',
    byline: 'Maja Dahl',
    published: '2026-11-24T17:05:00+01:00',
    paragraphs: [
      'Deputy Finance Minister Tomas Brandt has stepped down after less than two years in the post, the Finance Ministry announced on Tuesday afternoon.',
      'His departure follows a report that the National Tax Agency paid 14.6 million crowns to Kestrel Advisory, a small Brenmoor consultancy run by Mr Brandt’s brother-in-law, Viktor Hale, for three pieces of IT work that were never put out to tender.',
      'Mr Brandt insists he played no part in the awards. “I have done nothing wrong,” he said in a written statement, adding that he was leaving so that the matter would not overshadow the budget passed on Monday.',
      'Finance Minister Ilse Marek, who had relied on Mr Brandt to negotiate the budget deal with the Green Centre party, said she accepted his decision with regret. Prime Minister Karel Hubner has asked the National Audit Office for a full review, which is expected to take about three months.',
      'A spokesman for the tax agency said the contracts had been signed under emergency rules after its payments system crashed in February 2025, and that the director general had approved each one personally.',
      'Officials at the ministry say Ruth Ekdal, currently state secretary for customs, is the most likely candidate to replace Mr Brandt. No decision is expected before next week.',
      'The opposition wants more. People’s Alliance leader Agnes Lind said Ms Marek must explain “what she knew and when she knew it” to the finance committee, which meets on Thursday.',
    ],
  },
  {
    outlet: 'meridian',
    slug: 'budget-boss-brandt-quits',
    title: 'Budget boss Brandt quits in row over family firm’s tax office deals',
    byline: 'Dan Holt',
    published: '2026-11-24T15:10:00+01:00',
    paragraphs: [
      'Deputy Finance Minister Tomas Brandt dramatically quit today, just hours after his budget triumph, over claims that his brother-in-law’s firm pocketed nearly 15 million crowns of taxpayers’ money.',
      'Kestrel Advisory, run by Viktor Hale, scooped four no-bid deals from the tax office, Meridian understands. Three were revealed by Northline News this morning; a fourth, worth 600,000 crowns, was signed only last month.',
      'Brandt, 47, was seen leaving the Finance Ministry by a side door at lunchtime, carrying two cardboard boxes. He did not answer questions from waiting reporters.',
      'In a statement he said: “I have done nothing wrong. But I won’t let this become a story about me.”',
      'His boss, Finance Minister Ilse Marek, said she accepted his resignation with regret. Only last night she was hugging him in the Assembly chamber after the 2027 budget squeaked through by 84 votes to 71.',
      'Opposition leader Agnes Lind fumed: “Ilse Marek cannot resign her deputy and wash her hands of this.” Prime Minister Karel Hubner has called in the National Audit Office to go through the contracts.',
      'Brandt earned 118,000 crowns a month as deputy minister. He keeps his seat in the Assembly, which pays 74,000 crowns a month.',
    ],
  },
  {
    outlet: 'valleypost',
    slug: 'elmstad-brandt-resigns-from-government',
    title: 'Elmstad’s Tomas Brandt resigns from government',
    byline: 'Rosa Fenwick',
    published: '2026-11-24T19:45:00+01:00',
    paragraphs: [
      'Tomas Brandt, who has represented Elmstad in the National Assembly since 2018, resigned as deputy finance minister on Tuesday over contracts won by a company belonging to his brother-in-law.',
      'The National Tax Agency paid Kestrel Advisory about 14 million crowns for three IT projects without an open tender, according to documents published by Northline News. Kestrel is run by Viktor Hale, who is married to Mr Brandt’s sister.',
      'Mr Brandt said he had done nothing wrong and had declared the family link when he joined the government in January 2025. “I will not let this become a story about me rather than the budget,” he said.',
      'In Elmstad the news was met with dismay. “He’s the first person from the valley to sit in a government in thirty years,” said Karin Moe, who chairs the town’s chamber of commerce. “I hope the review clears him quickly.”',
      'Finance Minister Ilse Marek accepted the resignation with regret, and Prime Minister Karel Hubner has ordered the National Audit Office to look at the contracts. Opposition leader Agnes Lind called for Ms Marek to answer questions in the Assembly.',
      'Mr Brandt is expected to hold a surgery for constituents in Elmstad on Saturday, his office said. He remains the valley’s member of the Assembly and said he would stand again at the 2028 election.',
    ],
  },
];
