import type { CatalogItem, ItemLookup } from "./types.ts";
/** Options of {@link filterBubble}. */
export interface FilterBubbleOptions {
    /** Catalog features by item id. */
    readonly items: ItemLookup;
    /** The categories an item counts for; default `[item.category]`. */
    readonly categoriesOf?: (item: CatalogItem) => readonly string[];
    /** How many of the history's largest categories make up the subject's "usual" ones; default 3. */
    readonly topCategories?: number;
}
/** The measure of one slate. */
export interface BubblePoint {
    /** Shannon entropy in bits of the slate's category mix (each item spreads a weight of 1 over its categories). */
    readonly entropy: number;
    /** Share of the slate's category weight outside the history's top categories (1 when there is no history). */
    readonly outsideShare: number;
}
/** The measure of a subject's slates over time. */
export interface FilterBubble {
    /** One point per slate, in the order given (oldest first). */
    readonly points: readonly BubblePoint[];
    /** Mean entropy over the slates (0 when none). */
    readonly entropy: number;
    /** Mean outside share over the slates (0 when none). */
    readonly outsideShare: number;
    /** Least-squares slope of entropy per slate: negative means the slates narrow over time. */
    readonly entropyTrend: number;
    /** Least-squares slope of the outside share per slate: negative means fewer items from outside the bubble. */
    readonly outsideShareTrend: number;
}
/** The `count` largest categories of a history mix (ties by name). */
export declare function topCategoriesOf(history: ReadonlyMap<string, number>, count?: number): Set<string>;
/** The measure of one slate given each item's categories and the subject's top categories. */
export declare function bubblePoint(categoryLists: readonly (readonly string[])[], top: ReadonlySet<string>): BubblePoint;
/**
 * Measures one subject's slates (item ids, oldest first) against their history mix (category → weight): per slate,
 * the category entropy and the share outside the history's top categories, their means and their trends.
 */
export declare function filterBubble(slates: readonly (readonly string[])[], history: ReadonlyMap<string, number>, options: FilterBubbleOptions): FilterBubble;
