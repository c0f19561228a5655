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
export function matchesConstraints(item: CatalogItem, constraints: KnowledgeConstraints): boolean {
  const { minPrice, maxPrice, categories, brands, tags, priceBands } = constraints;
  if (minPrice !== undefined && !(item.price !== undefined && item.price >= minPrice)) return false;
  if (maxPrice !== undefined && !(item.price !== undefined && item.price <= maxPrice)) return false;
  if (categories && categories.length > 0) {
    const path = item.categoryPath ?? [item.category];
    if (!categories.some((c) => c === item.category || path.includes(c))) return false;
  }
  if (brands && brands.length > 0 && !(item.brand !== undefined && brands.includes(item.brand))) return false;
  if (
    priceBands &&
    priceBands.length > 0 &&
    !(item.priceBand !== undefined && priceBands.includes(item.priceBand))
  ) {
    return false;
  }
  if (tags && tags.length > 0 && !tags.every((t) => item.tags?.includes(t))) return false;
  return true;
}
