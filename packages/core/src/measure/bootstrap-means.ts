/** A seeded percentile bootstrap for the difference and ratio of two means (e.g. revenue per visitor). */
import { mulberry32 } from "../internal/mulberry32.ts";
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
export function bootstrapMeans(
  control: ArrayLike<number>,
  treatment: ArrayLike<number>,
  options: BootstrapOptions = {},
): BootstrapResult | null {
  const resamples = options.resamples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  const nc = control.length;
  const nt = treatment.length;
  if (nc === 0 || nt === 0 || resamples < 1) return null;
  const random = mulberry32(options.seed ?? 0);
  const diffs = new Float64Array(resamples);
  const ratios = new Float64Array(resamples);
  let ratioDefined = true;
  let atMost = 0;
  let atLeast = 0;
  for (let b = 0; b < resamples; b++) {
    const mc = resampleMean(control, random);
    const mt = resampleMean(treatment, random);
    const d = mt - mc;
    diffs[b] = d;
    if (d <= 0) atMost++;
    if (d >= 0) atLeast++;
    if (mc > 0) ratios[b] = mt / mc - 1;
    else ratioDefined = false;
  }
  const mc = mean(control);
  const mt = mean(treatment);
  const alpha = 1 - confidence;
  const interval = (values: Float64Array, estimate: number): Interval => {
    values.sort();
    return { estimate, low: quantile(values, alpha / 2), high: quantile(values, 1 - alpha / 2) };
  };
  return {
    difference: interval(diffs, mt - mc),
    lift: ratioDefined && mc > 0 ? interval(ratios, mt / mc - 1) : null,
    pValue: Math.min(1, (2 * (Math.min(atMost, atLeast) + 1)) / (resamples + 1)),
  };
}

function resampleMean(values: ArrayLike<number>, random: () => number): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)] as number;
  return sum / n;
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Linear-interpolation quantile of sorted values (Hyndman & Fan type 7). */
function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
