/**
 * Long work on a thread that must stay responsive (a page's main thread): the work calls a
 * pause often, and the pause yields to the event loop only once a slice's time is used up.
 * Used by the page snapshot (lib/extract/snapshot.ts) and the corpus import (lib/user-corpus).
 */

/** Let the event loop run other tasks (a new macrotask, not a microtask). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A pause that yields to the event loop only once `budgetMs` have passed since it last did:
 * the work runs in slices of about `budgetMs`, each its own task.
 */
export function timeSlices(
  budgetMs: number,
  now: () => number = () => performance.now(),
  yieldTask: () => Promise<void> = nextTask,
): () => Promise<void> {
  let sliceStart = now();
  return async () => {
    if (now() - sliceStart < budgetMs) return;
    await yieldTask();
    sliceStart = now();
  };
}
