/**
 * Abbreviations that end with a period without ending the sentence. Two kinds:
 * titles are always followed by a name ("Gen. Smith"), so a period after them never ends a
 * sentence; the others ("U.S.", "Inc.", "Jan.") may end one, which is decided by the next word.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Lowercase, without the final period. */
export const TITLE_ABBREVIATIONS = set(`mr mrs ms dr prof rev hon sen rep gov lt col gen maj capt cpt
sgt cpl pvt adm cmdr pres supt insp fr sr jr st mt messrs mmes atty amb brig lt-gen maj-gen`);

/** Abbreviations that may also end a sentence ("... in the U.S. The next ..."). */
export const OTHER_ABBREVIATIONS = set(`jan feb mar apr jun jul aug sep sept oct nov dec mon tue
tues wed thu thur thurs fri sat sun inc corp co ltd llc plc bros dept univ assn est vs etc approx
no nos vol fig ft mi km oz lb lbs ave blvd rd hwy ariz calif colo conn fla ga ill ind kan ky la
mass md mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo al cf ie eg`);

/**
 * True when `word` (the text before a period, e.g. "U.S", "e.g", "J") is a dotted acronym or
 * a single initial: letters separated by periods.
 */
export function isDottedOrInitial(word: string): boolean {
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 4;
}

/** Words that usually open a sentence: after an ambiguous abbreviation they mark a boundary. */
export const SENTENCE_STARTERS = set(`the a an he she it they we i you his her its their our this
that these those there but and or so yet in on at for as if when while after before since
although though however meanwhile still also then now what who why how where some many most no
not one two both all each such to from by with under over during despite according until because`);
