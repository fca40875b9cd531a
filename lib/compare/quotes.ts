/**
 * The quotes of each report with their speakers: a name is resolved to the person the story
 * knows by that name ("Zelensky" -> "Volodymyr Zelensky"), a pronoun to the last person named
 * before the quote, a role ("one official") kept as written; a quote without attribution in
 * a paragraph that already quoted someone is theirs.
 */
import { collapseDoubles, foldWord } from '../text/normalize';
import type { EntityIndex, Mention } from './entities';
import { findQuoteSpans } from './quote-spans';
import { PERSON_TITLES } from './entity-cues';
import { findAttribution } from './speakers';
import type { Story } from './story';

export interface Quote {
  doc: number;
  text: string;
  /** Offset of the quoted words in the report's text. */
  start: number;
  open: number;
  paragraph: number;
  /** Display name of the speaker, or a role ("official"), or null. */
  speaker: string | null;
  /** A key that is equal for the same speaker across reports. */
  speakerKey: string | null;
}

const fold = (w: string) => collapseDoubles(foldWord(w));
/** Words that say the sentence reports speech, though not in the subject-verb form. */
const REPORTING = /\b(?:saying|statement|said|says|wrote|told|added|tweeted|posted|declared)\b/;

export function extractQuotes(story: Story, entities: EntityIndex): Quote[] {
  const out: Quote[] = [];
  const persons = entities.mentions.filter((m) => m.kind === 'person');
  for (const doc of story.docs) {
    const text = doc.input.text;
    const own = persons.filter((m) => m.doc === doc.index);
    const offsetOf = (m: Mention) => (story.sentences[m.uid]?.start ?? 0) + m.start;
    let previous: Quote | null = null;
    const spans = findQuoteSpans(text);
    // "He" is someone named in the narration, not inside someone else's quote.
    const quoted = (at: number) => spans.some((s) => s.start <= at && at < s.end);
    const narrated = own.filter((m) => !quoted(offsetOf(m)));
    const orgs = entities.mentions.filter(
      (m) => m.doc === doc.index && m.kind === 'organization' && !quoted(offsetOf(m)),
    );
    for (const span of spans) {
      const sentence = doc.sentences.find((s) => s.start <= span.open && span.open < s.end);
      const who = findAttribution(text, span.open, span.after, sentence?.start ?? 0);
      let key: string | null = null;
      if (who?.kind === 'pronoun') {
        key = antecedent(narrated, who.offset, previous, offsetOf, sentenceAt(doc.sentences, who.offset));
      } else if (who?.kind === 'role' && who.definite) {
        // "The former Alaska governor said": the person so titled, or the one the story is about.
        key =
          titled(narrated, who.role, span.open, offsetOf, text) ??
          (FORMER_OR_ELECTED.test(who.role)
            ? antecedent(narrated, span.open, previous, offsetOf, sentenceAt(doc.sentences, span.open))
            : null) ??
          `role:${who.role}`;
      } else if (who?.kind === 'name') {
        // A single word the story does not know as a person ("Indeed,") is no speaker.
        key =
          resolveName(who.name, own, persons) ?? (who.name.includes(' ') ? `name:${fold(who.name)}` : null);
      } else if (who?.kind === 'role') {
        key = `role:${who.role}`;
      } else if (sentence && span.open > sentence.start) {
        key = subjectSpeaker(text, sentence, span.open, narrated, orgs, offsetOf, () =>
          antecedent(narrated, span.open, previous, offsetOf, sentence.uid),
        );
      }
      let speaker = key === null ? null : (entities.names.get(key) ?? null);
      if (who?.kind === 'name' && speaker === null && key !== null) speaker = who.name;
      if (who?.kind === 'role' && key?.startsWith('role:')) speaker = who.role;
      // Unattributed: the speaker of the paragraph's earlier quote, or of the previous
      // paragraph's when this one opens with the quote (a statement running on).
      const lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
      const opensParagraph = text.slice(lineStart, span.open).trim() === '';
      const follows =
        previous?.paragraph === span.paragraph ||
        (opensParagraph && previous?.paragraph === span.paragraph - 1);
      if (key === null && previous && follows) {
        key = previous.speakerKey;
        speaker = previous.speaker;
      }
      const quote: Quote = {
        doc: doc.index,
        text: span.text,
        start: span.start,
        open: span.open,
        paragraph: span.paragraph,
        speaker,
        speakerKey: key,
      };
      out.push(quote);
      previous = key ? quote : previous;
    }
  }
  return out;
}

/** A word that may describe a person before the name ("Texas", "Gov.", "presidential"), not a verb. */
const describes = (w: string) =>
  /^\p{Lu}/u.test(w) ||
  PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, '')) ||
  /^\p{Ll}+(?:al|ial|ic|ive|ent|ant|ing)$/u.test(w);

/** Where a sentence's subject may stand: after an opening "The", "But", "Then" or a title. */
const OPENING = /^[\s"“(—–-]*(?:(?:the|but|and|then|so|also|meanwhile)\s+)*$/i;
const COMMENT_OF =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:comments?|remarks?|words|statements?|claims?|descriptions?|letters?|posts?|tweets?|column|assertions?|characterization)\b/u;

