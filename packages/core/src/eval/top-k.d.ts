/** Selection of the k best-scored items of a full score vector. */
/**
 * Indexes of the `k` highest scores, best first; ties go to the lower index and NaN ranks last.
 * Items flagged non-zero in `exclude` (e.g. already seen) are skipped. O(n log k).
 */
export declare function topK(scores: ArrayLike<number>, k: number, exclude?: ArrayLike<number>): Int32Array;
