/** Provider fairness by FA*IR (Zehlike et al., CIKM 2017): a minimum share of a protected group in every prefix. */
import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";
/** Options of {@link fairTopK}. */
export interface FairTopKOptions {
    /** Target minimum proportion p in [0, 1) of protected items; 0 keeps the input order. Default 0.2. */
    readonly p?: number;
    /** Significance α of the per-prefix test; default 0.1 (the paper's). */
    readonly alpha?: number;
    /** Multiple-testing adjustment of α; default `true`. */
    readonly adjust?: boolean;
    /** Overrides of the default effect texts (kind `"provider-fairness"`), e.g. to name the protected group. */
    readonly messages?: Partial<EffectMessages>;
}
/** Default texts of provider fairness's effects. */
export declare const providerFairnessMessages: EffectMessages;
/**
 * FA*IR's greedy: slot i takes the best protected item (by incoming order) when the slate has fewer than m(i)
 * ({@link fairMinimums}), else the better of the best protected and the best unprotected. Each group keeps its
 * incoming order; when protected candidates run out the minimums cannot all hold and the rest is filled by order.
 * The protected group is `context.isProtected`; without it, a no-op. Items `items` does not know are unprotected.
 */
export declare function fairTopK(candidates: readonly Candidate[], options: FairTopKOptions, context: RerankContext): Reranked;
