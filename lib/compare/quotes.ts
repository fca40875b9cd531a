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

export function extractQuotes(story: Story, entities: EntityIndex): Quote[] {
  const out: Quote[] = [];
  const persons = entities.mentions.filter((m) => m.kind === 'person');
  for (const doc of story.docs) {
    const text = doc.input.text;
    const own = persons.filter((m) => m.doc === doc.index);
    const offsetOf = (m: Mention) => (story.sentences[m.uid]?.start ?? 0) + m.start;
    let previous: Quote | null = null;
    for (const span of findQuoteSpans(text)) {
      const who = findAttribution(text, span.open, span.after);
      let key: string | null = null;
      if (who?.kind === 'pronoun') {
        const before = own.filter((m) => offsetOf(m) < span.open);
        key = before[before.length - 1]?.key ?? null;
      } else if (who?.kind === 'name') {
        key = resolveName(who.name, own, persons) ?? `name:${fold(who.name)}`;
      } else if (who?.kind === 'role') {
        key = `role:${who.role}`;
      }
      let speaker = key === null ? null : (entities.names.get(key) ?? null);
      if (who?.kind === 'name' && speaker === null) speaker = who.name;
      if (who?.kind === 'role') speaker = who.role;
      if (key === null && previous && previous.paragraph >= span.paragraph - 1) {
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
