/**
 * The headline from the document's <title>, without the site name around it
 * ("Story headline | Outlet", "Outlet - Story headline"). Follows Readability's rules, with
 * en and em dashes also taken as separators.
 */

import { normalizeSpace } from './text';

const SEPARATOR = / [|\-–—\\/>»] /g;
const HIERARCHICAL = / [\\/>»] /;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function titleFromDocument(doc: Document): string | null {
  const original = normalizeSpace(doc.title || '');
  if (!original) return null;
  let title = original;
  let hierarchical = false;
  const separators = [...original.matchAll(SEPARATOR)];
  const lastSeparator = separators[separators.length - 1];
  if (lastSeparator) {
    hierarchical = HIERARCHICAL.test(original);
    title = original.slice(0, lastSeparator.index);
    if (words(title) < 3) title = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (original.includes(': ')) {
    if (!hasHeading(doc, original)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (words(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (words(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (original.length > 150 || original.length < 15) {
    const h1s = doc.getElementsByTagName('h1');
    if (h1s.length === 1) title = h1s[0]?.textContent ?? title;
  }
  title = normalizeSpace(title);
  const n = words(title);
  if (n <= 4 && (!hierarchical || n !== words(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)) {
    title = original;
  }
  return title || null;
}

function hasHeading(doc: Document, text: string): boolean {
  for (const tag of ['h1', 'h2']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < 50; i++) {
      if (normalizeSpace(list[i]?.textContent ?? '') === text) return true;
    }
  }
  return false;
}
