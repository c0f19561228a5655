/** Catalog coverage: how much of the catalog the top-k lists show at all. */

/** Share of the `numItems` catalog items that appear in the first `k` items of any list; 0 for an empty catalog. */
export function catalogCoverage(lists: Iterable<ArrayLike<number>>, numItems: number, k: number): number {
  if (numItems <= 0) return 0;
  const seen = new Uint8Array(numItems);
  let count = 0;
  for (const list of lists) {
    const n = Math.min(k, list.length);
    for (let r = 0; r < n; r++) {
      const item = list[r] ?? -1;
      if (item >= 0 && item < numItems && seen[item] === 0) {
        seen[item] = 1;
        count++;
      }
    }
  }
  return count / numItems;
}
