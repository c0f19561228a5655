/** Item similarity for MMR and DPP: category-based by default, tag Jaccard, or a function of your own. */
import type { CatalogItem, Similarity } from "./types.ts";
/** Top-level category: the first of `categoryPath`, else the part of `category` before the first `/`. */
export declare function topCategory(item: CatalogItem): string;
/** 1 for the same leaf category, 0.5 for the same top-level category, else 0; items without a category match none. */
export declare function categorySimilarity(a: CatalogItem, b: CatalogItem): number;
/** Jaccard similarity of the two items' tags: |A ∩ B| / |A ∪ B|; 0 when either has none. */
export declare function tagSimilarity(a: CatalogItem, b: CatalogItem): number;
/**
 * Similarity of candidates by position, precomputed for one request so that the inner loops of MMR and DPP
 * compare integers: category and tag ids are interned once. Unknown items are similar to nothing.
 */
export declare function pairSimilarity(features: readonly (CatalogItem | undefined)[], similarity?: Similarity): (i: number, j: number) => number;
