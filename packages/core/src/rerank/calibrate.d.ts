import type { Candidate, CatalogItem, EffectMessages, RerankContext, Reranked } from "./types.ts";
/** Options of {@link calibrate}. */
export interface CalibrateOptions {
    /** Weight λ in [0, 1] of calibration against relevance (Steck's λ); 0 keeps the input order. Default 0.2 (the pipeline's at variety 0.5). */
    readonly lambda?: number;
    /** Smoothing α of the slate's mix toward the history's, q̃ = (1 − α)·q + α·p; default 0.01 (Steck 2018). */
    readonly alpha?: number;
    /** Overrides of the default effect texts (kind `"calibration"`). */
    readonly messages?: Partial<EffectMessages>;
}
/** Default texts of calibration's effects. */
export declare const calibrationMessages: EffectMessages;
/** The default category accessor: the leaf category, or none. */
export declare function leafCategory(item: CatalogItem): readonly string[];
/**
 * Steck's greedy calibration: each slot takes the candidate maximising (1 − λ)·relevance·d − λ·KL(p ‖ q̃) of the slate
 * with it, where p is the history mix (`context.history`), q the slate's (each item spreads a weight of 1 evenly over
 * its categories), relevance from {@link positionRelevance} and d the slot's {@link slotDiscount}. q counts the k slots to be filled (q_c = weight in c
 * / k), so the first slots are not pulled toward the whole mix at once: at the k-th slot this is Steck's KL of the
 * full list, and on the way it costs less relevance at the top for the same final KL. Only the item's own
 * categories change between candidates, so a slot costs O(|history categories| + Σ categories). No history: a no-op.
 */
export declare function calibrate(candidates: readonly Candidate[], options: CalibrateOptions, context: RerankContext): Reranked;
