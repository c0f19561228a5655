/** Maximal Marginal Relevance (Carbonell & Goldstein, SIGIR 1998): relevance against similarity to chosen items. */
import { completeOrder, describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { itemFeatures } from "./item-features.ts";
import { positionRelevance, slotDiscount } from "./position-relevance.ts";
import { pairSimilarity } from "./similarity.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked, Similarity } from "./types.ts";

/** Options of {@link mmr}. */
export interface MmrOptions {
  /** Weight of relevance against variety, λ in [0, 1]; 1 keeps the input order. Default 0.95 (the pipeline's at variety 0.5). */
  readonly lambda?: number;
  /** How items are compared; default `"category"` (same leaf 1, same top level 0.5, else 0). */
  readonly similarity?: Similarity;
  /** Overrides of the default effect texts. */
  readonly messages?: Partial<EffectMessages>;
}

/** Default texts of MMR's and DPP's effects (kind `"variety"`). */
export const varietyMessages: EffectMessages = {
  up: "moved up for variety",
  down: "moved down for variety",
  added: "added for variety",
};

/**
 * Greedy MMR: each slot takes the candidate maximising λ·relevance·d − (1 − λ)·max similarity to the items already
 * in the slate, with relevance from {@link positionRelevance} and d the slot's {@link slotDiscount} (ties keep the
 * incoming order). O(k·n) similarities.
 */
export function mmr(candidates: readonly Candidate[], options: MmrOptions, context: RerankContext): Reranked {
  const lambda = options.lambda ?? 0.95;
  const n = candidates.length;
  const k = Math.min(context.k, n);
  const label = stageLabel("mmr", "variety", varietyMessages, options.messages);
  if (lambda >= 1) return unchanged(candidates, context.k);
  const order = new Int32Array(n);
  const taken = new Uint8Array(n);
  const relevance = positionRelevance(candidates);
  const similarity = pairSimilarity(itemFeatures(candidates, context.items), options.similarity);
  const maxSimilarity = new Float64Array(n);
  for (let slot = 0; slot < k; slot++) {
    const discount = slotDiscount(slot);
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      const value = lambda * (relevance[i] ?? 0) * discount - (1 - lambda) * (maxSimilarity[i] ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    order[slot] = best;
    taken[best] = 1;
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      const s = similarity(best, i);
      if (s > (maxSimilarity[i] ?? 0)) maxSimilarity[i] = s;
    }
  }
  return finishStage(candidates, completeOrder(order, k, taken), context.k, describeMoves(label, context.k));
}
