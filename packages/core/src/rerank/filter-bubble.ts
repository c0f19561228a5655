/** The filter-bubble measure: per subject over time, the category entropy of their slates and the share outside their usual categories. */
import { leafCategory } from "./calibrate.ts";
import { lookupItem } from "./item-features.ts";
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
export function topCategoriesOf(history: ReadonlyMap<string, number>, count = 3): Set<string> {
  const entries = [...history].filter(([, w]) => w > 0);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Set(entries.slice(0, count).map(([c]) => c));
}

/** The measure of one slate given each item's categories and the subject's top categories. */
export function bubblePoint(
  categoryLists: readonly (readonly string[])[],
  top: ReadonlySet<string>,
): BubblePoint {
  const mix = new Map<string, number>();
  let counted = 0;
  let outside = 0;
  for (const categories of categoryLists) {
    if (categories.length === 0) continue;
    counted++;
    for (const c of categories) {
      mix.set(c, (mix.get(c) ?? 0) + 1 / categories.length);
      if (!top.has(c)) outside += 1 / categories.length;
    }
  }
  if (counted === 0) return { entropy: 0, outsideShare: 0 };
  let entropy = 0;
  for (const weight of mix.values()) {
    const share = weight / counted;
    entropy -= share * Math.log2(share);
  }
  return { entropy: Math.max(0, entropy), outsideShare: outside / counted };
}

/**
 * Measures one subject's slates (item ids, oldest first) against their history mix (category → weight): per slate,
 * the category entropy and the share outside the history's top categories, their means and their trends.
 */
export function filterBubble(
  slates: readonly (readonly string[])[],
  history: ReadonlyMap<string, number>,
  options: FilterBubbleOptions,
): FilterBubble {
  const categoriesOf = options.categoriesOf ?? leafCategory;
  const top = topCategoriesOf(history, options.topCategories ?? 3);
  const points = slates.map((slate) =>
    bubblePoint(
      slate.map((id) => {
        const item = lookupItem(options.items, id);
        return item ? categoriesOf(item) : [];
      }),
      top,
    ),
  );
  return {
    points,
    entropy: mean(points.map((p) => p.entropy)),
    outsideShare: mean(points.map((p) => p.outsideShare)),
    entropyTrend: slope(points.map((p) => p.entropy)),
    outsideShareTrend: slope(points.map((p) => p.outsideShare)),
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

function slope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = mean(values);
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}
