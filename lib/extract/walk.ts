/** A depth-first walk over elements that stops after a fixed number of them: bounded work on any page. */

/** Subtrees that never hold article text. */
const OPAQUE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'MATH',
  'math',
  'SELECT',
  'CANVAS',
  'IFRAME',
  'OBJECT',
]);

export interface WalkVisitor {
  /** Called on entering an element; return false to skip its subtree. */
  enter(el: Element, depth: number): boolean | void;
  /** Called on leaving an element whose subtree was walked (or skipped). */
  leave?(el: Element): void;
}

/**
 * Walks the elements under `root` (not `root` itself) in document order, visiting at most
 * `max` of them. Returns the number visited; `max` means the walk was cut short.
 * Iterative, so a deeply nested page cannot overflow the stack.
 */
export function walkElements(root: Element, max: number, v: WalkVisitor): number {
  let visited = 0;
  let depth = 1;
  let el: Element | null = root.firstElementChild;
  while (el && visited < max) {
    visited++;
    const descend = !OPAQUE.has(el.tagName) && v.enter(el, depth) !== false;
    const child = descend ? el.firstElementChild : null;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    // No children to walk: leave this element, then its ancestors until one has a next sibling.
    let cur: Element | null = el;
    while (cur && cur !== root) {
      v.leave?.(cur);
      const next: Element | null = cur.nextElementSibling;
      if (next) break;
      cur = cur.parentElement;
      depth--;
    }
    el = cur && cur !== root ? cur.nextElementSibling : null;
  }
  return visited;
}
