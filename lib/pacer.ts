/**
 * Bounded work over time: a token bucket, and a pacer that runs one job per request at most
 * as often as the bucket allows, debounced to the latest state. Requests that come while a
 * run is waiting join it (the run reads the state as it is when it starts), so a page that
 * navigates every 50 ms gets a handful of runs, not one per navigation. Pure: the clock and
 * the timer are given.
 */

export interface Rate {
  /** Runs allowed at once (a burst). */
  burst: number;
  /** One more run is allowed after this long, up to `burst`. */
  refillMs: number;
}

export interface TokenBucket {
  /** Takes one token if there is one. */
  take(): boolean;
  /** How long until a token is available (0: now). */
  wait(): number;
}

export function tokenBucket(rate: Rate, now: () => number): TokenBucket {
  let tokens = rate.burst;
  let last = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(rate.burst, tokens + (t - last) / rate.refillMs);
    last = t;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    wait() {
      refill();
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * rate.refillMs);
    },
  };
}

export interface PacerDeps {
  rate: Rate;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
  /** The job; a run starts only after the previous one has finished. */
  run: () => Promise<unknown>;
}

export interface Pacer {
  /** Asks for a run after at least `settleMs` (0: as soon as the budget allows). */
  request(settleMs?: number): void;
  /** Drops a waiting run. */
  cancel(): void;
  /** Runs started so far. */
  readonly runs: number;
}

export function createPacer({ rate, now, setTimer, clearTimer, run }: PacerDeps): Pacer {
  const bucket = tokenBucket(rate, now);
  let timer: unknown = null;
  let running = false;
  let pending = false;
  let settle = 0;
  let runs = 0;

  const fire = () => {
    timer = null;
    if (!bucket.take()) {
      schedule(bucket.wait());
      return;
    }
    running = true;
    runs++;
    void run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (pending) {
          pending = false;
          schedule(settle);
        }
      });
  };

  const schedule = (settleMs: number) => {
    // A request while a run is waiting joins it: never postponed, so a stream of requests
    // still gets its runs, each reading the latest state.
    if (timer !== null) return;
    timer = setTimer(fire, Math.max(settleMs, bucket.wait()));
  };

  return {
    request(settleMs = 0) {
      settle = settleMs;
      if (running) {
        pending = true;
        return;
      }
      schedule(settleMs);
    },
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pending = false;
    },
    get runs() {
      return runs;
    },
  };
}
