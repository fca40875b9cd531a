/**
 * Inline highlights on the news page: each marked sentence is a Range in a CSS Custom
 * Highlight (no element is wrapped, so the page's layout and scripts are untouched). Our own
 * UI (hover card, list of marked sentences with the legend) lives in a closed shadow root.
 * `clear()` removes every trace.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { strings } from '@/components/strings';
import { locateSentences } from '@/lib/dom-text';
import type { PageMarks, SentenceMark } from '@/lib/marks';
import { FLASH, FOCUS, LEVEL_NAMES, PAGE_CSS, SWATCH, UI_CSS } from './highlight-styles';

const S = strings.highlights;

interface Marked {
  mark: SentenceMark;
  range: Range;
  name: (typeof LEVEL_NAMES)[number];
}

function highlightName(mark: SentenceMark): Marked['name'] | null {
  if (mark.kind === 'differs') return 'parallax-differs';
  if (mark.kind === 'unique') return 'parallax-unique';
  if (mark.level === 0) return null;
  return `parallax-${mark.level}` as Marked['name'];
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Highlighter {
  apply(marks: PageMarks, roots: Element[]): number;
  locate(text: string, roots: Element[]): boolean;
  clear(): void;
}

export function createHighlighter(ctx: ContentScriptContext, onTurnOff: () => void): Highlighter {
  let marked: Marked[] = [];
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let sheet: CSSStyleSheet | HTMLStyleElement | null = null;
  let frame = 0;
  let listening = false;

  function installSheet(): void {
    if (sheet) return;
    try {
      const s = new CSSStyleSheet();
      s.replaceSync(PAGE_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
      sheet = s;
    } catch {
      const style = el('style');
      style.textContent = PAGE_CSS;
      (document.head ?? document.documentElement).append(style);
      sheet = style;
    }
  }

  function showCard(m: Marked | null): void {
    if (!card) return;
    if (!m) {
      card.hidden = true;
      return;
    }
    card.replaceChildren();
    const { mark } = m;
    const names = mark.support.map((n) => n ?? strings.unattributedOutlet);
    card.append(el('p', 'who', names.length ? S.supportedBy(names.join(', ')) : S.onlyHere));
    for (const d of mark.differences) {
      const values = d.values
        .map((v) => `${v.page ? S.thisPage : (v.outlet ?? strings.unattributedOutlet)}: ${v.value}`)
        .join(' · ');
      card.append(el('p', 'diff', `${S.differsAbout(d.about)} — ${values}`));
    }
    for (const w of mark.wordings.slice(0, 3)) {
      const p = el('p', 'wording');
      p.append(
        el('b', undefined, `${S.wordedAs(w.outlet ?? strings.unattributedOutlet)} `),
        document.createTextNode(w.text),
      );
      card.append(p);
    }
    const rect = m.range.getBoundingClientRect();
    card.hidden = false;
    const below = rect.bottom + 8;
    const top =
      below + card.offsetHeight > window.innerHeight ? Math.max(8, rect.top - card.offsetHeight - 8) : below;
    card.style.top = `${top}px`;
    card.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - card.offsetWidth - 8))}px`;
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = document as Document & {
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

  function onMove(e: MouseEvent): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
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
      showCard(hit ?? null);
    });
  }

  function focusMark(m: Marked): void {
    CSS.highlights.set(FOCUS, new Highlight(m.range));
    scrollTo(m.range);
    showCard(m);
  }

  function buildUi(): void {
    host = el('div');
    host.setAttribute('data-parallax', '');
    host.style.cssText =
      'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = el('style');
    style.textContent = UI_CSS;
    const wrap = el('div', 'wrap');
    card = el('div', 'card');
    card.hidden = true;
    card.setAttribute('role', 'tooltip');
    const dock = el('div', 'dock');
    const list = el('section', 'list');
    list.hidden = true;
    list.setAttribute('aria-label', S.panelTitle);
    list.append(el('h2', undefined, S.panelTitle));
    const legend = el('ul', 'legend');
    for (const [name, label] of [
      ['parallax-3', S.legend[3]],
      ['parallax-2', S.legend[2]],
      ['parallax-1', S.legend[1]],
      ['parallax-unique', S.legend.unique],
      ['parallax-differs', S.legend.differs],
    ] as const) {
      const li = el('li');
      const sw = el('span', 'sw');
      sw.style.background = SWATCH[name]!;
      li.append(sw, document.createTextNode(label));
      legend.append(li);
    }
    const items = el('ul', 'items');
    for (const m of marked) {
      const li = el('li');
      const b = el('button');
      b.type = 'button';
      const sw = el('span', 'sw');
      sw.style.background = SWATCH[m.name]!;
      sw.setAttribute('aria-hidden', 'true');
      const label = m.mark.support.length
        ? S.supportedBy(m.mark.support.map((n) => n ?? strings.unattributedOutlet).join(', '))
        : S.onlyHere;
      b.setAttribute('aria-label', `${m.mark.text} — ${label}`);
      b.append(sw, el('span', 'txt', m.mark.text));
      b.addEventListener('focus', () => focusMark(m));
      b.addEventListener('click', () => focusMark(m));
      b.addEventListener('blur', () => {
        CSS.highlights.delete(FOCUS);
        showCard(null);
      });
      li.append(b);
      items.append(li);
    }
    const off = el('button', 'off', S.turnOff);
    off.type = 'button';
    off.addEventListener('click', onTurnOff);
    list.append(legend, items, off);
    const toggle = el('button', 'toggle');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.append(el('span', 'logo', '∥'), document.createTextNode(`Parallax · ${S.count(marked.length)}`));
    toggle.title = S.toggleList;
    toggle.addEventListener('click', () => {
      list.hidden = !list.hidden;
      toggle.setAttribute('aria-expanded', String(!list.hidden));
      toggle.title = list.hidden ? S.toggleList : S.hideList;
    });
    root.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') {
        list.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        showCard(null);
        toggle.focus();
      }
    });
    dock.append(toggle, list); // DOM order = Tab order; the list shows above (column-reverse)
    wrap.append(card, dock);
    root.append(style, wrap);
    document.documentElement.append(host);
  }

  function clear(): void {
    if (supported()) {
      for (const name of [...LEVEL_NAMES, FLASH, FOCUS]) CSS.highlights.delete(name);
    }
    if (sheet instanceof CSSStyleSheet) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    } else sheet?.remove();
    sheet = null;
    host?.remove();
    host = card = null;
    marked = [];
    if (listening) document.removeEventListener('mousemove', onMove);
    listening = false;
  }

  function scrollTo(range: Range): void {
    const rect = range.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'smooth' });
  }

  return {
    apply(marks, roots) {
      clear();
      if (!supported() || roots.length === 0) return 0;
      const ranges = locateSentences(
        roots,
        marks.sentences.map((s) => s.text),
      );
      marks.sentences.forEach((mark, i) => {
        const name = highlightName(mark);
        const range = ranges[i];
        if (name && range) marked.push({ mark, range, name });
      });
      if (marked.length === 0) return 0;
      installSheet();
      for (const name of LEVEL_NAMES) {
        const rs = marked.filter((m) => m.name === name).map((m) => m.range);
        if (rs.length) CSS.highlights.set(name, new Highlight(...rs));
      }
      buildUi();
      document.addEventListener('mousemove', onMove, { passive: true });
      listening = true;
      ctx.onInvalidated(clear);
      return marked.length;
    },
    locate(text, roots) {
      const range =
        marked.find((m) => m.mark.text === text)?.range ?? locateSentences(roots, [text])[0] ?? null;
      if (!range) return false;
      scrollTo(range);
      if (supported()) {
        installSheet();
        CSS.highlights.set(FLASH, new Highlight(range));
        ctx.setTimeout(() => CSS.highlights.delete(FLASH), 1600);
      }
      return true;
    },
    clear,
  };
}
