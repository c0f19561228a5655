/** Catalog features of a request's candidates, looked up once per stage. */
import type { Candidate, CatalogItem, ItemLookup } from "./types.ts";
/** Returns the catalog item of an id, or `undefined` when the lookup does not know it. */
export declare function lookupItem(items: ItemLookup, id: string): CatalogItem | undefined;
/** The catalog item of each candidate, in candidate order (`undefined` for unknown items). */
export declare function itemFeatures(candidates: readonly Candidate[], items: ItemLookup): (CatalogItem | undefined)[];
