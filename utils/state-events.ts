import browser from 'webextension-polyfill';
import { isEnvelope, type Envelope } from '@/lib/protocol';

/** Calls `fn(tabId)` whenever the background says a tab's state changed. */
export function onStateChanged(fn: (tabId: number) => void): () => void {
  const listener = (message: unknown) => {
    if (isEnvelope(message) && message.type === 'bg/state-changed') {
      fn((message as Envelope<'bg/state-changed'>).payload.tabId);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
