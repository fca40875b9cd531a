/**
 * The quotes of each report with their speakers: a name is resolved to the person the story
 * knows by that name ("Zelensky" -> "Volodymyr Zelensky"), a pronoun to the last person named
 * before the quote, a role ("one official") kept as written; a quote without attribution in
 * a paragraph that already quoted someone is theirs.
 */
import { collapseDoubles, foldWord } from '../text/normalize';
import type { EntityIndex, Mention } from './entities';
import { findQuoteSpans } from './quote-spans';
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
    for (const span of spans) {
      const sentence = doc.sentences.find((s) => s.start <= span.open && span.open < s.end);
      const who = findAttribution(text, span.open, span.after, sentence?.start ?? 0);
      let key: string | null = null;
      if (who?.kind === 'pronoun') {
        const before = narrated.filter((m) => offsetOf(m) < who.offset);
        key = before[before.length - 1]?.key ?? null;
      } else if (who?.kind === 'name') {
        // A single word the story does not know as a person ("Indeed,") is no speaker.
        key =
          resolveName(who.name, own, persons) ?? (who.name.includes(' ') ? `name:${fold(who.name)}` : null);
      } else if (who?.kind === 'role') {
        key = `role:${who.role}`;
      } else if (sentence && REPORTING.test(text.slice(sentence.start, span.open))) {
        // "Mr. Steele, seeking to clarify his remarks, issued a statement, saying, “...”":
        // the person the sentence is about, named before the quote.
        key = narrated.find((m) => m.uid === sentence.uid && offsetOf(m) < span.open)?.key ?? null;
      }
      let speaker = key === null ? null : (entities.names.get(key) ?? null);
      if (who?.kind === 'name' && speaker === null && key !== null) speaker = who.name;
      if (who?.kind === 'role') speaker = who.role;
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