/**
 * The speaker of a quote inside a sentence that gives it no attribution: a person whose
 * comment it is ("Axelrod's comment ... a “reign of terror”"), the person the sentence opens
 * with or who reports before the quote ("Mr. Braley apologized ... and “anyone I may have
 * offended”"), "he"/"she" opening the sentence, or an organization that opens it ("The NAACP
 * adopted a resolution condemning “racist elements”"). A person merely named in it is not.
 */
function subjectSpeaker(
  text: string,
  sentence: { start: number; uid: number },
  open: number,
  narrated: Mention[],
  orgs: Mention[],
  offsetOf: (m: Mention) => number,
  pronoun: () => string | null,
): string | null {
  const lead = text.slice(sentence.start, open);
  const inSentence = (list: Mention[]) => list.filter((m) => m.uid === sentence.uid && offsetOf(m) < open);
  const people = inSentence(narrated);
  const commenter = people.find((m) => {
    const end = offsetOf(m) + (m.end - m.start);
    const after = text.slice(end, end + 60);
    const possessive = /['’]s?$/u.test(text.slice(offsetOf(m), end)) || /^['’]/u.test(after);
    return possessive && COMMENT_OF.test(after.replace(/^['’]s?/u, ''));
  });
  if (commenter) return commenter.key;
  // "Down in the polls, Texas Gov. Rick Perry", "Republican presidential candidate Rick Perry".
  const opensWith = (m: Mention) => {
    const before = text
      .slice(sentence.start, offsetOf(m))
      .replace(/^[^,]{1,40},\s+(?=\S)/u, '')
      .split(/\s+/)
      .filter(Boolean);
    let k = before.length;
    while (k > 0 && before.length - k < 4 && describes(before[k - 1] ?? '')) k--;
    return OPENING.test(before.slice(0, k).join(' '));
  };
  const reporting = REPORTING.exec(lead);
  const reporter = people.find(
    (m) => opensWith(m) || (reporting && offsetOf(m) < sentence.start + reporting.index),
  );
  if (reporter) return reporter.key;
  if (/^[\s"“]*(?:he|she)\b/i.test(lead)) return pronoun();
  const org = inSentence(orgs).find(
    (m) =>
      opensWith(m) &&
      !PERSON_TITLES.has(
        (/^\s+([\p{L}-]+)/u.exec(text.slice(offsetOf(m) + (m.end - m.start)))?.[1] ?? '').toLowerCase(),
      ),
  );
  return org?.key ?? null;
}

/** Roles that a story gives a person it has named: "the former vice president", "the congressman". */
const FORMER_OR_ELECTED =
  /\b(?:former|congressman|congresswoman|lawmaker|senator|governor|candidate|mayor)\b/;

const sentenceAt = (sentences: { start: number; end: number; uid: number }[], at: number) =>
  sentences.find((s) => s.start <= at && at < s.end)?.uid ?? -1;

/**
 * Whom "he" or "she" at `at` stands for: the speaker of the report's previous quote, unless a
 * person has since been named as the subject of a sentence (the first person a sentence names);
 * then that person. The pronoun's own sentence does not count ("Saying President Obama, he
 * said, was “too simple an answer”" is not Obama's).
 */
function antecedent(
  narrated: Mention[],
  at: number,
  previous: Quote | null,
  offsetOf: (m: Mention) => number,
  ownUid: number,
): string | null {
  const since = previous ? previous.open : -1;
  const candidates = narrated.filter((m) => offsetOf(m) < at && m.uid !== ownUid);
  const subjectOf = (list: Mention[]) => {
    const last = list[list.length - 1];
    return last ? (list.find((m) => m.uid === last.uid)?.key ?? null) : null;
  };
  const named = candidates.filter((m) => offsetOf(m) > since);
  return (
    subjectOf(named) ??
    previous?.speakerKey ??
    subjectOf(candidates) ??
    narrated.filter((m) => offsetOf(m) < at).at(-1)?.key ??
    null
  );
}

/** The person named before `at` whose title is the role's last word ("the president" -> President Obama). */
function titled(
  narrated: Mention[],
  role: string,
  at: number,
  offsetOf: (m: Mention) => number,
  text: string,
): string | null {
  const head = role.toLowerCase().split(/\s+/).at(-1) ?? '';
  const short: Record<string, string> = {
    senator: 'sen',
    governor: 'gov',
    representative: 'rep',
    general: 'gen',
  };
  const cue = new RegExp(`\\b(?:${head}|${short[head] ?? head})\\b`, 'i');
  const before = narrated.filter((m) => offsetOf(m) < at);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    const o = offsetOf(m);
    if (cue.test(m.title ?? '') || cue.test(text.slice(Math.max(0, o - 40), o))) return m.key;
  }
  return null;
}

/** The person key a written name stands for: same report first, then the whole story. */
function resolveName(name: string, own: Mention[], all: Mention[]): string | null {
  const words = name.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+/u, '').split(/\s+/);
  const surname = fold(words[words.length - 1] ?? '');
  for (const pool of [own, all]) {
    const counts = new Map<string, number>();
    for (const m of pool) if (m.key.endsWith(` ${surname}`)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) return best[0];
  }
  return null;
}
