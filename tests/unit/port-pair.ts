// Two connected in-memory message ports (a Worker and the worker's global scope, in one thread),
// delivering each message in a later task like the real ones, without structured cloning.
import type { Port } from '../../lib/user-corpus';

export class MemoryPort extends EventTarget implements Port {
  other: MemoryPort | null = null;
  closed = false;

  postMessage(data: unknown): void {
    const to = this.other;
    setTimeout(() => {
      if (to && !to.closed && !this.closed) to.dispatchEvent(new MessageEvent('message', { data }));
    }, 0);
  }

  /** Like Worker.terminate(): neither side hears the other again. */
  terminate(): void {
    this.closed = true;
    if (this.other) this.other.closed = true;
  }
}

/** [the page's side, the worker's side]. */
export function portPair(): [MemoryPort, MemoryPort] {
  const page = new MemoryPort();
  const worker = new MemoryPort();
  page.other = worker;
  worker.other = page;
  return [page, worker];
}
