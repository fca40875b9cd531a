/**
 * Who a quote is attributed to, from the words around it: `,” Zelensky said`, `,” said
 * Sybiha`, `Sybiha wrote: “`, `one official said that “`, `according to X`, `,” the lawyer,
 * Mark D. Sheridan, said`, `,” Josh Earnest, the press secretary, said`. "He" or "she" is
 * resolved by the caller.
 */
import { NOT_IN_NAMES, ORG_WORDS, SPEECH_VERBS } from './entity-cues';

export type Attribution =
  | { kind: 'name'; name: string }
  | { kind: 'pronoun'; offset: number }
  /** `definite`: "the former governor said", a person the story has named; "an aide said" is not. */
  | { kind: 'role'; role: string; definite: boolean };

const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})`;
const ROLES = String.raw`official|officials|spokesman|spokeswoman|spokesperson|source|sources|aide|aides|minister|president|adviser|advisor|analyst|expert|lawyer|attorney|witness|resident|statement|ministry|officer|commander|diplomat|senator|governor|leader|chairman|chairwoman|secretary|ambassador|envoy|congressman|congresswoman|lawmaker|candidate|mayor|judge|justice|editor|host|director|founder|organizer|activist`;
const ROLE = String.raw`(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{L}.'’-]+\s+){0,2}?(?:${ROLES}))`;
const VERB = `(${[...SPEECH_VERBS].join('|')})`;

const AFTER_SUBJECT = new RegExp(
  String.raw`^[\s,.!?—–-]*(?:(he|she)|${ROLE}|${NAME})(?:,[^,“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?${VERB}\b`,
  'u',
);
/** `,” the lawyer, Mark D. Sheridan, said`: a role, then the name set off by commas. */
const AFTER_APPOSITION = new RegExp(
  String.raw`^[\s,.!?—–-]*(?:[Tt]he|[Aa]n?)\s+[^,“”"]{1,60},\s+${NAME},\s+(?:\p{Ll}+ly\s+)?${VERB}\b`,
  'u',
);
const AFTER_INVERTED = new RegExp(String.raw`^[\s,.!?—–-]*${VERB}\s+(?:${ROLE}|${NAME})`, 'u');
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’.-])(?:(He|She|he|she)|${ROLE}|${NAME})(,[^,“”"]{1,60})?,?(?:\s+(?:\p{Ll}+ly|also|then|had|has|have|later|once))*\s+${VERB}\b|according to (?:${ROLE}|${NAME})`,
  'gu',
);

/**
 * The attribution of the quote that opens at `open` and closes before `after` in `text`;
 * `sentenceStart` is where the sentence the quote opens in begins. The offset of a pronoun
 * is where it stands (the person it means was named before it).
 */
export function findAttribution(
  text: string,
  open: number,
  after: number,
  sentenceStart: number,
): Attribution | null {
  const tail = text.slice(after, after + 160).split(/\n/)[0] ?? '';
  const apposed = AFTER_APPOSITION.exec(tail);
  if (apposed) return fromGroups(undefined, undefined, apposed[1], open, apposed[0]);
  const a = AFTER_SUBJECT.exec(tail);
  if (a) return fromGroups(a[1], a[2], a[3], open, a[0]);
  const b = AFTER_INVERTED.exec(tail);
  if (b) return fromGroups(undefined, b[2], b[3], open, b[0]);
  const from = Math.max(sentenceStart, open - 200, text.lastIndexOf('\n', open - 1) + 1);
  const clause = text.slice(from, open);
  // The attribution nearest the quote. Matches may overlap: of those ending together, the
  // one without an aside ("the Committee, Brad Woodhouse, said" -> Brad Woodhouse), then
  // the longest ("The Arizona Republican said", not "Republican said").
  let best: RegExpExecArray | null = null;
  const rank = (m: RegExpExecArray) => [m.index + m[0].length, m[4] === undefined ? 1 : 0, -m.index];
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(clause); m; m = BEFORE.exec(clause)) {
    const [r, b] = [rank(m), best ? rank(best) : null];
    if (!b || r[0]! > b[0]! || (r[0] === b[0] && (r[1]! > b[1]! || (r[1] === b[1] && r[2]! > b[2]!))))
      best = m;
    BEFORE.lastIndex = m.index + 1;
  }
  if (!best) return null;
  return fromGroups(best[1], best[2] ?? best[6], best[3] ?? best[7], from + best.index, best[0]);
}

function fromGroups(
  pronoun: string | undefined,
  role: string | undefined,
  name: string | undefined,
  offset: number,
  matched: string,
): Attribution | null {
  if (pronoun) return { kind: 'pronoun', offset };
  if (role)
    return {
      kind: 'role',
      role: /^\p{Lu}\p{Ll}/u.test(role) && !role.includes(' ') ? role.toLowerCase() : role,
      definite: /(?:^|[^\p{L}])[Tt]he\s/u.test(matched),
    };
  if (!name || /^(?:It|This|That|They|We|I|You|There|The|But|And)$/u.test(name)) return null;
  // "The Arizona Republican said": a description, not a name.
  const words = name.split(/\s+/);
  const described = (w: string) => NOT_IN_NAMES.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase());
  if (words[0] === 'The' || words.some(described)) {
    return { kind: 'role', role: words.filter((w) => w !== 'The').join(' '), definite: words[0] === 'The' };
  }
  return { kind: 'name', name };
}
