/** One benchmark's result: printed lines and whether each target held. */
export interface BenchReport {
  name: string;
  lines: string[];
  targets: { label: string; ok: boolean }[];
}

/** Median and p95 of a list of numbers (milliseconds). */
export function stats(samples: number[]): { median: number; p95: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { median: at(0.5), p95: at(0.95), mean };
}

/** Time `fn` over `runs` runs after `warmup` runs; returns milliseconds per run. */
export function time(fn: () => unknown, runs = 20, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
