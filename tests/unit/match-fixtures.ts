/**
 * Short news texts written for the matcher's tests: two reports of one invented event in
 * different words, and a report of another event of the same kind.
 */
import type { CorpusArticle } from '../../lib/types';

export const FERRY_A: CorpusArticle = {
  id: 'ferry-a',
  title: 'Ferry capsizes on Lake Tarnow, killing 17',
  outlet: 'Daily Courier',
  date: '2024-05-12',
  url: 'https://courier.example/2024/05/12/ferry-tarnow',
  text: `A passenger ferry carrying 214 people capsized on Lake Tarnow near the town of Brzeg on Sunday, killing at least 17, regional officials said.

Governor Anna Kowalczyk told reporters that 182 passengers had been pulled from the water by fishermen and the coast guard, and that divers were still searching for missing people.

The vessel, the Wisla Star, was travelling from Brzeg to the island of Ostrow when it overturned in strong winds about 300 metres from the shore. Survivors said the deck was overcrowded.

Captain Piotr Nowak of the coast guard said the ferry was licensed to carry 150 passengers. An investigation has been opened.`,
};

export const FERRY_B: CorpusArticle = {
  id: 'ferry-b',
  title: 'Dozens rescued after overcrowded boat overturns near Brzeg',
  outlet: 'Evening Post',
  date: '2024-05-12',
  text: `Rescuers recovered 17 bodies on Sunday after the Wisla Star, an overloaded ferry, turned over on Lake Tarnow close to Brzeg.

"The boat was built for 150 people, and there were more than 200 on board," coast guard captain Piotr Nowak said at the harbour, where relatives waited for news.

Local fishermen were the first to reach the scene and helped bring 182 survivors ashore. Governor Anna Kowalczyk declared three days of mourning in the region.

The ferry had left Brzeg for Ostrow island in the morning. Witnesses described sudden gusts of wind shortly before it capsized.`,
};

/** Same kind of event, another place, other people, other figures, a year later. */
export const FERRY_OTHER: CorpusArticle = {
  id: 'ferry-other',
  title: 'Ferry sinks on Lake Victoria, dozens feared dead',
  outlet: 'Morning Herald',
  date: '2025-06-20',
  text: `An overcrowded ferry sank on Lake Victoria near Mwanza on Thursday, and at least 43 passengers are feared dead, police said.

Regional commissioner John Mongella said 96 people had been rescued by fishing boats and the navy. The MV Nyerere was sailing from Bugorora to Ukara island when it overturned close to the dock.

Witnesses said passengers had rushed to one side of the vessel as it approached the shore. The ferry was designed to carry 101 people.

President Samia Hassan ordered an inquiry and declared four days of national mourning.`,
};

/** Unrelated subject. */
export const BUDGET: CorpusArticle = {
  id: 'budget',
  title: 'City council approves budget with new funds for libraries',
  outlet: 'Daily Courier',
  date: '2024-05-13',
  text: `The city council of Lindenfeld approved its annual budget on Monday after a long debate, setting aside 2.4 million for public libraries and extending their opening hours.

Mayor Klaus Weber said the budget would also pay for repairs to 12 schools. Opposition councillors criticised the rise in parking fees, which will fund a new cycling lane along the river.

The budget passed by 31 votes to 18 and takes effect in July.`,
};

export const FRENCH_TEXT = `Un ferry transportant plus de deux cents passagers a chaviré dimanche sur le lac, près de la ville. Selon les autorités, au moins dix-sept personnes sont mortes et les secours ont sorti de l'eau la plupart des passagers. Le gouverneur a annoncé l'ouverture d'une enquête et trois jours de deuil dans la région. Les survivants ont dit que le pont était surchargé et que le vent soufflait fort.`;

export const GERMAN_TEXT = `Eine Fähre mit mehr als zweihundert Passagieren ist am Sonntag auf dem See gekentert. Nach Angaben der Behörden sind mindestens siebzehn Menschen gestorben, die meisten Passagiere wurden von Fischern gerettet. Der Gouverneur hat eine Untersuchung angekündigt und eine dreitägige Trauer in der Region ausgerufen.`;

export const RUSSIAN_TEXT = `Паром, на борту которого находились более двухсот пассажиров, перевернулся в воскресенье на озере недалеко от города. По данным властей, погибли не менее семнадцати человек, большинство пассажиров спасли рыбаки. Губернатор объявил о начале расследования и трёхдневном трауре в регионе.`;

export const DUTCH_TEXT = `Een veerboot met meer dan tweehonderd passagiers is zondag op het meer gekapseisd. Volgens de autoriteiten zijn er ten minste zeventien mensen omgekomen en werden de meeste passagiers door vissers gered. De gouverneur heeft een onderzoek aangekondigd en drie dagen van rouw in de regio afgekondigd.`;

export const TURKISH_TEXT = `İki yüzden fazla yolcu taşıyan bir feribot pazar günü gölde alabora oldu. Yetkililere göre en az on yedi kişi hayatını kaybetti ve yolcuların çoğu balıkçılar tarafından kurtarıldı. Vali bir soruşturma başlatıldığını ve bölgede üç günlük yas ilan edildiğini açıkladı.`;

export const POLISH_TEXT = `Prom z ponad dwustoma pasażerami przewrócił się w niedzielę na jeziorze. Według władz zginęło co najmniej siedemnaście osób, a większość pasażerów uratowali rybacy. Gubernator zapowiedział śledztwo i ogłosił trzydniową żałobę w regionie.`;

export const ARABIC_TEXT = `انقلبت عبارة تقل أكثر من مئتي راكب يوم الأحد في البحيرة قرب المدينة. وقالت السلطات إن سبعة عشر شخصا على الأقل لقوا حتفهم وإن الصيادين أنقذوا معظم الركاب. وأعلن الحاكم فتح تحقيق وحدادا لمدة ثلاثة أيام في المنطقة.`;

export const ALL: CorpusArticle[] = [FERRY_A, FERRY_B, FERRY_OTHER, BUDGET];

export const asQuery = (a: CorpusArticle) => ({
  title: a.title,
  text: a.text,
  date: a.date,
  url: a.url ?? null,
});

/**
 * A match result with its scores to 12 digits: an index loaded from its serialized form sums
 * the same weights in another order, which may move a score's last bit.
 */
export function roundScores<T extends { matches: { score: number }[] }>(r: T): T {
  return { ...r, matches: r.matches.map((m) => ({ ...m, score: Math.round(m.score * 1e12) / 1e12 })) };
}
