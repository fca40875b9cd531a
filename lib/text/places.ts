/**
 * A small gazetteer: countries (with their demonyms), continents and world regions, US states
 * and major cities. Enough to tell a place from a person in a capitalized name, and to let
 * "Ukrainian" and "Ukraine" meet.
 */
const COUNTRIES = `Afghanistan:Afghan|Albania:Albanian|Algeria:Algerian|Argentina:Argentine,Argentinian
Armenia:Armenian|Australia:Australian|Austria:Austrian|Azerbaijan:Azerbaijani|Bahrain:Bahraini
Bangladesh:Bangladeshi|Belarus:Belarusian|Belgium:Belgian|Bolivia:Bolivian|Bosnia:Bosnian
Brazil:Brazilian|Bulgaria:Bulgarian|Cambodia:Cambodian|Cameroon:Cameroonian|Canada:Canadian
Chile:Chilean|China:Chinese|Colombia:Colombian|Congo:Congolese|Croatia:Croatian|Cuba:Cuban
Cyprus:Cypriot|Czech Republic:Czech|Denmark:Danish|Ecuador:Ecuadorian|Egypt:Egyptian
Estonia:Estonian|Ethiopia:Ethiopian|Finland:Finnish|France:French|Georgia:Georgian
Germany:German|Ghana:Ghanaian|Greece:Greek|Guatemala:Guatemalan|Haiti:Haitian|Honduras:Honduran
Hungary:Hungarian|Iceland:Icelandic|India:Indian|Indonesia:Indonesian|Iran:Iranian|Iraq:Iraqi
Ireland:Irish|Israel:Israeli|Italy:Italian|Japan:Japanese|Jordan:Jordanian|Kazakhstan:Kazakh
Kenya:Kenyan|Kosovo:Kosovar|Kuwait:Kuwaiti|Kyrgyzstan:Kyrgyz|Laos:Laotian|Latvia:Latvian
Lebanon:Lebanese|Libya:Libyan|Lithuania:Lithuanian|Malaysia:Malaysian|Mali:Malian
Mexico:Mexican|Moldova:Moldovan|Mongolia:Mongolian|Morocco:Moroccan|Myanmar:Burmese
Nepal:Nepalese,Nepali|Netherlands:Dutch|New Zealand:New Zealander|Nicaragua:Nicaraguan
Niger:Nigerien|Nigeria:Nigerian|North Korea:North Korean|Norway:Norwegian|Oman:Omani
Pakistan:Pakistani|Palestine:Palestinian|Panama:Panamanian|Paraguay:Paraguayan|Peru:Peruvian
Philippines:Filipino,Philippine|Poland:Polish|Portugal:Portuguese|Qatar:Qatari|Romania:Romanian
Russia:Russian|Rwanda:Rwandan|Saudi Arabia:Saudi|Senegal:Senegalese|Serbia:Serbian
Singapore:Singaporean|Slovakia:Slovak|Slovenia:Slovenian|Somalia:Somali|South Africa:South African
South Korea:South Korean|Spain:Spanish|Sri Lanka:Sri Lankan|Sudan:Sudanese|Sweden:Swedish
Switzerland:Swiss|Syria:Syrian|Taiwan:Taiwanese|Tajikistan:Tajik|Tanzania:Tanzanian|Thailand:Thai
Tunisia:Tunisian|Turkey:Turkish|Turkmenistan:Turkmen|Uganda:Ugandan|Ukraine:Ukrainian
United Arab Emirates:Emirati|United Kingdom:British|United States:American|Uruguay:Uruguayan
Uzbekistan:Uzbek|Venezuela:Venezuelan|Vietnam:Vietnamese|Yemen:Yemeni|Zambia:Zambian
Zimbabwe:Zimbabwean|Korea:Korean|Gaza:Gazan|Chechnya:Chechen|Kurdistan:Kurdish`;

