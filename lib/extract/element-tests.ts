/** Small tests on one element for the probe: attributes, ancestors, headings. No layout. */

const MAX_DEPTH_MEASURED = 10_000;
/** NodeFilter.SHOW_TEXT (the global is not there in every environment). */
const SHOW_TEXT = 4;

/** Number of ancestors (capped: a page nested deeper is pathological anyway). */
export function depthOf(el: Element): number {
  let depth = 0;
  for (let up = el.parentElement; up && depth <= MAX_DEPTH_MEASURED; up = up.parentElement) depth++;
  return depth;
}

export function hasAncestor(el: Element, tag: string, levels: number): boolean {
  let up = el.parentElement;
  for (let i = 0; up && i < levels; i++, up = up.parentElement) if (up.tagName === tag) return true;
  return false;
}

/** A heading that is mostly a link to elsewhere (a headline), not one carrying an edit or anchor link. */
export function isLinkHeading(h: Element): boolean {
  let linkText = 0;
  // Headings are small: a hand walk over their elements is cheaper than a live collection.
  let el = h.firstElementChild;
  while (el && el !== h) {
    if (el.tagName === 'A') {
      if (!(el.getAttribute('href') ?? '#').startsWith('#')) linkText += (el.textContent ?? '').trim().length;
    } else if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== h && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== h ? el.nextElementSibling : null;
  }
  return linkText > 0 && linkText >= 0.5 * (h.textContent ?? '').trim().length;
}

/** Readability's visibility test: attributes only, never computed style. */
export function visible(el: Element, names: string[], cls: string): boolean {
  if (names.includes('hidden')) return false;
  if (names.includes('style') && /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return false;
  return (
    !names.includes('aria-hidden') ||
    el.getAttribute('aria-hidden') !== 'true' ||
    cls.includes('fallback-image')
  );
}

/**
 * `el.textContent.trim().length`, except that past `cap` characters it stops and returns `cap`:
 * the text of a whole <article> of a huge page is never built. Exact below the cap.
 */
export function trimmedTextLength(el: Element, cap: number): number {
  const parts: string[] = [];
  let total = 0;
  let nextCheck = cap;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    parts.push(data);
    total += data.length;
    // The trimmed text read so far is never longer than the whole text trimmed.
    if (total >= nextCheck) {
      if (parts.join('').trim().length >= cap) return cap;
      nextCheck *= 2;
    }
  }
  return Math.min(cap, parts.join('').trim().length);
}
