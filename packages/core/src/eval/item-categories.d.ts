/** Category lists aligned with an interaction table's dense item indexes, for the beyond-accuracy metrics. */
import type { ItemRecord } from "./read-items.ts";
/** Categories per dense item index: `byItem[i]` holds indexes into `names`. */
export interface ItemCategories {
    /** Category names in order of first appearance. */
    readonly names: readonly string[];
    /** Category indexes of each item (empty when the item has no metadata). */
    readonly byItem: readonly (readonly number[])[];
}
/** Aligns item records with a table's `itemIds`; items without a record get no category. */
export declare function alignItemCategories(records: readonly ItemRecord[], itemIds: readonly string[]): ItemCategories;
