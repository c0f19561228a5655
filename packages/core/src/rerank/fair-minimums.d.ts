/** FA*IR's table of minimum protected counts per prefix, with the multiple-testing adjustment (Zehlike et al. 2017). */
/** Options of {@link fairMinimums}. */
export interface FairMinimumsOptions {
    /** Significance α in (0, 1) of each ranked group fairness test; default 0.1. */
    readonly alpha?: number;
    /** Adjust α for testing every prefix (the paper's α_c), so a fair ranking fails with probability α; default `true`. */
    readonly adjust?: boolean;
}
/** Probability that a ranking whose items are protected with probability p each fails some prefix minimum. */
export declare function fairFailureProbability(minimums: ArrayLike<number>, p: number): number;
/**
 * Minimum number of protected items in each prefix 1…k (`result[i − 1]` for prefix i) for a target proportion p:
 * FA*IR's m(i) = F⁻¹(α_c; i, p), where α_c is the largest α' ≤ α (binary search) whose table a fair ranking fails
 * with probability ≤ α (Zehlike et al., "FA*IR: A Fair Top-k Ranking Algorithm", CIKM 2017). p = 0 gives zeros.
 */
export declare function fairMinimums(k: number, p: number, options?: FairMinimumsOptions): Int32Array;
