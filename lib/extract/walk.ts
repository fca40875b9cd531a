/** A walk over elements in document order that stops after a fixed number of them: bounded work on any page. */

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

/** NodeFilter.SHOW_ELEMENT (the global is not there in every environment). */
const SHOW_ELEMENT = 1;

/**
 * Visits the elements under `root` (not `root` itself) in document order, at most `max` of
 * them; `enter` returns false to skip an element's subtree. Returns the number visited (`max`
 * means the walk was cut short). A TreeWalker: iterative, so deep pages cannot overflow the
 * stack, and far cheaper than stepping through child and sibling accessors (in jsdom
 * especially).
 */
export function walkElements(
  root: Element,
  max: number,
  enter: (el: Element, tag: string) => boolean | void,
): number {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  let visited = 0;
  let node = walker.nextNode() as Element | null;
  while (node && visited < max) {
    visited++;
    const tag = node.tagName;
    const descend = !OPAQUE.has(tag) && enter(node, tag) !== false;
    node = (descend ? walker.nextNode() : skipSubtree(walker, root)) as Element | null;
  }
  return visited;
}

/** Moves past the current node's subtree: to its next sibling, else an ancestor's. */
function skipSubtree(walker: TreeWalker, root: Element): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    const up = walker.parentNode();
    if (!up || up === root) return null;
  }
}
