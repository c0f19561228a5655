/** Calibration KL@k (Steck, "Calibrated Recommendations", RecSys 2018). */

/**
 * Category distribution of a set of items: each item spreads a weight of 1 evenly over its categories, then the
 * result is normalised to sum to 1. All zeros when no item has a category.
 */
export function categoryDistribution(
  items: ArrayLike<number>,
  categories: readonly (readonly number[])[],
  numCategories: number,
): Float64Array {
  const distribution = new Float64Array(numCategories);
  let total = 0;
  for (let p = 0; p < items.length; p++) {
    const cats = categories[items[p] ?? -1] ?? [];
    for (const c of cats) distribution[c] = (distribution[c] ?? 0) + 1 / cats.length;
    if (cats.length > 0) total++;
  }
  if (total > 0) for (let c = 0; c < numCategories; c++) distribution[c] = (distribution[c] ?? 0) / total;
  return distribution;
}

/** Options of {@link calibrationKl}. */
export interface CalibrationOptions {
  /** Cut-off. */
  readonly k: number;
  /** Smoothing of the list distribution toward the user's, q̃ = (1 − α)·q + α·p; default 0.01 (Steck 2018). */
  readonly alpha?: number;
}

/**
 * KL(p ‖ q̃) in nats, where p is the category distribution of the user's history (e.g. train items) and q that of
 * the list's first k items, smoothed by α. 0 when the history has no category.
 */
export function calibrationKl(
  history: ArrayLike<number>,
  list: ArrayLike<number>,
  categories: readonly (readonly number[])[],
  numCategories: number,
  options: CalibrationOptions,
): number {
  const alpha = options.alpha ?? 0.01;
  const p = categoryDistribution(history, categories, numCategories);
  const top = Array.from({ length: Math.min(options.k, list.length) }, (_, r) => list[r] ?? -1);
  const q = categoryDistribution(top, categories, numCategories);
  let kl = 0;
  for (let c = 0; c < numCategories; c++) {
    const pc = p[c] ?? 0;
    if (pc > 0) kl += pc * Math.log(pc / ((1 - alpha) * (q[c] ?? 0) + alpha * pc));
  }
  return kl;
}
