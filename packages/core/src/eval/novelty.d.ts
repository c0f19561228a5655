/** Novelty@k: how unpopular, in bits, the recommended items are. */
import type { Interactions } from "./interactions.ts";
/**
 * Each item's share of the table's interactions. Items never seen count as seen once, so that their
 * novelty stays finite.
 */
export declare function interactionShares(interactions: Interactions): Float64Array;
/** Mean −log2(popularity share) over the first k items of the list; 0 for an empty list. */
export declare function noveltyAtK(list: ArrayLike<number>, shares: ArrayLike<number>, k: number): number;
