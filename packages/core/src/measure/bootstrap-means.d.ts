import type { Interval } from "./types.ts";
/** Options of {@link bootstrapMeans}. */
export interface BootstrapOptions {
    /** Bootstrap resamples; default 2000. */
    readonly resamples?: number;
    /** Seed of the {@link mulberry32} generator; default 0. */
    readonly seed?: number;
    /** Two-sided confidence level; default 0.95. */
    readonly confidence?: number;
}
/** Treatment against control for one mean. */
export interface BootstrapResult {
    /** Mean treatment − mean control, with the percentile interval. */
    readonly difference: Interval;
    /** Mean treatment / mean control − 1, with the percentile interval; `null` when a control resample's mean is 0. */
    readonly lift: Interval | null;
    /** Two-sided bootstrap p-value of "no difference": 2·min(#{d* ≤ 0}+1, #{d* ≥ 0}+1)/(B+1), at most 1. */
    readonly pValue: number;
}
/**
 * Percentile bootstrap (Efron & Tibshirani 1993, ch. 13): each resample draws every arm's units with replacement
 * within the arm (stratified by arm), so the unit passed in, e.g. the visitor, is what is resampled. Pure and
 * deterministic under `seed`; costs `resamples` × (n꜀ + nₜ) draws. Returns `null` when an arm is empty.
 */
export declare function bootstrapMeans(control: ArrayLike<number>, treatment: ArrayLike<number>, options?: BootstrapOptions): BootstrapResult | null;
