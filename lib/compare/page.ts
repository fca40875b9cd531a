/**
 * The page being read, sentence by sentence, with the other reports that carry each
 * sentence's statement: its claim's reports, and any report with a sentence just as close.
 */
import { pairKey, SAME_CLAIM, type Alignment } from './align';
import type { Story } from './story';
import type { PageSentence } from './types';

export function pageSupport(story: Story, alignment: Alignment, pageId: string | undefined): PageSentence[] {
  const page = story.docs.find((d) => d.input.id === pageId);
  if (!page) return [];
  return page.sentences.map((s) => {
    const docs = new Set<number>();
    for (const u of alignment.groups[alignment.groupOf[s.uid] ?? -1] ?? [])
      docs.add(story.sentences[u]?.doc ?? -1);
    for (const other of story.sentences) {
      if (other.doc === page.index || docs.has(other.doc)) continue;
      if ((alignment.scores.get(pairKey(story, s.uid, other.uid)) ?? 0) >= SAME_CLAIM) docs.add(other.doc);
    }
    docs.delete(page.index);
    return {
      text: s.text,
      support: story.docs.filter((d) => docs.has(d.index)).map((d) => d.input.id),
    };
  });
}
