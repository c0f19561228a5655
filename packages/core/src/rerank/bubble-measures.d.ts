/** Shannon entropy in bits of non-negative weights (normalized by their sum); 0 when they sum to 0. */
export declare function categoryEntropy(weights: Iterable<number>): number;
/** Counts of each value, e.g. the categories of what a shopper consumed. */
export declare function countValues(values: Iterable<string>): Map<string, number>;
/** Jaccard index |A ∩ B| / |A ∪ B| of two sets; `null` when both are empty (undefined overlap). */
export declare function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null;
/**
 * Homogeneity of a population (Chaney, Stewart & Engelhardt, RecSys 2018): the mean Jaccard index of the
 * consumed sets over the given pairs of members, skipping pairs where both sets are empty; `null` when none counts.
 */
export declare function meanJaccard(sets: readonly ReadonlySet<string>[], pairs: readonly (readonly [number, number])[]): number | null;
/**
 * Pairs of members 0…n−1 to compare: every unordered pair when there are at most `limit`, else `limit` distinct
 * pairs drawn with a seeded generator (Mulberry32), so that runs compared with each other use the same pairs.
 */
export declare function samplePairs(n: number, limit: number, seed?: number): [number, number][];
/**
 * Each member paired with the member whose vector (e.g. starting taste) is closest by cosine similarity (ties to
 * the lower index): Chaney et al.'s control for similar people consuming similar things. O(n²·d).
 */
export declare function nearestPairs(vectors: readonly ArrayLike<number>[]): [number, number][];
/** Share of `items` in the long tail (`longTailSet`); 0 for none. */
export declare function longTailShare(items: readonly string[], tail: ReadonlySet<string>): number;
