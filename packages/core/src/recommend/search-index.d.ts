/**
 * A small full-text index over the catalog: normalised words of title, brand, tags and category ids, weighted by
 * TF-IDF. It ranks search results (non-personal) and scores the shopper's own past searches as evidence, with the
 * part of every item's score that each search earned, so search-based recommendations are exactly explainable.
 */
import type { CatalogItem } from "./types.ts";
/** A fitted search index. */
export interface SearchIndex {
    readonly numItems: number;
    /** Term → items (ascending indexes) and the TF-IDF weight of the term in each. */
    readonly postings: ReadonlyMap<string, {
        readonly items: Int32Array;
        readonly weights: Float64Array;
    }>;
}
/** One search result. */
export interface SearchHit {
    readonly index: number;
    readonly score: number;
}
/**
 * The normalised terms of a text: lowercase, diacritics removed, words of 2+ letters or digits, a plural "s" dropped
 * from words longer than 3, stop words skipped; each term once, in order.
 */
export declare function queryTerms(text: string): string[];
/** Builds the index over `items` (index i is item i). */
export declare function fitSearchIndex(items: readonly CatalogItem[]): SearchIndex;
/** Adds `weight × Σ term weights` of each item matching any of `terms` to `out`. */
export declare function addSearchScores(index: SearchIndex, terms: readonly string[], weight: number, out: Float64Array): void;
/** The score `terms` give item `item` (what {@link addSearchScores} adds to it with weight 1). */
export declare function searchScore(index: SearchIndex, terms: readonly string[], item: number): number;
/** The best `limit` items for a query, best first (ties: lower index first); empty for a query without terms. */
export declare function searchCatalog(index: SearchIndex, query: string, limit?: number): SearchHit[];
