/** Selection of the k best-scored items of a full score vector. */

/**
 * Indexes of the `k` highest scores, best first; ties go to the lower index and NaN ranks last.
 * Items flagged non-zero in `exclude` (e.g. already seen) are skipped. O(n log k).
 */
export function topK(scores: ArrayLike<number>, k: number, exclude?: ArrayLike<number>): Int32Array {
  const heap = new Int32Array(Math.max(0, Math.min(k, scores.length)));
  if (heap.length === 0) return heap;
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
  for (let i = 0; i < scores.length; i++) {
    if (exclude?.[i]) continue;
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
    } else if (worse(heap[0] ?? 0, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  const result = heap.slice(0, size);
  return result.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
