import type { RerankConfig, RerankStageConfig } from "./rerank-config.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";
/** The pipeline's outcome: the slate, the rest, and what the hard filters removed. */
export interface RerankResult extends Reranked {
    /** Ids of the candidates the hard filters (`context.isAllowed`) removed, in input order. */
    readonly removed: readonly string[];
}
/** Default texts for items that moved up because the re-check removed an item above them (kind `"filter"`). */
export declare const filterMessages: EffectMessages;
/** Runs one configured stage. */
export declare function runStage(candidates: readonly Candidate[], config: RerankStageConfig, context: RerankContext): Reranked;
/**
 * Re-ranks candidates (best first, e.g. by score) into a slate of `context.k`. Candidates that `context.isAllowed`
 * refuses, or that `context.items` does not know while `isAllowed` is set, are removed first; the stages then run
 * in order, each on the previous one's order (see {@link positionRelevance}); finally every slate item is checked
 * again and any refused one is dropped and the slate refilled from the rest, so no filtered item enters a slate.
 * Each slate item carries the effects of every stage that moved or added it. Pure and deterministic under
 * `context.seed`. Validate `config` once with {@link parseRerankConfig}.
 */
export declare function rerank(candidates: readonly Candidate[], config: RerankConfig, context: RerankContext): RerankResult;
