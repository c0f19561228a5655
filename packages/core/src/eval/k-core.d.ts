import { type Interactions } from "./interactions.ts";
/** Options of {@link kCore}. */
export interface KCoreOptions {
    /** Minimum interactions per user and per item (e.g. 10 for ML-1M in QUALITY.md). */
    readonly k: number;
    /** Minimum interactions per user; default `k`. */
    readonly userK?: number;
    /** Minimum interactions per item; default `k`. */
    readonly itemK?: number;
}
/**
 * Repeatedly drops users with fewer than `userK` and items with fewer than `itemK` interactions until none is left
 * below its bound (every interaction counts, as in RecBole). Users and items left empty are dropped and renumbered.
 */
export declare function kCore(interactions: Interactions, options: KCoreOptions): Interactions;
