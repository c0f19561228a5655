/** Catalog coverage: how much of the catalog the top-k lists show at all. */
/** Share of the `numItems` catalog items that appear in the first `k` items of any list; 0 for an empty catalog. */
export declare function catalogCoverage(lists: Iterable<ArrayLike<number>>, numItems: number, k: number): number;