const REGIONS = `Europe:European|Asia:Asian|Africa:African|Latin America:Latin American
Middle East:Middle Eastern|Central Asia:Central Asian|Scandinavia:Scandinavian|Arctic|Antarctica
Balkans:Balkan|Caribbean|Crimea:Crimean|Siberia:Siberian|Kashmir:Kashmiri|West Bank|Tibet:Tibetan`;

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico
New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia
Wisconsin Wyoming`;

const CITIES = `Washington Moscow Beijing Kyiv Kiev London Paris Berlin Tokyo Seoul Pyongyang Tehran Baghdad
Kabul Damascus Jerusalem Cairo Istanbul Ankara Brussels Rome Madrid Warsaw Vienna Geneva Delhi
New_Delhi Mumbai Shanghai Hong_Kong Taipei Manila Jakarta Sydney Toronto Ottawa Mexico_City
Havana Caracas Rio_de_Janeiro Los_Angeles Chicago Boston Houston Miami Atlanta Philadelphia
San_Francisco Seattle Detroit Dallas Denver Phoenix Las_Vegas Minsk Tbilisi Riyadh Doha Dubai
Islamabad Karachi Lagos Nairobi Johannesburg Athens Stockholm Oslo Helsinki Copenhagen Dublin
Amsterdam Prague Budapest Bucharest Belgrade Kharkiv Odesa Odessa Lviv Gaza_City Tel_Aviv`;

/** Lowercase place name -> its display name. */
export const PLACES = new Map<string, string>();
/** Lowercase demonym -> the display name of its place. */
export const DEMONYMS = new Map<string, string>();
/** Lowercase names of countries, regions and US states: places that hold towns. */
const BROAD = new Set<string>();

for (const list of [COUNTRIES, REGIONS]) {
  for (const entry of list.split(/[|\n]/)) {
    const [place = '', demonyms = ''] = entry.trim().split(':');
    PLACES.set(place.toLowerCase(), place);
    BROAD.add(place.toLowerCase());
    for (const d of demonyms.split(',').filter(Boolean)) DEMONYMS.set(d.toLowerCase(), place);
  }
}
for (const raw of US_STATES.split(/\s+/).filter(Boolean)) BROAD.add(raw.replace(/_/g, ' ').toLowerCase());
for (const list of [US_STATES, CITIES]) {
  for (const raw of list.split(/\s+/).filter(Boolean)) {
    const place = raw.replace(/_/g, ' ');
    PLACES.set(place.toLowerCase(), place);
  }
}
for (const [alias, place] of <[string, string][]>[
  ['u.s.', 'United States'],
  ['us', 'United States'],
  ['usa', 'United States'],
  ['america', 'United States'],
  ['u.k.', 'United Kingdom'],
  ['uk', 'United Kingdom'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['dc', 'Washington'],
]) {
  PLACES.set(alias, place);
}
// US states as newspapers abbreviate them ("Pittsburg, Calif.", "R-Ariz.") and postal codes ("CT").
// Not those that are also common words or names (Miss, La, Ill, Ind, Del, Wash; IN, OR, ME, OK, HI, ID).
for (const entry of `Ala:Alabama Ariz:Arizona Ark:Arkansas Calif:California Colo:Colorado Conn:Connecticut
Fla:Florida Kan:Kansas Ky:Kentucky Md:Maryland Mass:Massachusetts Mich:Michigan Minn:Minnesota Mo:Missouri
Mont:Montana Neb:Nebraska Nev:Nevada Okla:Oklahoma Ore:Oregon Pa:Pennsylvania Tenn:Tennessee Tex:Texas
Vt:Vermont Va:Virginia Wis:Wisconsin Wyo:Wyoming AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California
CO:Colorado CT:Connecticut DE:Delaware FL:Florida GA:Georgia IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana
MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska
NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina ND:North_Dakota
OH:Ohio PA:Pennsylvania RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee TX:Texas UT:Utah
VT:Vermont VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin WY:Wyoming`.split(/\s+/)) {
  const [abbr = '', state = ''] = entry.split(':');
  if (!PLACES.has(abbr.toLowerCase())) PLACES.set(abbr.toLowerCase(), state.replace(/_/g, ' '));
}

/** The place a name or demonym stands for ("Ukrainian" -> "Ukraine"), or null. */
export function placeOf(name: string): string | null {
  const key = name.toLowerCase();
  return PLACES.get(key) ?? DEMONYMS.get(key) ?? DEMONYMS.get(key.replace(/s$/, '')) ?? null;
}

/** A country, region or US state (and "Washington", which may be either): it holds towns. */
export function isBroadPlace(name: string): boolean {
  return BROAD.has((placeOf(name) ?? name).toLowerCase());
}
