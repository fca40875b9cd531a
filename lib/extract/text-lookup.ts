/**
 * Finding live elements by their text: the fallback for paragraphs whose clone nodes were not
 * mapped (Readability re-parses the page when its first attempt finds too little text).
 */

import { normalizeSpace } from './text';
import { walkElements } from './walk';

const CANDIDATES = new Set(
  'P LI H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE TD TH DD DT DIV SECTION ARTICLE SPAN FONT'.split(' '),
);
const MAX_ELEMENTS = 30_000;
const MAX_TEXTS = 500;
const KEY = 60;

/**
 * For each text, the innermost live element whose text starts with the text's beginning
 * (null when none). At most `MAX_TEXTS` texts are looked for.
 */
export function findByText(body: Element, texts: string[]): (Element | null)[] {
  const keys = texts.slice(0, MAX_TEXTS).map(key);
  const found: (Element | null)[] = texts.map(() => null);
  const byPrefix = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k) byPrefix.set(k.slice(0, 8), [...(byPrefix.get(k.slice(0, 8)) ?? []), i]);
  });
  walkElements(body, MAX_ELEMENTS, (el, tag) => {
    if (!CANDIDATES.has(tag)) return;
    const own = key(el.textContent ?? '');
    // Later (deeper) matches replace earlier ones: the innermost element holding the text.
    for (const i of byPrefix.get(own.slice(0, 8)) ?? []) if (own.startsWith(keys[i]!)) found[i] = el;
  });
  return found;
}

function key(s: string): string {
  return normalizeSpace(s.slice(0, KEY * 4)).slice(0, KEY);
}
