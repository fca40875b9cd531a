import { describe, expect, it } from 'vitest';
import { createPacer, tokenBucket } from '@/lib/pacer';

/** A clock and timers the test moves by hand. */
function fakeTime() {
  let t = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.push({ at: t + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((x) => x.id !== id);
    },
    async advance(ms: number) {
      const end = t + ms;
      for (let i = 0; i < 5; i++) await Promise.resolve();
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > end) break;
        timers.shift();
        t = due.at;
        due.fn();
        for (let i = 0; i < 5; i++) await Promise.resolve();
      }
      t = end;
    },
  };
}

describe('tokenBucket', () => {
  it('allows a burst, then one per refill period', () => {
    let now = 0;
    const b = tokenBucket({ burst: 2, refillMs: 1000 }, () => now);
    expect([b.take(), b.take(), b.take()]).toEqual([true, true, false]);
    expect(b.wait()).toBe(1000);
    now = 600;
    expect(b.take()).toBe(false);
    expect(b.wait()).toBe(400);
    now = 1000;
    expect(b.take()).toBe(true);
  });
});

describe('createPacer', () => {
  it('bounds a navigation every 50 ms for 10 s to the burst plus one run per refill', async () => {
    const time = fakeTime();
    let runs = 0;
    const pacer = createPacer({
      rate: { burst: 5, refillMs: 3000 },
      ...time,
      run: async () => {
        runs++;
      },
    });
    for (let i = 0; i < 200; i++) {
      pacer.request(300);
      await time.advance(50);
    }
    await time.advance(1000);
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(runs).toBeLessThanOrEqual(5 + Math.ceil(11_000 / 3000));
    expect(pacer.runs).toBe(runs);
  });

  it('runs a lone request after its settle time, and joins requests made while it waits', async () => {
    const time = fakeTime();
    const started: number[] = [];
    const pacer = createPacer({
      rate: { burst: 5, refillMs: 3000 },
      ...time,
      run: async () => {
        started.push(time.now());
      },
    });
    pacer.request(500);
    await time.advance(100);
    pacer.request(500);
    await time.advance(1000);
    expect(started).toEqual([500]);
  });

  it('never overlaps runs: a request during a run gets one more run after it', async () => {
    const time = fakeTime();
    let active = 0;
    let most = 0;
    let finish: () => void = () => undefined;
    const pacer = createPacer({
      rate: { burst: 5, refillMs: 3000 },
      ...time,
      run: () => {
        active++;
        most = Math.max(most, active);
        return new Promise<void>((r) => {
          finish = () => {
            active--;
            r();
          };
        });
      },
    });
    pacer.request();
    await time.advance(0);
    pacer.request();
    pacer.request();
    expect(pacer.runs).toBe(1);
    finish();
    await time.advance(10);
    expect(pacer.runs).toBe(2);
    finish();
    await time.advance(10);
    expect(pacer.runs).toBe(2);
    expect(most).toBe(1);
  });

  it('drops a waiting run on cancel', async () => {
    const time = fakeTime();
    let runs = 0;
    const pacer = createPacer({ rate: { burst: 1, refillMs: 1000 }, ...time, run: async () => void runs++ });
    pacer.request(100);
    pacer.cancel();
    await time.advance(5000);
    expect(runs).toBe(0);
  });
});
