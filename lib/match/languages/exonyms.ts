/**
 * Places and organizations that languages name differently ("Peking", "Pechino", "Pékin" for
 * Beijing): each meets under its English name, so that a report in German and one in English
 * share the place. Written by hand for the countries, cities and bodies most in the news; the
 * transliteration of other names (Selenskyj, Zelenskyy, Зеленський) is normalize.ts's skeleton.
 */
const LINES = `
ukraine: ukraina ucraina ucrania ucrânia ukrayna украина україна
russia: russland russie rusia rússia rosja rusya россия росія
china: chine cina chiny çin
germany: deutschland allemagne alemania germania alemanha niemcy almanya
france: frankreich francia frança francja fransa
spain: spanien espagne españa spagna espanha hiszpania ispanya
italy: italien italie italia itália włochy italya
poland: polen pologne polonia polônia polska polonya
turkey: türkei turquie turquía turchia turquia turcja türkiye
greece: griechenland grèce grecia grécia grecja yunanistan
austria: österreich autriche áustria austria
switzerland: schweiz suisse suiza svizzera suíça szwajcaria isviçre
netherlands: niederlande pays-bas países holanda holandia hollanda
belgium: belgien belgique bélgica belgio belgia belçika
britain: großbritannien grossbritannien royaume-uni britannia
england: inglaterra inghilterra angleterre anglia ingiltere
usa: us u.s. vereinigten états-unis estados stati stany abd
europe: europa avrupa
america: amerika amérique américa ameryka
israel: israël israele izrael i̇srail
iran: irán i̇ran
syria: syrien syrie siria syrii suriye
egypt: ägypten égypte egipto egitto egito egipt mısır
japan: japon japón giappone japão japonia japonya
india: indien inde indie hindistan
mexico: mexiko mexique méxico messico meksyk meksika
brazil: brasilien brésil brasil brasile brazylia brezilya
beijing: peking pékin pekín pechino pequim pekin
moscow: moskau moscou moscú mosca moscovo moskwa moskova москва
kyiv: kiew kiev kijów kiev kyjiw kiev київ киев
warsaw: warschau varsovie varsovia varsavia varsóvia warszawa varşova
vienna: wien vienne viena
munich: münchen munique monachium münih
cologne: köln colonia cologne kolonia
rome: rom roma rzym
athens: athen athènes atenas atene ateny atina
brussels: brüssel bruxelles bruselas bruxelas bruksela brüksel
lisbon: lissabon lisbonne lisboa lisbona lizbona lizbon
london: londres londra londyn
paris: paryż
washington: waszyngton
istanbul: i̇stanbul stambuł
nato: otan
eu: ue unia ab
un: uno onu oon bm
who: oms
`;

/**
 * The beginnings of the words for a country's people and things in each language ("chinesische",
 * "cinesi", "chińskich", "Chinese"): the word meets the country, whatever the language.
 */
const DEMONYMS = `
china: chinese chines chinois cines chinês chińsk çinli
russia: russian russisch russe russo russa russi russe ruso rusa rosyjsk rosjan
ukraine: ukrainian ukrainisch ukrainien ucrain ucranian ukraińsk ukraiń ukraynalı
usa: american amerikanisch américain estadounidens statunitens amerykańsk amerikan
germany: deutsch allemand alemán alemana alemanes tedesc alemão alemã niemieck alman
france: französisch français francés francesa frances francês francusk fransız
europe: europäisch européen europe europej avrupalı
israel: israeli israelisch israélien israelí israelian izraelsk israilli
britain: british britisch britannique británic britannic britânic brytyjsk ingiliz
iran: iranian iranisch iranien iraní irańsk iranlı
turkey: türkisch turc turco turca turecki
poland: polish polnisch polonais polaco polaca polacc polsk polonyalı
`;

let canonical: Map<string, string> | null = null;
let demonyms: [string, string][] | null = null;

/**
 * The country a word for its people or things stands for (`key` folded, as `keyOf` makes it),
 * or null.
 */
export function demonym(key: string, keyOf: (word: string) => string): string | null {
  if (demonyms === null) {
    demonyms = [];
    for (const line of DEMONYMS.split('\n')) {
      const [name, starts] = line.split(':');
      if (!name || !starts) continue;
      for (const v of starts.trim().split(/\s+/)) demonyms.push([keyOf(v), keyOf(name.trim())]);
    }
    demonyms.sort((a, b) => b[0].length - a[0].length);
  }
  if (key.length < 4) return null;
  for (const [start, name] of demonyms) if (key.startsWith(start)) return name;
  return null;
}

/**
 * The English name of a place or body as another language names it, or null; `key` and the
 * table are compared as `keyOf` makes them (folded, doubled letters collapsed).
 */
export function exonym(key: string, keyOf: (word: string) => string): string | null {
  if (canonical === null) {
    canonical = new Map();
    for (const line of LINES.split('\n')) {
      const [name, variants] = line.split(':');
      if (!name || !variants) continue;
      for (const v of variants.trim().split(/\s+/)) canonical.set(keyOf(v), keyOf(name.trim()));
    }
  }
  return canonical.get(key) ?? null;
}
