/** Dense indexes over the catalog: item id ↔ position, so models work on typed arrays. */
import type { CatalogItem } from "./types.ts";
/** A catalog with dense item indexes. */
export interface CatalogIndex<T extends CatalogItem = CatalogItem> {
    readonly items: readonly T[];
    readonly size: number;
    /** Position of an item id, or `undefined` for an unknown id. */
    indexOf(id: string): number | undefined;
    /** The item at a position. */
    at(index: number): T;
}
/** Indexes `items` in their order; a duplicate id throws a `TypeError` naming it. */
export declare function indexCatalog<T extends CatalogItem>(items: readonly T[]): CatalogIndex<T>;
