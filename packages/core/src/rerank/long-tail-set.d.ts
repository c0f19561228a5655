/** The long tail of a catalog: items outside the head that holds most interactions (Abdollahpouri et al. 2019). */
/** Options of {@link longTailSet}. */
export interface LongTailSetOptions {
    /** Share of all interactions the head holds; default 0.8 (the usual 80/20 split). */
    readonly headShare?: number;
}
/**
 * The long-tail items of `popularity` (item → interaction count): all but the most popular items (ties by id)
 * that together hold `headShare` of the interactions. Compute it once per catalog, not per request.
 */
export declare function longTailSet(popularity: ReadonlyMap<string, number>, options?: LongTailSetOptions): Set<string>;
