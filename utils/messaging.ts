/**
 * Typed messaging over the one protocol in lib/protocol.ts, the one `onMessage` path of every
 * context. Senders get a typed reply; listeners only ever see well-formed envelopes whose
 * sender may send them (lib/senders.ts: content scripts speak for their own tab only,
 * `ui/...` only from the extension's pages, `bg/...` only from the background).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { envelope, isEnvelope, type MessageName, type Messages } from '@/lib/protocol';
import { callerOf, type CallerOf } from '@/lib/senders';

export type Payload<K extends MessageName> = Messages[K]['payload'];
export type Reply<K extends MessageName> = Messages[K]['reply'];

export async function send<K extends MessageName>(type: K, payload: Payload<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as Reply<K>;
}

/**
 * A message to the content script of one tab (its top frame unless told). Resolves with its reply (undefined when the
 * script does not answer that message); rejects when the tab has no content script.
 */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  type: K,
  payload: Payload<K>,
  options: { frameId?: number } = { frameId: 0 },
): Promise<Reply<K> | undefined> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, payload), options)) as Reply<K> | undefined;
}
export type SendToTab = typeof sendToTab;

/** Broadcast to extension pages; no receiver (popup closed) is not an error. */
export function broadcast<K extends MessageName>(type: K, payload: Payload<K>): void {
  browser.runtime.sendMessage(envelope(type, payload)).catch(() => undefined);
}
export type Broadcast = typeof broadcast;

export type Handlers = {
  [K in MessageName]?: (payload: Payload<K>, caller: CallerOf<K>) => Promise<Reply<K>> | Reply<K>;
};

/**
 * Listens for protocol messages. Anything that is not a well-formed envelope of a message its
 * sender may send is ignored (no reply, as if nobody listened), and so is one from a sender
 * `accept` refuses (an extension frame hears every content script: it takes its own tab's).
 */
export function listen(
  handlers: Handlers,
  accept: (sender: Runtime.MessageSender) => boolean = () => true,
): () => void {
  const own = { extensionId: browser.runtime.id, origin: browser.runtime.getURL('') };
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, c: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    const caller = callerOf(message.type, message.payload, sender, own);
    if (!caller || !accept(sender)) return undefined;
    return Promise.resolve(handler(message.payload, caller));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
