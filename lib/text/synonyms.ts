/**
 * News paraphrases that mean the same thing, mapped to one word before stemming. General
 * newsroom vocabulary only (who fights, who is held, who died), never a story's own words.
 */
const GROUPS: string[][] = [
  ['troops', 'soldiers', 'servicemen', 'servicemembers', 'troop', 'soldier', 'serviceman'],
  ['citizens', 'nationals', 'citizen'],
  ['captured', 'caught', 'detained', 'seized', 'capture', 'captures', 'capturing'],
  ['killed', 'dead', 'died', 'deaths', 'death'],
  ['wounded', 'injured', 'injuries'],
  ['missiles', 'rockets', 'missile', 'rocket'],
  ['president', 'presidents'],
  ['lawmakers', 'legislators', 'lawmaker', 'legislator'],
  ['percent', 'pct', '%'],
  ['announced', 'unveiled', 'revealed'],
  ['ceasefire', 'truce', 'armistice'],
  ['talks', 'negotiations', 'negotiation'],
  ['usa', 'america'],
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) {
  const head = group[0] ?? '';
  for (const word of group) CANONICAL.set(word, head);
}

/** The canonical word of a lowercase word, or the word itself. */
export function synonym(word: string): string {
  return CANONICAL.get(word) ?? word;
}
