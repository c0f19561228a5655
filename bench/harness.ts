/** Benchmark harness: timing loops and figures. Timings are only ever reported, never asserted. */

/** One reported figure. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** Nanoseconds per call of `fn`, the median of `rounds` timed batches after a warm-up. */
export function nsPerOp(fn: (i: number) => unknown, { batch = 100_000, rounds = 7 } = {}): number {
  let sink = 0;
  for (let i = 0; i < batch; i++) sink ^= fn(i) ? 1 : 0;
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink ^= fn(i) ? 1 : 0;
    samples.push(Number(process.hrtime.bigint() - start) / batch);
  }
  if (sink === 42) console.log("");
  return median(samples);
}

/** Milliseconds of each of `runs` calls, as a sorted array (for percentiles). */
export function msSamples(fn: (i: number) => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

/** The q-quantile (0–1) of sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The median of samples. */
export function median(samples: readonly number[]): number {
  return quantile(
    [...samples].sort((a, b) => a - b),
    0.5,
  );
}

/** Rounds for display: three significant digits. */
export function round(value: number): number {
  return Number(value.toPrecision(3));
}
