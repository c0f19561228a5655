/** Knowledge-based constraints: the shopper's explicit requirements, applied as hard filters for one request. */
import type { CatalogItem } from "./types.ts";
/** Explicit requirements (a price range, categories, brands, tags). Every given field must match. */
export interface KnowledgeConstraints {
    readonly minPrice?: number;
    readonly maxPrice?: number;
    /** Category ids; an item matches when one of them is its category or an ancestor of it. */
    readonly categories?: readonly string[];
    readonly brands?: readonly string[];
    /** Every listed tag must be on the item. */
    readonly tags?: readonly string[];
    readonly priceBands?: readonly string[];
}
/** Whether an item meets every constraint; an item without a price fails a price constraint. */
export declare function matchesConstraints(item: CatalogItem, constraints: KnowledgeConstraints): boolean;
