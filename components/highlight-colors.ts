/**
 * How the inline highlights look: on the page (content script) and in the legend (frame). Each
 * mark is told apart without colour too: a double underline for a figure that differs, a solid
 * one for a detail only here, none (a faint tint) for what others report as well. The colours
 * (amber, violet, green) also differ in lightness, so they stay apart under colour blindness:
 * on white, under a deuteranopia matrix, amber's luminance is about 216 and violet's 239 (at the
 * former 0.30 and 0.16 they were 4 apart, and the e2e check failed).
 */
import type { MarkStyle } from '@/lib/marks';

export const SWATCH: Record<MarkStyle, string> = {
  differs: 'rgba(232, 140, 0, 0.40)',
  unique: 'rgba(120, 80, 220, 0.12)',
  shared: 'rgba(46, 160, 67, 0.10)',
};

/** Decorations on top of the background color (never anything that changes layout). */
export const DECORATION: Record<MarkStyle, string> = {
  differs: 'underline double rgb(150, 80, 0)',
  unique: 'underline solid rgb(100, 60, 190)',
  shared: 'none',
};

export const FOCUS_STYLE = 'outline: 2px solid #1a73e8; background-color: rgba(26, 115, 232, 0.25);';
export const FLASH_STYLE = 'background-color: rgba(255, 200, 0, 0.65);';
