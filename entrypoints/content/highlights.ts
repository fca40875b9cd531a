/**
 * Inline highlights on the news page: each marked sentence is a Range in a CSS Custom
 * Highlight (no element is wrapped, so the page's layout and scripts are untouched), under
 * names drawn at random per page load. The card and the panel are frames of our own page
 * (frames.ts). Only the reader's own pointer opens a card: events the page dispatches
 * (`isTrusted` false) are ignored. `clear()` removes every trace; it runs once more when the
 * content script ends (registered once, on the context).
 */
import { locateSentences } from '@/lib/dom-text';
import { markedSentences, type MarkStyle, type PageMarks } from '@/lib/marks';
import type { Lifetime } from './context';
import type { InpageUi } from './frames';
import { pageCss, type HighlightNames } from './highlight-styles';

interface Marked {
  text: string;
  style: MarkStyle;
  range: Range;
}

export interface Highlighter {
  apply(marks: PageMarks, roots: Element[]): number;
  locate(text: string, roots: Element[]): boolean;
  /** The panel focused a sentence (null: none): mark it, scroll to it, show its card. */
  focus(text: string | null, roots: Element[]): void;
  clear(): void;
}

export interface HighlighterDeps {
  ctx: Pick<Lifetime, 'setTimeout' | 'onInvalidated'>;
  doc: Document;
  win: Window & typeof globalThis;
  ui: InpageUi;
  names: HighlightNames;
}

const FLASH_MS = 1600;

function supported(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export function createHighlighter({ ctx, doc, win, ui, names }: HighlighterDeps): Highlighter {
  let marked: Marked[] = [];
  let sheet: CSSStyleSheet | HTMLStyleElement | null = null;
  let frame = 0;
  let listening = false;
  let hovered: Marked | null = null;

  function installSheet(): void {
    if (sheet) return;
    try {
      const s = new CSSStyleSheet();
      s.replaceSync(pageCss(names));
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
      sheet = s;
    } catch {
      const style = doc.createElement('style');
      style.textContent = pageCss(names);
      (doc.head ?? doc.documentElement).append(style);
      sheet = style;
    }
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  /** The article's headline: the card never covers it. */
  function headlines(): DOMRect[] {
    return [...doc.querySelectorAll('h1')].map((h) => h.getBoundingClientRect()).filter((r) => r.height > 0);
  }

  function show(m: Marked | null): void {
    if (m === hovered) return;
    hovered = m;
    ui.card(m?.text ?? null, m?.range.getBoundingClientRect(), headlines());
  }

  function onMove(e: MouseEvent): void {
    // Only the reader's pointer: a page's synthetic event never opens a card.
    if (!e.isTrusted || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const at = caretAt(e.clientX, e.clientY);
      const hit = at
        ? marked.find((m) => {
            try {
              return m.range.comparePoint(at.node, at.offset) === 0;
            } catch {
              return false;
            }
          })
        : undefined;
      show(hit ?? null);
    });
  }

  function scrollTo(range: Range): void {
    const rect = range.getBoundingClientRect();
    win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior: 'smooth' });
  }

  function rangeOf(text: string, roots: Element[]): Range | null {
    return marked.find((m) => m.text === text)?.range ?? locateSentences(roots, [text])[0] ?? null;
  }

  function clear(): void {
    if (supported(win)) for (const name of Object.values(names)) win.CSS.highlights.delete(name);
    if (sheet instanceof CSSStyleSheet) {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } else sheet?.remove();
    sheet = null;
    ui.close();
    marked = [];
    hovered = null;
    if (listening) doc.removeEventListener('mousemove', onMove);
    listening = false;
  }
  ctx.onInvalidated(clear);

  return {
    apply(marks, roots) {
      clear();
      if (!supported(win) || roots.length === 0) return 0;
      const wanted = markedSentences(marks);
      const ranges = locateSentences(
        roots,
        wanted.map((w) => w.mark.text),
      );
      wanted.forEach(({ mark, style }, i) => {
        const range = ranges[i];
        if (range) marked.push({ text: mark.text, style, range });
      });
      if (marked.length === 0) return 0;
      installSheet();
      for (const [style, name] of Object.entries(names)) {
        const rs = marked.filter((m) => m.style === style).map((m) => m.range);
        if (rs.length) win.CSS.highlights.set(name, new win.Highlight(...rs));
      }
      ui.open();
      doc.addEventListener('mousemove', onMove, { passive: true });
      listening = true;
      return marked.length;
    },
    locate(text, roots) {
      const range = rangeOf(text, roots);
      if (!range) return false;
      scrollTo(range);
      if (supported(win)) {
        installSheet();
        win.CSS.highlights.set(names.flash, new win.Highlight(range));
        ctx.setTimeout(() => win.CSS.highlights.delete(names.flash), FLASH_MS);
      }
      return true;
    },
    focus(text, roots) {
      if (!supported(win)) return;
      const range = text === null ? null : rangeOf(text, roots);
      if (!range || text === null) {
        win.CSS.highlights.delete(names.focus);
        hovered = null;
        ui.card(null);
        return;
      }
      win.CSS.highlights.set(names.focus, new win.Highlight(range));
      scrollTo(range);
      hovered = null;
      // After the smooth scroll has moved the sentence, place the card by it.
      ctx.setTimeout(() => ui.card(text, range.getBoundingClientRect(), headlines()), 350);
    },
    clear,
  };
}
