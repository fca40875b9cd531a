/**
 * Typed messaging over the one protocol in lib/protocol.ts. Senders get a typed reply;
 * listeners only ever see well-formed envelopes from our own extension.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { envelope, isEnvelope, type Envelope, type MessageName, type Messages } from '@/lib/protocol';

export async function send<K extends MessageName>(
  type: K,
  payload: Messages[K]['payload'],
): Promise<Messages[K]['reply']> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as Messages[K]['reply'];
}

/** Broadcast to extension pages; no receiver (popup closed) is not an error. */
export function broadcast<K extends MessageName>(type: K, payload: Messages[K]['payload']): void {
  browser.runtime.sendMessage(envelope(type, payload)).catch(() => undefined);
}

export type Handlers = {
  [K in MessageName]?: (
    payload: Messages[K]['payload'],
    sender: Runtime.MessageSender,
  ) => Promise<Messages[K]['reply']> | Messages[K]['reply'];
};

/** True when a message comes from this extension (its pages or its content scripts). */
export function fromUs(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Listens for protocol messages. Anything that is not a well-formed envelope from our own
 * extension is ignored (pages cannot reach `runtime.onMessage`, but be strict anyway), and so
 * is a message from a sender `accept` refuses: not answered at all, so another listener can.
 */
export function listen(
  handlers: Handlers,
  accept: (sender: Runtime.MessageSender) => boolean = () => true,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !fromUs(sender) || !accept(sender)) return undefined;
    const env = message as Envelope;
    const handler = handlers[env.type] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(env.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** To the content script of one tab (its top frame unless told), typed. */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  type: K,
  payload: Messages[K]['payload'],
  options: { frameId?: number } = { frameId: 0 },
): Promise<Messages[K]['reply']> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, payload), options)) as Messages[K]['reply'];
}
