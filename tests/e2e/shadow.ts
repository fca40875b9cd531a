/**
 * Reads Parallax's UI inside its CLOSED shadow root on a news page. The page's own scripts
 * cannot; the test goes through the DevTools protocol, which can pierce it.
 */
import type { CDPSession, Page } from 'playwright-core';

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

const hasClass = (cls: string) => (n: DomNode) => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 && (a[i + 1] ?? '').split(/\s+/).includes(cls);
};

export interface ShadowUi {
  /** The outer HTML of the first element with this class inside our UI, or null. */
  html(cls: string): Promise<string | null>;
  focus(cls: string): Promise<void>;
}

export async function shadowUi(page: Page): Promise<ShadowUi> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const nodeOf = async (cls: string): Promise<DomNode | null> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => (n.attributes ?? []).includes('data-parallax'));
    return host ? find(host, hasClass(cls)) : null;
  };
  return {
    async html(cls) {
      const n = await nodeOf(cls);
      if (!n) return null;
      return ((await cdp.send('DOM.getOuterHTML', { nodeId: n.nodeId })) as { outerHTML: string }).outerHTML;
    },
    async focus(cls) {
      const n = await nodeOf(cls);
      if (!n) throw new Error(`no .${cls} in Parallax's UI`);
      await cdp.send('DOM.focus', { nodeId: n.nodeId });
    },
  };
}
