/**
 * Offers item `j` with value `v` to a min-heap of the `k` largest values kept in `items`/`values` (root = weakest;
 * on equal values the lower index wins) and returns the heap's new size. Item-kNN keeps each item's neighbours with
 * it, sparse EASE its strongest co-occurring items.
 */
export function offerTop(
  items: Int32Array,
  sims: Float64Array,
  size: number,
  k: number,
  j: number,
  sim: number,
): number {
  const weaker = (a: number, b: number) => {
    const sa = sims[a] ?? 0;
    const sb = sims[b] ?? 0;
    return sa < sb || (sa === sb && (items[a] ?? 0) > (items[b] ?? 0));
  };
  const swap = (a: number, b: number) => {
    const item = items[a] ?? 0;
    const s = sims[a] ?? 0;
    items[a] = items[b] ?? 0;
    sims[a] = sims[b] ?? 0;
    items[b] = item;
    sims[b] = s;
  };
  if (size < k) {
    items[size] = j;
    sims[size] = sim;
    let at = size;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!weaker(at, parent)) break;
      swap(at, parent);
      at = parent;
    }
    return size + 1;
  }
  const root = sims[0] ?? 0;
  if (sim < root || (sim === root && j > (items[0] ?? 0))) return size;
  items[0] = j;
  sims[0] = sim;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && weaker(right, left) ? right : left;
    if (!weaker(child, at)) break;
    swap(child, at);
    at = child;
  }
  return size;
}
