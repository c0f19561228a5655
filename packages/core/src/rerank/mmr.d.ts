import type { Candidate, EffectMessages, RerankContext, Reranked, Similarity } from "./types.ts";
/** Options of {@link mmr}. */
export interface MmrOptions {
    /** Weight of relevance against variety, λ in [0, 1]; 1 keeps the input order. Default 0.95 (the pipeline's at variety 0.5). */
    readonly lambda?: number;
    /** How items are compared; default `"category"` (same leaf 1, same top level 0.5, else 0). */
    readonly similarity?: Similarity;
    /** Overrides of the default effect texts. */
    readonly messages?: Partial<EffectMessages>;
}
/** Default texts of MMR's and DPP's effects (kind `"variety"`). */
export declare const varietyMessages: EffectMessages;
/**
 * Greedy MMR: each slot takes the candidate maximising λ·relevance·d − (1 − λ)·max similarity to the items already
 * in the slate, with relevance from {@link positionRelevance} and d the slot's {@link slotDiscount} (ties keep the
 * incoming order). O(k·n) similarities.
 */
export declare function mmr(candidates: readonly Candidate[], options: MmrOptions, context: RerankContext): Reranked;
