/** Catalog features of a request's candidates, looked up once per stage. */
import type { Candidate, CatalogItem, ItemLookup } from "./types.ts";

/** Returns the catalog item of an id, or `undefined` when the lookup does not know it. */
export function lookupItem(items: ItemLookup, id: string): CatalogItem | undefined {
  return typeof items === "function" ? items(id) : items.get(id);
}

/** The catalog item of each candidate, in candidate order (`undefined` for unknown items). */
export function itemFeatures(
  candidates: readonly Candidate[],
  items: ItemLookup,
): (CatalogItem | undefined)[] {
  const features = new Array<CatalogItem | undefined>(candidates.length);
  for (let i = 0; i < candidates.length; i++) features[i] = lookupItem(items, candidates[i]?.item ?? "");
  return features;
}
