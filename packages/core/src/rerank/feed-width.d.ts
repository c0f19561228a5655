/** How wide a shopper's feed is, in plain numbers: "your recommendations cover 5 of 12 departments". */
/** Options of {@link feedWidth}. */
export interface FeedWidthOptions {
    /** The department (top-level category) of an item id, or `undefined` when unknown (then it is not counted). */
    readonly departmentOf: (item: string) => string | null | undefined;
    /** Every department of the shop (the denominator); departments of items outside it still count as covered. */
    readonly departments: readonly string[];
    /** Only the latest this many slates count; default 20. */
    readonly recent?: number;
}
/** The width of a feed. */
export interface FeedWidth {
    /** Distinct departments of the counted slates' items. */
    readonly covered: number;
    /** Departments of the shop (at least `covered`). */
    readonly total: number;
    /** The covered departments, most served first (ties by name). */
    readonly departments: readonly string[];
    /** Shop departments never served in the counted slates, in the shop's order. */
    readonly missing: readonly string[];
    /** Slates counted. */
    readonly slates: number;
}
/**
 * Counts the departments a shopper's recent slates (item ids, oldest first) covered, for a sentence next to the
 * variety control. Pure; an empty history covers 0 departments.
 */
export declare function feedWidth(slates: readonly (readonly string[])[], options: FeedWidthOptions): FeedWidth;
