/**
 * Content-based item similarity: TF-IDF over title words, category path, brand, price band and tags, cosine, top-k
 * neighbours per item. Needs no interactions, so new items are recommendable from day one (cold start).
 */
import { ConfigError } from "../../internal/candor-error.ts";
import type { ItemKnnModel } from "./item-knn.ts";

/** What content similarity reads of an item (the sample shop's Product and `CatalogItem` fit). */
export interface ContentFeatures {
  readonly title?: string;
  readonly category: string;
  readonly categoryPath?: readonly string[];
  readonly brand?: string;
  readonly priceBand?: string;
  readonly tags?: readonly string[];
}

/** Options of {@link fitContent}. */
export interface ContentOptions {
  /** Neighbours kept per item; default 50. */
  readonly k?: number;
  /** Pairs less similar than this are dropped; default 0.05. */
  readonly minSimilarity?: number;
  /**
   * Features shared by more than this many items are left out of neighbour search (they still weigh in each
   * vector's norm), which bounds fit time on large catalogs; default 5,000.
   */
  readonly maxPostings?: number;
}

const STOP = new Set([
  "the",
  "and",
  "for",
  "with",
  "from",
  "your",
  "set",
  "pack",
  "new",
  "pro",
  "mini",
  "max",
]);

/** The features of one item, with repeats for weight: a leaf category counts twice, the top level once. */
export function contentTerms(item: ContentFeatures): string[] {
  const terms: string[] = [];
  for (const word of (item.title ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 3 && !STOP.has(word)) terms.push(`w:${word}`);
  }
  const path = item.categoryPath && item.categoryPath.length > 0 ? item.categoryPath : [item.category];
  for (const category of path) terms.push(`c:${category}`);
  terms.push(`c:${item.category}`);
  if (item.brand) terms.push(`b:${item.brand.toLowerCase()}`);
  if (item.priceBand) terms.push(`p:${path[0]}:${item.priceBand}`);
  for (const tag of item.tags ?? []) terms.push(`t:${tag.toLowerCase()}`);
  return terms;
}

/**
 * Fits content similarity over `items` (index i is item i). Returns the same sparse shape as item-kNN, with row h
 * holding h's own most similar items sorted by index, so the item-kNN scorer and its exact contributions apply.
 */
export function fitContent(items: readonly ContentFeatures[], options: ContentOptions = {}): ItemKnnModel {
  const k = options.k ?? 50;
  const minSimilarity = options.minSimilarity ?? 0.05;
  const maxPostings = options.maxPostings ?? 5000;
  if (!(Number.isInteger(k) && k > 0)) throw new ConfigError("k", "must be a positive integer");
  if (!(minSimilarity >= 0 && minSimilarity <= 1))
    throw new ConfigError("minSimilarity", "must be in [0, 1]");
  const n = items.length;
  const vocabulary = new Map<string, number>();
  const docTerms: Int32Array[] = [];
  const docCounts: Float64Array[] = [];
  for (const item of items) {
    const counts = new Map<number, number>();
    for (const term of contentTerms(item)) {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    docTerms.push(Int32Array.from(counts.keys()));
    docCounts.push(Float64Array.from(counts.values()));
  }
  const df = new Int32Array(vocabulary.size);
  for (const terms of docTerms) for (const t of terms) df[t] = (df[t] ?? 0) + 1;
  // TF-IDF with smoothed idf, each vector L2-normalised, so a dot product is the cosine.
  const docWeights = docCounts.map((counts, d) => {
    const terms = docTerms[d] as Int32Array;
    const weights = new Float64Array(counts.length);
    let norm = 0;
    for (let x = 0; x < counts.length; x++) {
      const w = (1 + Math.log(counts[x] ?? 1)) * Math.log(1 + n / (df[terms[x] ?? 0] ?? 1));
      weights[x] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let x = 0; x < weights.length; x++) weights[x] = (weights[x] ?? 0) / norm;
    return weights;
  });
  // Inverted index over the features with at most maxPostings items.
  const postingStart = new Int32Array(vocabulary.size + 1);
  for (let t = 0; t < vocabulary.size; t++) {
    const count = df[t] ?? 0;
    postingStart[t + 1] = (postingStart[t] ?? 0) + (count <= maxPostings ? count : 0);
  }
  const postingDoc = new Int32Array(postingStart[vocabulary.size] ?? 0);
  const postingWeight = new Float64Array(postingDoc.length);
  const fill = postingStart.slice(0, vocabulary.size);
  for (let d = 0; d < n; d++) {
    const terms = docTerms[d] as Int32Array;
    const weights = docWeights[d] as Float64Array;
    for (let x = 0; x < terms.length; x++) {
      const t = terms[x] ?? 0;
      if ((df[t] ?? 0) > maxPostings) continue;
      const at = fill[t] ?? 0;
      postingDoc[at] = d;
      postingWeight[at] = weights[x] ?? 0;
      fill[t] = at + 1;
    }
  }
  const scratch = new Float64Array(n);
  const touched = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  for (let d = 0; d < n; d++) {
    let seen = 0;
    const terms = docTerms[d] as Int32Array;
    const own = docWeights[d] as Float64Array;
    for (let x = 0; x < terms.length; x++) {
      const t = terms[x] ?? 0;
      const w = own[x] ?? 0;
      for (let p = postingStart[t] ?? 0, end = postingStart[t + 1] ?? 0; p < end; p++) {
        const e = postingDoc[p] ?? 0;
        if (e === d) continue;
        if (scratch[e] === 0) touched[seen++] = e;
        scratch[e] = (scratch[e] ?? 0) + w * (postingWeight[p] ?? 0);
      }
    }
    const row: [number, number][] = [];
    for (let s = 0; s < seen; s++) {
      const e = touched[s] ?? 0;
      const sim = scratch[e] ?? 0;
      scratch[e] = 0;
      if (sim >= minSimilarity) row.push([e, sim]);
    }
    row.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = row.slice(0, k).sort((a, b) => a[0] - b[0]);
    for (const [e, sim] of top) {
      neighbours.push(e);
      weights.push(sim);
    }
    offsets[d + 1] = neighbours.length;
  }
  return {
    numItems: n,
    offsets,
    neighbours: Int32Array.from(neighbours),
    weights: Float32Array.from(weights),
  };
}
