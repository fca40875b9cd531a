/**
 * Parallax's frame on a news page (`inpage.html?part=card` or `?part=panel`), created by the
 * content script inside its closed shadow root. It is an extension page: the news page can
 * neither read it (find, selection, DOM) nor send it events. It asks the background for its
 * own tab's marks; the card answers only its own tab's content script ('page/show-card', top
 * frame; in Firefox passed on by the background as 'bg/show-card'); the panel tells that content script what the reader focused, by `tabs.sendMessage`.
 */
import { render } from 'preact';
import type { Runtime } from 'webextension-polyfill';
import { Card } from '@/components/inpage/Card';
import { Panel } from '@/components/inpage/Panel';
import type { PageMarks } from '@/lib/marks';
import { listen, send, sendToTab } from '@/utils/messaging';
import './style.css';

const app = document.getElementById('app')!;
const query = new URLSearchParams(location.search);
const part = query.get('part');
/** The news page's viewport height: the open list takes at most 60% of it. */
const pageHeight = Number(query.get('vh')) || 900;
app.style.setProperty('--list-max', `${Math.max(160, Math.min(520, Math.round(pageHeight * 0.6)))}px`);

function size(): { width: number; height: number } {
  const r = app.getBoundingClientRect();
  return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
}

async function main(): Promise<void> {
  const mine = await send('frame/get-marks', {}).catch(() => null);
  if (!mine) return;
  const { tabId } = mine;
  let marks: PageMarks | null = mine.marks;
  const fromMyPage = (sender: Runtime.MessageSender) => sender.tab?.id === tabId && sender.frameId === 0;

  if (part === 'card') {
    const showCard = async ({ text }: { text: string | null }) => {
      // The marks may have been recomputed since the frame opened (a corpus change).
      let mark = marks?.sentences.find((s) => s.text === text);
      if (!mark && text !== null) {
        marks = (await send('frame/get-marks', {}).catch(() => null))?.marks ?? null;
        mark = marks?.sentences.find((s) => s.text === text);
      }
      if (!mark) {
        render(null, app);
        return null;
      }
      render(<Card mark={mark} />, app);
      return size();
    };
    // Chrome: every extension page hears a content script's runtime message, so only the card
    // of the sender's own tab answers it.
    listen({ 'page/show-card': showCard }, fromMyPage);
    // Firefox: the background passes it on to this tab's frames only (bg/show-card).
    listen({ 'bg/show-card': showCard });
    return;
  }

  if (part === 'panel' && marks) {
    const toPage = <K extends 'frame/focus' | 'frame/resize' | 'frame/turn-off'>(
      type: K,
      payload: Parameters<typeof sendToTab<K>>[2],
    ) => void sendToTab(tabId, type, payload).catch(() => undefined);
    render(
      <Panel
        marks={marks}
        onFocusSentence={(text) => toPage('frame/focus', { text })}
        onTurnOff={() => toPage('frame/turn-off', {})}
        onMarkShared={(on) => void send('frame/set-mark-shared', { on }).catch(() => undefined)}
      />,
      app,
    );
    new ResizeObserver(() => toPage('frame/resize', size())).observe(app);
  }
}

void main();
