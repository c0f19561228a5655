/**
 * Accuracy of one ranked list against one user's held-out items (QUALITY.md protocol G): Recall, Precision,
 * NDCG, MRR, Hit and MAP at a cut-off k. Lists are item indexes, best first, without repeats.
 */
import { positionWeight } from "../internal/position-weight.ts";

/** Number of the list's first `k` items that are relevant. */
export function hitsAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  const n = Math.min(k, ranked.length);
  let hits = 0;
  for (let r = 0; r < n; r++) if (relevant.has(ranked[r] ?? -1)) hits++;
  return hits;
}

/** Recall@k = hits / |relevant|; 0 when nothing is relevant. */
export function recallAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  return relevant.size === 0 ? 0 : hitsAtK(ranked, relevant, k) / relevant.size;
}

/** Precision@k = hits / k (a list shorter than k is not rewarded for it). */
export function precisionAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  return k <= 0 ? 0 : hitsAtK(ranked, relevant, k) / k;
}

/** Hit@k: 1 when any of the first k items is relevant, else 0. */
export function hitAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  return hitsAtK(ranked, relevant, k) > 0 ? 1 : 0;
}

/** MRR@k: 1 / rank of the first relevant item within the first k, else 0. */
export function mrrAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  const n = Math.min(k, ranked.length);
  for (let r = 0; r < n; r++) if (relevant.has(ranked[r] ?? -1)) return 1 / (r + 1);
  return 0;
}

/**
 * NDCG@k with binary gains: DCG = Σ over relevant items at rank r ≤ k of 1 / log2(r + 1), divided by the ideal
 * DCG of min(|relevant|, k) hits at the top; 0 when nothing is relevant.
 */
export function ndcgAtK(ranked: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  const n = Math.min(k, ranked.length);
  let dcg = 0;
  for (let r = 0; r < n; r++) if (relevant.has(ranked[r] ?? -1)) dcg += positionWeight(r + 1);
  let ideal = 0;
  const idealHits = Math.min(relevant.size, k);
  for (let r = 0; r < idealHits; r++) ideal += positionWeight(r + 1);
  return ideal === 0 ? 0 : dcg / ideal;
}

/**
 * MAP@k (RecBole's definition): Σ over relevant items at rank r ≤ k of Precision@r, divided by min(|relevant|, k);
 * 0 when nothing is relevant.
 */
export function averagePrecisionAtK(
  ranked: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  k: number,
): number {
  const n = Math.min(k, ranked.length);
  let hits = 0;
  let sum = 0;
  for (let r = 0; r < n; r++) {
    if (relevant.has(ranked[r] ?? -1)) {
      hits++;
      sum += hits / (r + 1);
    }
  }
  const denominator = Math.min(relevant.size, k);
  return denominator === 0 ? 0 : sum / denominator;
}
