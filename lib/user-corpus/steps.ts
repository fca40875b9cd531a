/**
 * Long work cut into steps: a generator yields between steps, and whoever drives it decides
 * what happens there. `runSteps` runs them all at once (a worker, Node); `driveSteps` awaits a
 * pause between steps, so that a page's main thread can paint and handle input, and a cancel
 * can be heard. The result never depends on the pauses: only when the work gets done does.
 */

/** Run every step at once and return the result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A pause between two steps; `signal` is checked after each one. */
export interface Pacing {
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

/** Run the steps with `pause` awaited between them; throws the abort reason once `signal` aborts. */
export async function driveSteps<T>(steps: Generator<void, T>, { pause, signal }: Pacing = {}): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const next = steps.next();
    if (next.done) return next.value;
    if (pause) await pause();
  }
}

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
