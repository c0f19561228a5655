import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";
/** Options of {@link amortizeExposure}. */
export interface AmortizeExposureOptions {
    /** Weight β in [0, 1] of the exposure deficit against relevance; 0 keeps the input order. Default 0.1 (the pipeline's at variety 0.5). */
    readonly strength?: number;
    /** Overrides of the default effect texts (kind `"exposure"`). */
    readonly messages?: Partial<EffectMessages>;
}
/** Default texts of exposure amortization's effects. */
export declare const exposureMessages: EffectMessages;
/**
 * Greedy: each slot takes the candidate maximising (1 − β)·relevance·d + β·ē / (ē + e), where e is its provider's
 * exposure so far (the tracker's, plus what this slate already gave it), ē the mean tracked exposure of the
 * candidates' providers (so a provider at the mean gets ½, a never-shown one 1), relevance from
 * {@link positionRelevance} and d the slot's {@link slotDiscount}. Items without a provider get no boost. No tracker,
 * or nothing tracked yet for these providers: a no-op.
 */
export declare function amortizeExposure(candidates: readonly Candidate[], options: AmortizeExposureOptions, context: RerankContext): Reranked;
