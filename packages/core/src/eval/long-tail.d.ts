/** The long tail and APLT@k (average percentage of long-tail items, Abdollahpouri et al. 2019). */
import type { Interactions } from "./interactions.ts";
/** Options of {@link longTailItems}. */
export interface LongTailOptions {
    /** Share of interactions held by the head; default 0.8. */
    readonly headShare?: number;
}
/**
 * Flags (1) the long-tail items: all but the head, the most interacted-with items (ties by index) that together
 * hold `headShare` of the interactions. Items without interactions are long tail.
 */
export declare function longTailItems(interactions: Interactions, options?: LongTailOptions): Uint8Array;
/** Share of long-tail items among the first k items of the list; 0 for an empty list. */
export declare function apltAtK(list: ArrayLike<number>, tail: ArrayLike<number>, k: number): number;
