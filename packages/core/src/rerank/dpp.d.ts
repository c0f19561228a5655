import type { Candidate, EffectMessages, RerankContext, Reranked, Similarity } from "./types.ts";
/** Options of {@link dpp}. */
export interface DppOptions {
    /** Relevance–diversity trade-off θ in [0, 1] (the paper's θ); 1 keeps the input order. Default 0.95. */
    readonly theta?: number;
    /** Diversity only against the last `window` chosen items (the paper's sliding window); default the whole slate. */
    readonly window?: number;
    /** How items are compared; default `"category"`. */
    readonly similarity?: Similarity;
    /**
     * σ in [0, 1): the kernel is σ·similarity off the diagonal and 1 on it, which keeps it positive definite for a
     * positive semi-definite similarity (category and tag similarity are). Default 0.9.
     */
    readonly offDiagonal?: number;
    /** Overrides of the default effect texts (kind `"variety"`). */
    readonly messages?: Partial<EffectMessages>;
}
/**
 * Greedy DPP: with kernel L = Diag(q)·S·Diag(q) and q = exp(θ / (2(1 − θ))·relevance), each slot takes the item that
 * most increases log det L of the slate, i.e. maximises θ·relevance·d + (1 − θ)·log r, d the slot's
 * {@link slotDiscount} and relevance from {@link positionRelevance}, where r is the item's residual
 * (Schur complement) against the chosen items; r is updated by the paper's incremental Cholesky in O(k²·n) overall.
 * Items whose residual vanishes (already spanned) are left for last, in incoming order.
 */
export declare function dpp(candidates: readonly Candidate[], options: DppOptions, context: RerankContext): Reranked;
