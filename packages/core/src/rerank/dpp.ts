/**
 * Fast greedy MAP inference for a determinantal point process (Chen, Zhang & Zhou, "Fast Greedy MAP Inference for
 * Determinantal Point Process to Improve Recommendation Diversity", NeurIPS 2018), with the optional sliding window.
 */
import { completeOrder, describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { itemFeatures } from "./item-features.ts";
import { varietyMessages } from "./mmr.ts";
import { positionRelevance, slotDiscount } from "./position-relevance.ts";
import { pairSimilarity } from "./similarity.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked, Similarity } from "./types.ts";

/** Options of {@link dpp}. */
export interface DppOptions {
  /** Relevance–diversity trade-off θ in [0, 1] (the paper's θ); 1 keeps the input order. Default 0.95. */
  readonly theta?: number;
  /** Diversity only against the last `window` chosen items (the paper's sliding window); default the whole slate. */
  readonly window?: number;
  /** How items are compared; default `"category"`. */
  readonly similarity?: Similarity;
  /**
   * σ in [0, 1): the kernel is σ·similarity off the diagonal and 1 on it, which keeps it positive definite for a
   * positive semi-definite similarity (category and tag similarity are). Default 0.9.
   */
  readonly offDiagonal?: number;
  /** Overrides of the default effect texts (kind `"variety"`). */
  readonly messages?: Partial<EffectMessages>;
}

const EPSILON = 1e-10;

/**
 * Greedy DPP: with kernel L = Diag(q)·S·Diag(q) and q = exp(θ / (2(1 − θ))·relevance), each slot takes the item that
 * most increases log det L of the slate, i.e. maximises θ·relevance·d + (1 − θ)·log r, d the slot's
 * {@link slotDiscount} and relevance from {@link positionRelevance}, where r is the item's residual
 * (Schur complement) against the chosen items; r is updated by the paper's incremental Cholesky in O(k²·n) overall.
 * Items whose residual vanishes (already spanned) are left for last, in incoming order.
 */
export function dpp(candidates: readonly Candidate[], options: DppOptions, context: RerankContext): Reranked {
  const theta = options.theta ?? 0.95;
  const sigma = options.offDiagonal ?? 0.9;
  const n = candidates.length;
  const k = Math.min(context.k, n);
  const window = Math.max(1, Math.min(options.window ?? k, k));
  const label = stageLabel("dpp", "variety", varietyMessages, options.messages);
  if (theta >= 1 || k === 0) return unchanged(candidates, context.k);
  const relevance = positionRelevance(candidates);
  const similarity = pairSimilarity(itemFeatures(candidates, context.items), options.similarity);
  const kernel = (a: number, b: number) => (a === b ? 1 : sigma * similarity(a, b));
  const order = new Int32Array(n);
  const taken = new Uint8Array(n);
  const residual = new Float64Array(n).fill(1);
  // Row t of `factor` holds every candidate's t-th Cholesky coordinate against the basis (the window's items).
  const factor = new Float64Array((window + 1) * n);
  const basis: number[] = [];
  let rows = 0;
  const project = (row: number, pivot: number, pivotResidual: number, targets: (i: number) => boolean) => {
    const d = Math.sqrt(pivotResidual);
    const base = row * n;
    for (let i = 0; i < n; i++) {
      if (!targets(i)) continue;
      let dot = 0;
      for (let s = 0; s < row; s++) dot += (factor[s * n + pivot] ?? 0) * (factor[s * n + i] ?? 0);
      const e = (kernel(pivot, i) - dot) / d;
      factor[base + i] = e;
      residual[i] = (residual[i] ?? 0) - e * e;
    }
  };
  const open = (i: number) => taken[i] === 0;
  let placed = 0;
  for (; placed < k; placed++) {
    const discount = slotDiscount(placed);
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const r = residual[i] ?? 0;
      if (taken[i] === 1 || r <= EPSILON) continue;
      const value = theta * (relevance[i] ?? 0) * discount + (1 - theta) * Math.log(r);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    order[placed] = best;
    taken[best] = 1;
    basis.push(best);
    if (basis.length <= window) {
      project(rows++, best, residual[best] ?? 1, open);
      continue;
    }
    // Sliding window: drop the oldest item and rebuild the factor of the last `window` items.
    basis.shift();
    residual.fill(1);
    rows = 0;
    for (let t = 0; t < basis.length; t++) {
      const pivot = basis[t] ?? 0;
      const r = residual[pivot] ?? 0;
      if (r <= EPSILON) continue;
      const later = new Set(basis.slice(t + 1));
      project(rows++, pivot, r, (i) => open(i) || later.has(i));
    }
  }
  return finishStage(
    candidates,
    completeOrder(order, placed, taken),
    context.k,
    describeMoves(label, context.k),
  );
}
