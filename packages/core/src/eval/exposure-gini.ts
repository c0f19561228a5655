/** Exposure Gini: how unequally position-weighted exposure falls on items (or on providers). */

/** Gini coefficient of non-negative values (0 = equal, → 1 = all on one); 0 when all are 0. */
export function gini(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i] ?? 0;
    total += v;
    weighted += (2 * (i + 1) - n - 1) * v;
  }
  return total === 0 ? 0 : weighted / (n * total);
}

/** Options of {@link exposureGini}. */
export interface ExposureGiniOptions {
  /** Cut-off. */
  readonly k: number;
  /** Number of items (or groups) that could be exposed, including those never shown. */
  readonly numItems: number;
  /** Maps an item to its group (e.g. provider index `< numItems`); default each item is its own group. */
  readonly groupOf?: (item: number) => number;
}

/**
 * Gini of exposure across the `numItems` items (or groups), where rank r of a list gives its item an exposure
 * of 1 / log2(r + 1).
 */
export function exposureGini(lists: Iterable<ArrayLike<number>>, options: ExposureGiniOptions): number {
  const exposure = new Float64Array(options.numItems);
  for (const list of lists) {
    const n = Math.min(options.k, list.length);
    for (let r = 0; r < n; r++) {
      const item = list[r] ?? -1;
      const slot = options.groupOf ? options.groupOf(item) : item;
      if (slot >= 0 && slot < exposure.length) exposure[slot] = (exposure[slot] ?? 0) + 1 / Math.log2(r + 2);
    }
  }
  return gini(exposure);
}
