/** Exposure Gini: how unequally position-weighted exposure falls on items (or on providers). */
/** Gini coefficient of non-negative values (0 = equal, → 1 = all on one); 0 when all are 0. */
export declare function gini(values: ArrayLike<number>): number;
/** Options of {@link exposureGini}. */
export interface ExposureGiniOptions {
    /** Cut-off. */
    readonly k: number;
    /** Number of items (or groups) that could be exposed, including those never shown. */
    readonly numItems: number;
    /** Maps an item to its group (e.g. provider index `< numItems`); default each item is its own group. */
    readonly groupOf?: (item: number) => number;
}
/**
 * Gini of exposure across the `numItems` items (or groups), where rank r of a list gives its item an exposure
 * of 1 / log2(r + 1).
 */
export declare function exposureGini(lists: Iterable<ArrayLike<number>>, options: ExposureGiniOptions): number;
