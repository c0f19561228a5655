/** Benchmark harness: timing loops and figures. Timings are only ever reported, never asserted. */
/** One reported figure. */
export interface Figure {
    readonly name: string;
    readonly value: number;
    readonly unit: string;
}
/** Nanoseconds per call of `fn`, the median of `rounds` timed batches after a warm-up. */
export declare function nsPerOp(fn: (i: number) => unknown, { batch, rounds }?: {
    batch?: number | undefined;
    rounds?: number | undefined;
}): number;
/** Milliseconds of each of `runs` calls, as a sorted array (for percentiles). */
export declare function msSamples(fn: (i: number) => unknown, runs: number): number[];
/** The q-quantile (0–1) of sorted samples. */
export declare function quantile(sorted: readonly number[], q: number): number;
/** The median of samples. */
export declare function median(samples: readonly number[]): number;
/** Rounds for display: three significant digits. */
export declare function round(value: number): number;
