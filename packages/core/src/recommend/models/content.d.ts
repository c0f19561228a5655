import type { ItemKnnModel } from "./item-knn.ts";
/** What content similarity reads of an item (the sample shop's Product and `CatalogItem` fit). */
export interface ContentFeatures {
    readonly title?: string;
    readonly category: string;
    readonly categoryPath?: readonly string[];
    readonly brand?: string;
    readonly priceBand?: string;
    readonly tags?: readonly string[];
}
/** Options of {@link fitContent}. */
export interface ContentOptions {
    /** Neighbours kept per item; default 50. */
    readonly k?: number;
    /** Pairs less similar than this are dropped; default 0.05. */
    readonly minSimilarity?: number;
    /**
     * Features shared by more than this many items are left out of neighbour search (they still weigh in each
     * vector's norm), which bounds fit time on large catalogs; default 5,000.
     */
    readonly maxPostings?: number;
}
/** The features of one item, with repeats for weight: a leaf category counts twice, the top level once. */
export declare function contentTerms(item: ContentFeatures): string[];
/**
 * Fits content similarity over `items` (index i is item i). Returns the same sparse shape as item-kNN, with row h
 * holding h's own most similar items sorted by index, so the item-kNN scorer and its exact contributions apply.
 */
export declare function fitContent(items: readonly ContentFeatures[], options?: ContentOptions): ItemKnnModel;
