/**
 * Where the hover card goes: next to the sentence read, never over it, and never over the
 * article's headline. Tried in order: below the sentence, above it, to its right, to its left;
 * the first place that fits in the viewport and covers neither wins. When none does, below the
 * sentence (the card may then run past the viewport's bottom, or over the headline, but never
 * over the sentence). Pure.
 */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const GAP = 8;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeCard(
  size: { width: number; height: number },
  sentence: Box,
  viewport: { width: number; height: number },
  avoid: readonly Box[] = [],
): { top: number; left: number; width: number } {
  const width = Math.min(size.width, viewport.width - 2 * GAP);
  const h = size.height;
  const clampLeft = (x: number) => Math.max(GAP, Math.min(x, viewport.width - width - GAP));
  const clampTop = (y: number) => Math.max(GAP, Math.min(y, viewport.height - h - GAP));
  const candidates = [
    { top: sentence.bottom + GAP, left: clampLeft(sentence.left) },
    { top: sentence.top - h - GAP, left: clampLeft(sentence.left) },
    { top: clampTop(sentence.top), left: sentence.right + GAP },
    { top: clampTop(sentence.top), left: sentence.left - width - GAP },
  ];
  const fits = (c: { top: number; left: number }) => {
    const box = { top: c.top, left: c.left, bottom: c.top + h, right: c.left + width };
    const inside =
      box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;
    return inside && !overlaps(box, sentence) && !avoid.some((a) => overlaps(box, a));
  };
  const chosen = candidates.find(fits) ?? candidates[0]!;
  return { ...chosen, width };
}
