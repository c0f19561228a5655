import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";
/** Options of {@link xquad}. */
export interface XquadOptions {
    /** Weight λ in [0, 1] of head/tail coverage against relevance; 0 keeps the input order. Default 0.25 (the pipeline's at variety 0.5). */
    readonly lambda?: number;
    /**
     * P(tail | shopper), the share the tail deserves, e.g. the long-tail share of the shopper's history for the
     * paper's personalised variant; default 0.5 (head and tail alike).
     */
    readonly tailWeight?: number;
    /** Overrides of the default effect texts (kind `"long-tail"`). */
    readonly messages?: Partial<EffectMessages>;
}
/** Default texts of the long-tail stage's effects. */
export declare const longTailMessages: EffectMessages;
/**
 * Greedy xQuAD: each slot takes the candidate maximising (1 − λ)·relevance·d + λ·P(g | shopper)·(1 − share of g in
 * the slate so far), g its group (head or tail, from `context.longTail`; an empty slate leaves both uncovered), with
 * relevance from {@link positionRelevance} and d the slot's {@link slotDiscount}. O(k·n). No `longTail` in the context: a no-op.
 */
export declare function xquad(candidates: readonly Candidate[], options: XquadOptions, context: RerankContext): Reranked;
