import type { Catalog, Region } from "./types.ts";
/** Precomputed distributions over a catalog. */
export interface CatalogIndex {
    readonly catalog: Catalog;
    /** Leaf category ids, in catalog order. */
    readonly leaves: readonly string[];
    /** Top-level category id of each leaf. */
    readonly leafTop: readonly string[];
    /** Id of each item. */
    readonly itemIds: readonly string[];
    /** Leaf index of each item. */
    readonly itemLeaf: Int32Array;
    /** Item indices of each leaf. */
    readonly leafItems: readonly Int32Array[];
    /** Cumulative popularity prior of each leaf's items. */
    readonly leafItemCdf: readonly Float64Array[];
    /** Sum of the popularity prior of each leaf's items. */
    readonly leafMass: Float64Array;
    /** Cumulative popularity prior over all items. */
    readonly itemCdf: Float64Array;
    /** Price band of each item: 0 budget, 1 mid, 2 premium. */
    readonly itemBand: Uint8Array;
    /** Items in stock that ship to a region (1) or not (0). */
    buyable(region: Region): Uint8Array;
}
/** The index of a catalog, built once per catalog object. Throws `InvalidOptionError` for an empty catalog. */
export declare function indexCatalog(catalog: Catalog): CatalogIndex;
