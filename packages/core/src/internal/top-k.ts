/** The one selection of the k best-scored indexes of a score vector (evaluation lists, serving candidates). */

/**
 * Indexes of the `k` highest of the first `n` scores (default: all), best first; ties go to the lower index and
 * NaN ranks last. Items flagged by `exclude` (non-zero in a mask, or `true` from a predicate, e.g. already seen)
 * are skipped; `exclude` is only asked about items good enough to enter the result, which most of a large
 * catalog never is. A bounded heap: O(n log k).
 */
export function topK(
  scores: ArrayLike<number>,
  k: number,
  exclude?: ArrayLike<number> | ((index: number) => boolean),
  n: number = scores.length,
): Int32Array {
  const count = Math.min(n, scores.length);
  const heap = new Int32Array(Math.max(0, Math.min(k, count)));
  if (heap.length === 0) return heap;
  const skip: (index: number) => boolean =
    exclude === undefined
      ? () => false
      : typeof exclude === "function"
        ? exclude
        : (index) => Boolean(exclude[index]);
  const value = (i: number) => {
    const s = scores[i] ?? Number.NaN;
    return Number.isNaN(s) ? Number.NEGATIVE_INFINITY : s;
  };
  // `worse(a, b)`: a ranks below b. The heap keeps the worst kept item at the root.
  const worse = (a: number, b: number) => {
    const va = value(a);
    const vb = value(b);
    return va < vb || (va === vb && a > b);
  };
  let size = 0;
  const siftDown = (start: number) => {
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      let child = left;
      if (right < size && worse(heap[right] ?? 0, heap[left] ?? 0)) child = right;
      if (!worse(heap[child] ?? 0, heap[at] ?? 0)) return;
      const swap = heap[at] ?? 0;
      heap[at] = heap[child] ?? 0;
      heap[child] = swap;
      at = child;
    }
  };
  for (let i = 0; i < count; i++) {
    if (size === heap.length && !worse(heap[0] ?? 0, i)) continue;
    if (skip(i)) continue;
    if (size < heap.length) {
      let at = size++;
      heap[at] = i;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at] ?? 0, heap[parent] ?? 0)) break;
        const swap = heap[at] ?? 0;
        heap[at] = heap[parent] ?? 0;
        heap[parent] = swap;
        at = parent;
      }
    } else {
      heap[0] = i;
      siftDown(0);
    }
  }
  const result = heap.slice(0, size);
  return result.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
