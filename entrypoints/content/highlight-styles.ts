/**
 * The page side of the highlights: `::highlight()` rules (only colors and decorations, which
 * never change layout) under names drawn at random for each page load. The page can see the
 * CSS highlight registry and this style sheet; the names say nothing about Parallax, and
 * nothing of what the reader's outlets say is in them (docs/ARCHITECTURE.md, threats).
 */
import { DECORATION, FLASH_STYLE, FOCUS_STYLE, SWATCH } from '@/components/highlight-colors';
import { MARK_STYLES, type MarkStyle } from '@/lib/marks';

export type HighlightNames = Record<MarkStyle | 'focus' | 'flash', string>;

/** Random CSS identifiers, one per style, for this page load. */
export function randomNames(random: () => number = Math.random): HighlightNames {
  const used = new Set<string>();
  const name = (): string => {
    let n: string;
    do n = `h${Math.floor(random() * 36 ** 6).toString(36)}`;
    while (used.has(n));
    used.add(n);
    return n;
  };
  const names = Object.fromEntries(MARK_STYLES.map((s) => [s, name()])) as Record<MarkStyle, string>;
  return { ...names, focus: name(), flash: name() };
}

export function pageCss(names: HighlightNames): string {
  const rules = MARK_STYLES.map((s) => {
    return `::highlight(${names[s]}) { background-color: ${SWATCH[s]}; text-decoration: ${DECORATION[s]}; }`;
  });
  rules.push(
    `::highlight(${names.focus}) { ${FOCUS_STYLE} }`,
    `::highlight(${names.flash}) { ${FLASH_STYLE} }`,
  );
  return rules.join('\n');
}

/** The frames' host: fixed, zero-size, outside the body, so it never moves the page. */
export const HOST_CSS =
  'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';

export const FRAME_CSS = `
iframe { position: fixed; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal; }
iframe.card { pointer-events: none; visibility: hidden; z-index: 2147483647; }
iframe.card.shown { visibility: visible; }
iframe.panel { right: 4px; bottom: 4px; z-index: 2147483646; }
`;
