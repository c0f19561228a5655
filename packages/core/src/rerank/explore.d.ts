import type { Candidate, ClickCounts, EffectMessages, RerankContext, Reranked } from "./types.ts";
/** Options of {@link explore}. */
export interface ExploreOptions {
    /**
     * Expected share of the k slots given to exploration, in [0, 0.5]; the count is share·k rounded up or down at
     * random (seeded) so the share holds on average. 0 is a no-op. Default 0.1.
     */
    readonly share?: number;
    /** Exploration slots come only after this many slots; default ⌊k / 2⌋, so the top of the slate stays as ranked. */
    readonly after?: number;
    /** Beta prior as pseudo-counts added to every item's feedback; default none (Beta(1, 1)). */
    readonly prior?: ClickCounts;
    /** Overrides of the default effect texts (kind `"exploration"`): `added` marks the slot, `down` the items it displaced. */
    readonly messages?: Partial<EffectMessages>;
}
/** Default texts of exploration's effects. */
export declare const explorationMessages: EffectMessages;
/**
 * Keeps the first k − m incoming items for the exploit slots and fills m exploration slots, drawn at random among
 * the slots after `after`, with the candidates below them that have the highest Thompson sample θ ~ Beta(1 + clicks,
 * 1 + impressions − clicks) (Chapelle & Li, "An Empirical Evaluation of Thompson Sampling", NIPS 2011): items with
 * little feedback vary most and so get explored. Each such item carries an effect of kind `"exploration"` whose
 * amount is its slot. Without `context.feedback` a no-op; with an empty map every item is equally unknown.
 */
export declare function explore(candidates: readonly Candidate[], options: ExploreOptions, context: RerankContext): Reranked;
/** Whether a slate item holds an exploration slot (an effect of kind `"exploration"` with a positive amount). */
export declare function isExplorationSlot(item: {
    readonly effects: readonly {
        kind: string;
        amount: number;
    }[];
}): boolean;
