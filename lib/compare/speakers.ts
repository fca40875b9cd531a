/**
 * Who a quote is attributed to, from the words around it: `,” Zelensky said`, `,” said
 * Sybiha`, `Sybiha wrote: “`, `one official said that “`, `according to X`. "He" or "she"
 * is the last person named before the quote.
 */
import { SPEECH_VERBS } from './entity-cues';

export type Attribution =
  | { kind: 'name'; name: string; offset: number }
  | { kind: 'pronoun'; offset: number }
  | { kind: 'role'; role: string };

const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})`;
const ROLES = String.raw`official|officials|spokesman|spokeswoman|spokesperson|source|sources|aide|aides|minister|president|adviser|advisor|analyst|expert|lawyer|attorney|witness|resident|statement|ministry|officer|commander|diplomat|senator|governor|leader|chairman|secretary|ambassador|envoy`;
const ROLE = String.raw`(?:the|a|an|one|another)\s+((?:[\p{L}-]+\s+){0,2}?(?:${ROLES}))`;
const VERB = `(${[...SPEECH_VERBS].join('|')})`;

const AFTER_SUBJECT = new RegExp(
  String.raw`^[\s,.!?—–-]*(?:(he|she)|${ROLE}|${NAME})\s+(?:\p{Ll}+ly\s+)?${VERB}\b`,
  'u',
);
const AFTER_INVERTED = new RegExp(String.raw`^[\s,.!?—–-]*${VERB}\s+(?:${ROLE}|${NAME})`, 'u');
const BEFORE = new RegExp(
  String.raw`(?:\b(He|She|he|she)|${ROLE}|${NAME})(?:\s+(?:\p{Ll}+ly|also|then|had|has|have|later|once))*\s+${VERB}\b|according to (?:${ROLE}|${NAME})`,
  'gu',
);

/** The attribution of the quote that opens at `open` and closes before `after` in `text`. */
export function findAttribution(text: string, open: number, after: number): Attribution | null {
  const tail = text.slice(after, after + 160).split(/\n/)[0] ?? '';
  const a = AFTER_SUBJECT.exec(tail);
  if (a) return fromGroups(a[1], a[2], a[3], after + a.index + a[0].indexOf(a[3] ?? '\u0000'));
  const b = AFTER_INVERTED.exec(tail);
  if (b) return fromGroups(undefined, b[2], b[3], after + b.index + b[0].indexOf(b[3] ?? '\u0000'));
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  const head = text.slice(Math.max(lineStart, open - 160), open);
  // Only the sentence the quote opens in.
  const sentenceStart = Math.max(
    0,
    ...[...head.matchAll(/[.!?][”"’)]?\s+(?=[“"\p{Lu}])/gu)].map((m) => m.index + m[0].length),
  );
  const clause = head.slice(sentenceStart);
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(BEFORE)) last = m;
  if (!last) return null;
  const base = open - clause.length;
  const pronoun = last[1];
  const role = last[2] ?? last[5];
  const name = last[3] ?? last[6];
  return fromGroups(pronoun, role, name, base + last.index + last[0].indexOf(name ?? '\u0000'));
}

function fromGroups(
  pronoun: string | undefined,
  role: string | undefined,
  name: string | undefined,
  offset: number,
): Attribution | null {
  if (pronoun) return { kind: 'pronoun', offset };
  if (role) return { kind: 'role', role: role.toLowerCase() };
  if (name && !/^(?:It|This|That|They|We|I|You|There|The|But|And)$/u.test(name))
    return { kind: 'name', name, offset };
  return null;
}
