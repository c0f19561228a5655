/**
 * Accuracy of one ranked list against one user's held-out items (QUALITY.md protocol G): Recall, Precision,
 * NDCG, MRR, Hit and MAP at a cut-off k. Lists are item indexes, best first, without repeats.
 */
/** Number of the list's first `k` items that are relevant. */
export declare function hitsAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
/** Recall@k = hits / |relevant|; 0 when nothing is relevant. */
export declare function recallAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
/** Precision@k = hits / k (a list shorter than k is not rewarded for it). */
export declare function precisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
/** Hit@k: 1 when any of the first k items is relevant, else 0. */
export declare function hitAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
/** MRR@k: 1 / rank of the first relevant item within the first k, else 0. */
export declare function mrrAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
/**
 * NDCG@k with binary gains: DCG = Σ over relevant items at rank r ≤ k of 1 / log2(r + 1), divided by the ideal
 * DCG of min(|relevant|, k) hits at the top; 0 when nothing is relevant.
 */
export declare function ndcgAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
/**
 * MAP@k (RecBole's definition): Σ over relevant items at rank r ≤ k of Precision@r, divided by min(|relevant|, k);
 * 0 when nothing is relevant.
 */
export declare function averagePrecisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number;
