/**
 * Readability's article element -> the page's paragraphs: boilerplate left out, each traced
 * back to its element in the live page (by the clone map, else by its text).
 */

import type { ExtractedParagraph } from '../types';
import { boilerplateReason } from './boilerplate';
import { collectParagraphs } from './paragraphs';
import { liveElementOf, pathFinder, type NodeMap } from './paths';
import { countWords } from './text';
import { findByText } from './text-lookup';

export interface Assembled {
  paragraphs: ExtractedParagraph[];
  wordCount: number;
}

export function assembleParagraphs(
  root: Element,
  map: NodeMap,
  doc: Document,
  ctx: { title: string | null; byline: string | null },
): Assembled {
  const pathOf = pathFinder(doc);
  const paragraphs: ExtractedParagraph[] = [];
  const unmapped: number[] = [];
  let wordCount = 0;
  for (const raw of collectParagraphs(root)) {
    const words = countWords(raw.text);
    if (boilerplateReason(raw, words, ctx)) continue;
    wordCount += words;
    const live = liveElementOf(raw.owner, map);
    if (!live) unmapped.push(paragraphs.length);
    paragraphs.push({ text: raw.text, path: live ? pathOf(live) : null });
  }
  if (unmapped.length > 0 && doc.body) {
    const found = findByText(
      doc.body,
      unmapped.map((i) => paragraphs[i]!.text),
    );
    unmapped.forEach((i, k) => {
      const el = found[k];
      if (el) paragraphs[i]!.path = pathOf(el);
    });
  }
  return { paragraphs, wordCount };
}
