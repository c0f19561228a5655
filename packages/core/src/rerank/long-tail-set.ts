/** The long tail of a catalog: items outside the head that holds most interactions (Abdollahpouri et al. 2019). */

/** Options of {@link longTailSet}. */
export interface LongTailSetOptions {
  /** Share of all interactions the head holds; default 0.8 (the usual 80/20 split). */
  readonly headShare?: number;
}

/**
 * The long-tail items of `popularity` (item → interaction count): all but the most popular items (ties by id)
 * that together hold `headShare` of the interactions. Compute it once per catalog, not per request.
 */
export function longTailSet(
  popularity: ReadonlyMap<string, number>,
  options: LongTailSetOptions = {},
): Set<string> {
  const headShare = options.headShare ?? 0.8;
  const entries = [...popularity].filter(([, count]) => Number.isFinite(count) && count >= 0);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let total = 0;
  for (const [, count] of entries) total += count;
  const tail = new Set<string>();
  let cumulative = 0;
  for (const [item, count] of entries) {
    if (cumulative >= headShare * total || count === 0) tail.add(item);
    else cumulative += count;
  }
  return tail;
}
