import type { Catalog } from "./types.ts";
/** Options of {@link createCatalog}. */
export interface CatalogOptions {
    /** Seed; the same seed and options give the same catalog. */
    readonly seed: number;
    /** Number of products, at least one per leaf category; default 2000. */
    readonly items?: number;
    /** Number of sellers, at least 2; about 20% are large, the rest independent. Default 40. */
    readonly sellers?: number;
}
/**
 * Generates the sample catalog: about twelve top-level categories with leaves, `sellers` sellers (about 20%
 * large, carrying most items), and `items` products with prices, stock, sensitive tags, age limits, shipping
 * regions and a Zipf-like popularity prior. Deterministic for a seed; throws `InvalidOptionError` on bad options.
 */
export declare function createCatalog(options: CatalogOptions): Catalog;
