/**
 * Paths from <body> to an element, as child-element indexes, and the map that ties the nodes
 * of a clone back to the live document's. Readability works on a clone and moves its nodes
 * around; recording clone -> live before it runs lets each kept paragraph point back at the
 * element the reader sees, without ever writing to the live page.
 */

/** Child-element indexes from `<body>` down to `el`; `[]` for body itself, null when outside body. */
export function elementPath(el: Element): number[] | null {
  return pathFinder(el.ownerDocument)(el);
}

/**
 * `elementPath` for many elements of one document: each parent's children are indexed once,
 * so the paragraphs of one long article cost one pass over their parent, not one each.
 */
export function pathFinder(doc: Document): (el: Element) => number[] | null {
  const index = new Map<Element, number>();
  const paths = new Map<Element, number[] | null>();
  if (doc.body) paths.set(doc.body, []);
  return (el) => {
    const chain: Element[] = [];
    let cur: Element | null = el;
    let base: number[] | null | undefined;
    while (cur && (base = paths.get(cur)) === undefined) {
      chain.push(cur);
      cur = cur.parentElement;
    }
    if (!cur || base === null || base === undefined) {
      for (const c of chain) paths.set(c, null);
      return null;
    }
    let path: number[] = base;
    for (let i = chain.length - 1; i >= 0; i--) {
      const child = chain[i]!;
      if (!index.has(child)) {
        let k = 0;
        for (let c = child.parentElement!.firstElementChild; c; c = c.nextElementSibling) index.set(c, k++);
      }
      path = [...path, index.get(child)!];
      paths.set(child, path);
    }
    return path;
  };
}

/** The element at `path` under `doc.body`, or null when the page no longer has it. */
export function resolvePath(doc: Document, path: readonly number[]): Element | null {
  let cur: Element | null = doc.body;
  for (const i of path) {
    if (!cur || !Number.isInteger(i) || i < 0) return null;
    cur = cur.children.item(i);
  }
  return cur;
}

/** Clone node -> live node, for elements and text under <body> (a plain Map: it lives only as long as one extraction, and V8 handles a large WeakMap at a cost to every GC). */
export type NodeMap = Map<Node, Node>;

/**
 * Walks the live body and its fresh clone in step (they are identical until Readability
 * runs) and records which live node each clone node is. At most `max` nodes: beyond, the
 * remaining paragraphs are found by their text instead.
 */
export function mapClone(live: Element, clone: Element, max: number): NodeMap {
  const map: NodeMap = new Map();
  let a: Node | null = live.firstChild;
  let b: Node | null = clone.firstChild;
  let n = 0;
  while (a && b && n < max) {
    n++;
    if (a.nodeType === 1 || a.nodeType === 3) map.set(b, a);
    const ac: Node | null = a.firstChild;
    if (ac && b.firstChild) {
      a = ac;
      b = b.firstChild;
      continue;
    }
    while (a && b && a !== live && !a.nextSibling) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || !b || a === live) break;
    a = a.nextSibling;
    b = b.nextSibling;
  }
  return map;
}

/**
 * The live element a node of the (modified) clone stands for: itself if it was there before
 * Readability ran. Else (an element Readability created, e.g. the <p> it makes of a <div>'s
 * text, or the <span> that replaces a <font>) the live ancestor of its first original
 * descendant at the same distance up: created elements take the place of the old ones.
 */
export function liveElementOf(node: Element, map: NodeMap): Element | null {
  const direct = map.get(node);
  if (direct) return direct as Element;
  let seen = 0;
  const stack: [Node, number][] = [[node, 0]];
  while (stack.length > 0 && seen < 200) {
    const [cur, depth] = stack.pop()!;
    seen++;
    const live = depth > 0 ? map.get(cur) : undefined;
    if (live) {
      let up: Node | null = live;
      for (let i = 0; i < depth && up; i++) up = up.parentNode;
      return up && up.nodeType === 1 ? (up as Element) : null;
    }
    for (let c = cur.lastChild; c; c = c.previousSibling) stack.push([c, depth + 1]);
  }
  return null;
}
