/**
 * Parallax's UI on the page: two frames of our own extension page (entrypoints/inpage/), the
 * hover card and the panel (the Parallax button, the legend and the list of marked
 * sentences), in a closed shadow root. Their text lives in the extension's origin, where the
 * page's `window.find`, selection and DOM cannot reach (a closed shadow root alone does not
 * stop find and selection). The content script never posts to them: it tells the card frame
 * which sentence to show through the extension's runtime messaging ('page/show-card'), which
 * the page cannot see or send; the frames fetch what they show from the background.
 */
import browser from 'webextension-polyfill';
import { placeCard, type Box } from './highlight-place';
import { FRAME_CSS, HOST_CSS } from './highlight-styles';

export interface InpageUi {
  /** Creates the frames (idempotent). */
  open(): void;
  /** Shows the card of a sentence next to `rect`, clear of `avoid` (null: hides it). */
  card(text: string | null, rect?: DOMRect, avoid?: readonly Box[]): void;
  /** The panel's content size changed. */
  resizePanel(width: number, height: number): void;
  /** Removes every trace. */
  close(): void;
}

export type ShowCard = (text: string | null) => Promise<{ width: number; height: number } | null>;

const CARD_MAX_WIDTH = 400;
/** The collapsed panel (the Parallax button) until the frame says its size. */
const PANEL_START = { width: 220, height: 44 };

export function createInpageUi(doc: Document, win: Window, showCard: ShowCard): InpageUi {
  let host: HTMLElement | null = null;
  let cardFrame: HTMLIFrameElement | null = null;
  let panelFrame: HTMLIFrameElement | null = null;
  /** Only the newest card request is shown (replies can come back out of order). */
  let seq = 0;

  const frame = (part: 'card' | 'panel', title: string) => {
    const f = doc.createElement('iframe');
    f.className = part;
    f.title = title;
    const vh = Math.round(win.innerHeight);
    f.src = browser.runtime.getURL(`/inpage.html?part=${part}&vh=${vh}` as '/inpage.html');
    f.setAttribute('allow', '');
    return f;
  };

  const place = (
    f: HTMLIFrameElement,
    size: { width: number; height: number },
    rect: DOMRect,
    avoid: readonly Box[],
  ) => {
    const at = placeCard(size, rect, { width: win.innerWidth, height: win.innerHeight }, avoid);
    f.style.width = `${at.width}px`;
    f.style.height = `${size.height}px`;
    f.style.top = `${at.top}px`;
    f.style.left = `${at.left}px`;
  };

  return {
    open() {
      if (host) return;
      host = doc.createElement('div');
      host.style.cssText = HOST_CSS;
      const root = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = FRAME_CSS;
      cardFrame = frame('card', '');
      cardFrame.tabIndex = -1;
      cardFrame.setAttribute('aria-hidden', 'true');
      cardFrame.style.width = `${CARD_MAX_WIDTH}px`;
      cardFrame.style.height = '0px';
      panelFrame = frame('panel', 'Parallax');
      panelFrame.style.width = `${PANEL_START.width}px`;
      panelFrame.style.height = `${PANEL_START.height}px`;
      root.append(style, cardFrame, panelFrame);
      doc.documentElement.append(host);
    },
    card(text, rect, avoid = []) {
      const n = ++seq;
      if (!cardFrame) return;
      if (text === null || !rect) {
        cardFrame.classList.remove('shown');
        return;
      }
      void showCard(text).then(
        (size) => {
          if (n !== seq || !cardFrame) return;
          if (!size) {
            cardFrame.classList.remove('shown');
            return;
          }
          place(cardFrame, size, rect, avoid);
          cardFrame.classList.add('shown');
        },
        () => undefined,
      );
    },
    resizePanel(width, height) {
      if (!panelFrame) return;
      panelFrame.style.width = `${Math.min(Math.ceil(width), win.innerWidth - 24)}px`;
      panelFrame.style.height = `${Math.min(Math.ceil(height), win.innerHeight - 24)}px`;
    },
    close() {
      seq++;
      host?.remove();
      host = cardFrame = panelFrame = null;
    },
  };
}
