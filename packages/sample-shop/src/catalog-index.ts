/** Typed-array views of a catalog for the simulator's hot loop: leaves, per-leaf popularity, buyability. */
import { InvalidOptionError } from "./invalid-option-error.ts";
import { cumulative } from "./sampling.ts";
import { shipsTo } from "./ships-to.ts";
import type { Catalog, Region } from "./types.ts";

/** Precomputed distributions over a catalog. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  /** Leaf category ids, in catalog order. */
  readonly leaves: readonly string[];
  /** Top-level category id of each leaf. */
  readonly leafTop: readonly string[];
  /** Id of each item. */
  readonly itemIds: readonly string[];
  /** Leaf index of each item. */
  readonly itemLeaf: Int32Array;
  /** Item indices of each leaf. */
  readonly leafItems: readonly Int32Array[];
  /** Cumulative popularity prior of each leaf's items. */
  readonly leafItemCdf: readonly Float64Array[];
  /** Sum of the popularity prior of each leaf's items. */
  readonly leafMass: Float64Array;
  /** Cumulative popularity prior over all items. */
  readonly itemCdf: Float64Array;
  /** Price band of each item: 0 budget, 1 mid, 2 premium. */
  readonly itemBand: Uint8Array;
  /** Items in stock that ship to a region (1) or not (0). */
  buyable(region: Region): Uint8Array;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalog, built once per catalog object. Throws `InvalidOptionError` for an empty catalog. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const items = catalog.items;
  if (items.length === 0) throw new InvalidOptionError("catalog.items", items.length, "must not be empty");

  const leafOf = new Map<string, number>();
  const leaves: string[] = [];
  const leafTop: string[] = [];
  const addLeaf = (id: string, top: string) => {
    if (leafOf.has(id)) return;
    leafOf.set(id, leaves.length);
    leaves.push(id);
    leafTop.push(top);
  };
  for (const c of catalog.categories) if (c.parent !== null) addLeaf(c.id, c.path[0] ?? c.parent);
  for (const item of items) addLeaf(item.category, item.categoryPath[0] ?? item.category);

  const itemLeaf = new Int32Array(items.length);
  const counts = new Int32Array(leaves.length);
  items.forEach((item, i) => {
    const l = leafOf.get(item.category) ?? 0;
    itemLeaf[i] = l;
    counts[l] = (counts[l] ?? 0) + 1;
  });
  const leafItems = leaves.map((_, l) => new Int32Array(counts[l] ?? 0));
  const fill = new Int32Array(leaves.length);
  items.forEach((_, i) => {
    const l = itemLeaf[i] as number;
    const list = leafItems[l] as Int32Array;
    list[fill[l] as number] = i;
    fill[l] = (fill[l] ?? 0) + 1;
  });
  const prior = items.map(({ popularityPrior: p }) => (Number.isFinite(p) && p > 0 ? p : 0));
  const leafItemCdf = leafItems.map((list) => cumulative(Array.from(list, (i) => prior[i] ?? 0)));
  const leafMass = Float64Array.from(leafItemCdf, (cdf) =>
    cdf.length > 0 ? (cdf[cdf.length - 1] as number) : 0,
  );
  const itemBand = Uint8Array.from(items, (item) =>
    item.priceBand === "budget" ? 0 : item.priceBand === "mid" ? 1 : 2,
  );

  const buyableByRegion = new Map<Region, Uint8Array>();
  const index: CatalogIndex = {
    catalog,
    leaves,
    leafTop,
    itemIds: items.map((item) => item.id),
    itemLeaf,
    leafItems,
    leafItemCdf,
    leafMass,
    itemCdf: cumulative(prior),
    itemBand,
    buyable(region) {
      let mask = buyableByRegion.get(region);
      if (!mask) {
        mask = Uint8Array.from(items, (item) => (item.stock > 0 && shipsTo(item, region) ? 1 : 0));
        buyableByRegion.set(region, mask);
      }
      return mask;
    },
  };
  cache.set(catalog, index);
  return index;
}
