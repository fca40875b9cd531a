import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '@/entrypoints/content/highlight-place';

const box = (top: number, left: number, bottom: number, right: number): Box => ({ top, left, bottom, right });
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const viewport = { width: 1280, height: 900 };
const card = { width: 380, height: 300 };
const at = (p: { top: number; left: number; width: number }) =>
  box(p.top, p.left, p.top + card.height, p.left + p.width);

describe('where the hover card goes', () => {
  it('below the sentence when there is room', () => {
    const sentence = box(200, 70, 260, 780);
    const p = placeCard(card, sentence, viewport);
    expect(p.top).toBe(268);
    expect(overlaps(at(p), sentence)).toBe(false);
  });

  it('above it when there is no room below, unless that covers the headline', () => {
    const sentence = box(580, 70, 660, 780);
    expect(placeCard(card, sentence, viewport).top).toBe(580 - 300 - 8);
    const headline = box(310, 70, 440, 780);
    const p = placeCard(card, sentence, viewport, [headline]);
    expect(overlaps(at(p), headline)).toBe(false);
    expect(overlaps(at(p), sentence)).toBe(false);
    expect(p.left).toBe(788); // to the right of the sentence
  });

  it('never over the sentence, even when nothing fits', () => {
    const sentence = box(100, 8, 800, 1272);
    const p = placeCard(card, sentence, viewport);
    expect(overlaps(at(p), sentence)).toBe(false);
  });
});
