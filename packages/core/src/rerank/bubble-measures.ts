/** Measures of filter bubbles and homogenization over a population: entropy, Jaccard overlap, pairs, long-tail share. */
import { mulberry32 } from "../internal/mulberry32.ts";

/** Shannon entropy in bits of non-negative weights (normalized by their sum); 0 when they sum to 0. */
export function categoryEntropy(weights: Iterable<number>): number {
  const list = [...weights].filter((w) => w > 0 && Number.isFinite(w));
  const total = list.reduce((s, w) => s + w, 0);
  if (total <= 0) return 0;
  let h = 0;
  for (const w of list) h -= (w / total) * Math.log2(w / total);
  return Math.max(0, h);
}

/** Counts of each value, e.g. the categories of what a shopper consumed. */
export function countValues(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Jaccard index |A ∩ B| / |A ∪ B| of two sets; `null` when both are empty (undefined overlap). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

/**
 * Homogeneity of a population (Chaney, Stewart & Engelhardt, RecSys 2018): the mean Jaccard index of the
 * consumed sets over the given pairs of members, skipping pairs where both sets are empty; `null` when none counts.
 */
export function meanJaccard(
  sets: readonly ReadonlySet<string>[],
  pairs: readonly (readonly [number, number])[],
): number | null {
  let sum = 0;
  let n = 0;
  for (const [i, j] of pairs) {
    const a = sets[i];
    const b = sets[j];
    if (!a || !b) continue;
    const value = jaccard(a, b);
    if (value === null) continue;
    sum += value;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/**
 * Pairs of members 0…n−1 to compare: every unordered pair when there are at most `limit`, else `limit` distinct
 * pairs drawn with a seeded generator (Mulberry32), so that runs compared with each other use the same pairs.
 */
export function samplePairs(n: number, limit: number, seed = 0): [number, number][] {
  const total = (n * (n - 1)) / 2;
  const pairs: [number, number][] = [];
  if (total <= limit) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const random = mulberry32(seed);
  const seen = new Set<number>();
  while (pairs.length < limit) {
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    if (i === j) continue;
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * n + b;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Each member paired with the member whose vector (e.g. starting taste) is closest by cosine similarity (ties to
 * the lower index): Chaney et al.'s control for similar people consuming similar things. O(n²·d).
 */
export function nearestPairs(vectors: readonly ArrayLike<number>[]): [number, number][] {
  const norms = vectors.map((v) => {
    let s = 0;
    for (let d = 0; d < v.length; d++) s += (v[d] ?? 0) ** 2;
    return Math.sqrt(s);
  });
  const pairs: [number, number][] = [];
  vectors.forEach((v, i) => {
    let best = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    vectors.forEach((w, j) => {
      if (i === j) return;
      let dot = 0;
      for (let d = 0; d < v.length; d++) dot += (v[d] ?? 0) * (w[d] ?? 0);
      const denominator = (norms[i] ?? 0) * (norms[j] ?? 0);
      const sim = denominator > 0 ? dot / denominator : 0;
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
      }
    });
    if (best >= 0) pairs.push([i, best]);
  });
  return pairs;
}

/** Share of `items` in the long tail (`longTailSet`); 0 for none. */
export function longTailShare(items: readonly string[], tail: ReadonlySet<string>): number {
  if (items.length === 0) return 0;
  let n = 0;
  for (const item of items) if (tail.has(item)) n++;
  return n / items.length;
}
