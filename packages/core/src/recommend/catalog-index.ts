/** Dense indexes over the catalog: item id ↔ position, so models work on typed arrays. */
import type { CatalogItem } from "./types.ts";

/** A catalog with dense item indexes. */
export interface CatalogIndex<T extends CatalogItem = CatalogItem> {
  readonly items: readonly T[];
  readonly size: number;
  /** Position of an item id, or `undefined` for an unknown id. */
  indexOf(id: string): number | undefined;
  /** The item at a position. */
  at(index: number): T;
}

/** Indexes `items` in their order; a duplicate id throws a `TypeError` naming it. */
export function indexCatalog<T extends CatalogItem>(items: readonly T[]): CatalogIndex<T> {
  const positions = new Map<string, number>();
  items.forEach((item, index) => {
    if (positions.has(item.id))
      throw new TypeError(`catalog: duplicate item id "${item.id}" at index ${index}`);
    positions.set(item.id, index);
  });
  return {
    items,
    size: items.length,
    indexOf: (id) => positions.get(id),
    at: (index) => items[index] as T,
  };
}
