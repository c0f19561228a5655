/** Item similarity for MMR and DPP: category-based by default, tag Jaccard, or a function of your own. */
import type { CatalogItem, Similarity } from "./types.ts";

/** Top-level category: the first of `categoryPath`, else the part of `category` before the first `/`. */
export function topCategory(item: CatalogItem): string {
  const first = item.categoryPath?.[0];
  if (first !== undefined) return first;
  const slash = item.category.indexOf("/");
  return slash < 0 ? item.category : item.category.slice(0, slash);
}

/** 1 for the same leaf category, 0.5 for the same top-level category, else 0; items without a category match none. */
export function categorySimilarity(a: CatalogItem, b: CatalogItem): number {
  if (a.category === "" || b.category === "") return 0;
  if (a.category === b.category) return 1;
  return topCategory(a) === topCategory(b) ? 0.5 : 0;
}

/** Jaccard similarity of the two items' tags: |A ∩ B| / |A ∪ B|; 0 when either has none. */
export function tagSimilarity(a: CatalogItem, b: CatalogItem): number {
  const ta = a.tags ?? [];
  const tb = b.tags ?? [];
  if (ta.length === 0 || tb.length === 0) return 0;
  const set = new Set(ta);
  let shared = 0;
  for (const tag of new Set(tb)) if (set.has(tag)) shared++;
  return shared / (set.size + new Set(tb).size - shared);
}

/**
 * Similarity of candidates by position, precomputed for one request so that the inner loops of MMR and DPP
 * compare integers: category and tag ids are interned once. Unknown items are similar to nothing.
 */
export function pairSimilarity(
  features: readonly (CatalogItem | undefined)[],
  similarity: Similarity = "category",
): (i: number, j: number) => number {
  const n = features.length;
  if (typeof similarity === "function") {
    return (i, j) => {
      const a = features[i];
      const b = features[j];
      return a && b ? similarity(a, b) : 0;
    };
  }
  const ids = new Map<string, number>();
  const intern = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  if (similarity === "category") {
    const leaf = new Int32Array(n).fill(-1);
    const top = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const item = features[i];
      if (!item || item.category === "") continue;
      leaf[i] = intern(`leaf:${item.category}`);
      top[i] = intern(`top:${topCategory(item)}`);
    }
    return (i, j) => {
      const li = leaf[i] ?? -1;
      if (li < 0) return 0;
      if (li === leaf[j]) return 1;
      return top[i] === top[j] ? 0.5 : 0;
    };
  }
  const offsets = new Int32Array(n + 1);
  const lists: number[][] = [];
  for (let i = 0; i < n; i++) {
    const tags = [...new Set(features[i]?.tags ?? [])].map(intern).sort((a, b) => a - b);
    lists.push(tags);
    offsets[i + 1] = (offsets[i] ?? 0) + tags.length;
  }
  const flat = Int32Array.from(lists.flat());
  return (i, j) => {
    let a = offsets[i] ?? 0;
    const aEnd = offsets[i + 1] ?? 0;
    let b = offsets[j] ?? 0;
    const bEnd = offsets[j + 1] ?? 0;
    const total = aEnd - a + (bEnd - b);
    if (aEnd === a || bEnd === b) return 0;
    let shared = 0;
    while (a < aEnd && b < bEnd) {
      const x = flat[a] ?? 0;
      const y = flat[b] ?? 0;
      if (x === y) {
        shared++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    return shared / (total - shared);
  };
}
