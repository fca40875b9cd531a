/**
 * The content script's lifetime: timers and listeners that end with it. It replaces WXT's
 * `ContentScriptContext` (wxt.config.ts aliases `wxt/utils/content-script-context` here), whose
 * constructor posts `{type: "<extension id>:content:wxt:content-script-started"}` to `window`
 * (every page learns the extension's id) and whose own listener lets any page shut the content
 * script down with a `CustomEvent` of that name; its location watcher dispatches page-visible,
 * page-spoofable `wxt:locationchange` events. Nothing here touches the page's world.
 *
 * The one owner of cleanup: whatever must stop with the content script registers here once.
 * The context ends when the extension is reloaded or updated (an orphaned script:
 * `browser.runtime.id` is gone), which `isInvalid` notices; the location watcher polls it.
 */
import browser from 'webextension-polyfill';

/** What the content script's parts need of their lifetime (WXT's class has the same shape). */
export interface Lifetime {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  setInterval(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
}

export class ContentScriptContext implements Lifetime {
  readonly #abort = new AbortController();

  // WXT's entrypoint calls `new ContentScriptContext(name, options)`; neither is needed.
  constructor(
    readonly contentScriptName = 'content',
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isInvalid(): boolean {
    if (!this.#abort.signal.aborted && runtimeGone()) this.notifyInvalidated();
    return this.#abort.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.#abort.abort(reason);
  }

  /** Ends the context: every `onInvalidated` callback runs once. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    if (this.#abort.signal.aborted) {
      cb();
      return () => undefined;
    }
    this.#abort.signal.addEventListener('abort', cb, { once: true });
    return () => this.#abort.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles: for work that must not go on after the end. */
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (this.isValid) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context ends. Plain event names only (no `wxt:` events). */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.#abort.signal });
  }
}

function runtimeGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}
