/**
 * The sentences of a report that are its text: page furniture never becomes a sentence, so
 * never a claim, a unique detail, an entity or a highlight on the page. Furniture is what the
 * corpus cleaner removes (furnitureKinds in lib/corpus/clean.ts: bylines and a repeated
 * headline at the head, "ADVERTISING", share prompts, copyright and syndication lines, update
 * and correction labels...), applied here to any text, the page being read included, since
 * an extracted page or an older corpus may still carry it. An update's label ("UPDATE 2:52
 * p.m. --") is cut from the sentence it opens; the sentence stays.
 */
import { UPDATE_LABEL } from '../corpus/boilerplate.ts';
import { furnitureKinds } from '../corpus/clean.ts';
import { splitParagraphs } from '../text/paragraphs';
import { splitSentences, type Sentence } from '../text/sentences';

export function articleSentences(text: string, headline: string | null = null): Sentence[] {
  const kinds = furnitureKinds(
    splitParagraphs(text).map((p) => p.text),
    headline,
  );
  const out: Sentence[] = [];
  for (const s of splitSentences(text)) {
    if (kinds[s.paragraph]) continue;
    const label = UPDATE_LABEL.exec(s.text)?.[0].length ?? 0;
    if (label === 0) {
      out.push(s);
      continue;
    }
    const rest = s.text.slice(label);
    if (rest.trim() === '') continue;
    out.push({ ...s, text: rest, start: s.start + label });
  }
  return out;
}
