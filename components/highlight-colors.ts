/** The colors of the inline highlights: on the page (content script) and in the legend (frame). */
import type { MarkStyle } from '@/lib/marks';

export const SWATCH: Record<MarkStyle, string> = {
  'level-3': 'rgba(46, 160, 67, 0.30)',
  'level-2': 'rgba(46, 160, 67, 0.16)',
  'level-1': 'rgba(210, 153, 34, 0.24)',
  unique: 'rgba(137, 87, 229, 0.22)',
  differs: 'rgba(218, 54, 51, 0.24)',
};

/** Decorations on top of the background color (never anything that changes layout). */
export const DECORATION: Partial<Record<MarkStyle, string>> = {
  unique: 'underline dotted rgb(137, 87, 229)',
  differs: 'underline wavy rgb(218, 54, 51)',
};

export const FOCUS_STYLE = 'outline: 2px solid #1a73e8; background-color: rgba(26, 115, 232, 0.25);';
export const FLASH_STYLE = 'background-color: rgba(255, 200, 0, 0.65);';
