/**
 * Long work cut into steps: a generator yields between steps, and whoever drives it decides
 * what happens there. `runSteps` runs them all at once (a worker, Node); `driveSteps` awaits a
 * pause between steps (`timeSlices` of lib/slices.ts), so that a page's main thread can paint
 * and handle input, and a cancel can be heard. The result never depends on the pauses: only
 * when the work gets done does.
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
