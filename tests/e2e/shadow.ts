/**
 * Reads Parallax's UI on a news page. The card and the panel are frames of the extension's own
 * page (inpage.html) inside a CLOSED shadow root: the page's scripts can reach neither. The
 * test goes through Playwright's frames (the browser's own frame tree) and, for the frame
 * elements in the shadow root, the DevTools protocol, which can pierce it.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function find(node: DomNode, pred: (n: DomNode) => boolean): DomNode | null {
  if (pred(node)) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(c, pred);
    if (hit) return hit;
  }
  return null;
}

const attr = (n: DomNode, name: string): string | null => {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 ? (a[i + 1] ?? '') : null;
};

export type Part = 'card' | 'panel';

export interface InpageUi {
  /** The frame of this part, once it exists. */
  frame(part: Part): Frame | null;
  /** The text of the card when it is shown on the page, else null. */
  visibleCard(): Promise<string | null>;
  /** Whether our frames exist in the page at all. */
  present(): Promise<boolean>;
  /** The frame element's box on the page (CSS pixels), or null. */
  box(part: Part): Promise<{ top: number; left: number; bottom: number; right: number } | null>;
}

const frameOf = (page: Page, part: Part) =>
  page.frames().find((f) => f.url().includes(`/inpage.html?part=${part}`)) ?? null;

export async function inpageUi(page: Page): Promise<InpageUi> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const iframe = async (part: Part): Promise<DomNode | null> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return find(
      root,
      (n) =>
        n.nodeName === 'IFRAME' &&
        (attr(n, 'class') ?? '').split(/\s+/).includes(part) &&
        (attr(n, 'src') ?? '').includes('/inpage.html'),
    );
  };
  return {
    frame: (part) => frameOf(page, part),
    async visibleCard() {
      const el = await iframe('card');
      if (!el || !(attr(el, 'class') ?? '').split(/\s+/).includes('shown')) return null;
      const f = frameOf(page, 'card');
      return f ? f.evaluate(() => document.getElementById('app')?.textContent ?? '') : null;
    },
    async present() {
      return (await iframe('card')) !== null || (await iframe('panel')) !== null;
    },
    async box(part) {
      const el = await iframe(part);
      if (!el) return null;
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: el.nodeId })) as {
        model: { border: number[] };
      };
      const [x1, y1, , , x3, y3] = model.border;
      return { left: x1!, top: y1!, right: x3!, bottom: y3! };
    },
  };
}
