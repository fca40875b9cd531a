/**
 * Readability's article element -> paragraphs. Each block that holds no other block is one
 * paragraph; text lying loose between blocks is one paragraph too. Page furniture
 * (see furniture.ts) is left out.
 */

import { isFurniture } from './furniture';
import { normalizeSpace } from './text';

export interface RawParagraph {
  text: string;
  /** The clone element the paragraph is (or the container its loose text lies in). */
  owner: Element;
  tag: string;
  /** Characters of the text inside links (for link density). */
  linkChars: number;
}

const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);
const MAX_DEPTH = 200;
const MAX_PARAGRAPHS = 4000;

export function collectParagraphs(root: Element): RawParagraph[] {
  const out: RawParagraph[] = [];
  const blockMemo = new WeakMap<Element, boolean>();
  const isBlock = (el: Element, depth = 0): boolean => {
    const known = blockMemo.get(el);
    if (known !== undefined) return known;
    let block = BLOCK.has(el.tagName);
    for (let c = el.firstElementChild; !block && c && depth < MAX_DEPTH; c = c.nextElementSibling) {
      block = isBlock(c, depth + 1);
    }
    blockMemo.set(el, block);
    return block;
  };
  const emit = (nodes: Node[], owner: Element) => {
    if (nodes.length === 0 || out.length >= MAX_PARAGRAPHS || isLoneTime(nodes)) return;
    const acc = { text: '', linkChars: 0 };
    for (const n of nodes) appendText(n, acc, false, 0);
    const text = normalizeSpace(acc.text);
    if (text) out.push({ text, owner, tag: owner.tagName, linkChars: acc.linkChars });
  };
  const walk = (container: Element, depth: number) => {
    let run: Node[] = [];
    for (let c = container.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        run.push(c);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (isFurniture(el)) continue;
      if (!isBlock(el)) {
        run.push(el);
        continue;
      }
      emit(run, container);
      run = [];
      let hasBlockChild = false;
      for (let k = el.firstElementChild; k && !hasBlockChild; k = k.nextElementSibling)
        hasBlockChild = isBlock(k);
      if (hasBlockChild && depth < MAX_DEPTH) walk(el, depth + 1);
      else emit([el], el);
    }
    emit(run, container);
  };
  walk(root, 0);
  return out;
}

/**
 * A run of nodes that is only a `<time>` (alone or as a block's one child): a timestamp of a
 * live blog or a dateline, not text.
 */
function isLoneTime(nodes: ArrayLike<Node>, depth = 0): boolean {
  let time = false;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 3) {
      if ((n as Text).data.trim() !== '') return false;
    } else if (n.nodeType !== 1 || time) {
      return false;
    } else if ((n as Element).tagName === 'TIME') {
      time = true;
    } else if (depth < 2 && isLoneTime(n.childNodes, depth + 1)) {
      time = true;
    } else {
      return false;
    }
  }
  return time;
}

function appendText(n: Node, acc: { text: string; linkChars: number }, inLink: boolean, depth: number): void {
  if (n.nodeType === 3) {
    const data = (n as Text).data;
    acc.text += data;
    if (inLink) acc.linkChars += normalizeSpace(data).length;
    return;
  }
  if (n.nodeType !== 1 || depth > MAX_DEPTH) return;
  const el = n as Element;
  if (el.tagName === 'BR') {
    acc.text += ' ';
    return;
  }
  if (isFurniture(el)) return;
  const link = inLink || el.tagName === 'A';
  for (let c = el.firstChild; c; c = c.nextSibling) appendText(c, acc, link, depth + 1);
}
