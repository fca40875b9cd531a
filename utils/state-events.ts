import { listen } from './messaging';

/**
 * Calls `fn(tabId)` whenever the background says a tab's state changed: through `listen`,
 * so only the background's broadcast counts.
 */
export function onStateChanged(fn: (tabId: number) => void): () => void {
  return listen({ 'bg/state-changed': ({ tabId }) => fn(tabId) });
}
