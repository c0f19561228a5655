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
  readonly postings: ReadonlyMap<string, { readonly items: Int32Array; readonly weights: Float64Array }>;
}

/** One search result. */
export interface SearchHit {
  readonly index: number;
  readonly score: number;
}

const STOP = new Set(["the", "and", "for", "with", "der", "die", "das", "und", "les", "des", "los", "las"]);

/**
 * The normalised terms of a text: lowercase, diacritics removed, words of 2+ letters or digits, a plural "s" dropped
 * from words longer than 3, stop words skipped; each term once, in order.
 */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  for (const word of words) {
    if (word.length < 2 || STOP.has(word)) continue;
    const term = word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

function itemText(item: CatalogItem): string {
  return [
    item.title ?? "",
    item.brand ?? "",
    ...(item.tags ?? []),
    ...(item.categoryPath ?? [item.category]),
  ].join(" ");
}

/** Builds the index over `items` (index i is item i). */
export function fitSearchIndex(items: readonly CatalogItem[]): SearchIndex {
  const n = items.length;
  const byTerm = new Map<string, { items: number[]; counts: number[] }>();
  items.forEach((item, index) => {
    const counts = new Map<string, number>();
    for (const term of queryTerms(itemText(item))) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let list = byTerm.get(term);
      if (!list) {
        list = { items: [], counts: [] };
        byTerm.set(term, list);
      }
      list.items.push(index);
      list.counts.push(count);
    }
  });
  const postings = new Map<string, { items: Int32Array; weights: Float64Array }>();
  for (const [term, list] of byTerm) {
    const idf = Math.log(1 + n / list.items.length);
    postings.set(term, {
      items: Int32Array.from(list.items),
      weights: Float64Array.from(list.counts, (count) => (1 + Math.log(count)) * idf),
    });
  }
  return { numItems: n, postings };
}

/** Adds `weight × Σ term weights` of each item matching any of `terms` to `out`. */
export function addSearchScores(
  index: SearchIndex,
  terms: readonly string[],
  weight: number,
  out: Float64Array,
): void {
  for (const term of terms) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const { items, weights } = posting;
    for (let p = 0; p < items.length; p++) {
      const i = items[p] as number;
      out[i] = (out[i] ?? 0) + weight * (weights[p] ?? 0);
    }
  }
}

/** The score `terms` give item `item` (what {@link addSearchScores} adds to it with weight 1). */
export function searchScore(index: SearchIndex, terms: readonly string[], item: number): number {
  let score = 0;
  for (const term of terms) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const at = binarySearch(posting.items, item);
    if (at >= 0) score += posting.weights[at] ?? 0;
  }
  return score;
}

/** The best `limit` items for a query, best first (ties: lower index first); empty for a query without terms. */
export function searchCatalog(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const scores = new Map<number, number>();
  for (const term of terms) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    for (let p = 0; p < posting.items.length; p++) {
      const i = posting.items[p] as number;
      scores.set(i, (scores.get(i) ?? 0) + (posting.weights[p] ?? 0));
    }
  }
  return [...scores]
    .map(([i, score]) => ({ index: i, score }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit);
}

function binarySearch(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = values[mid] as number;
    if (v === target) return mid;
    if (v < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
