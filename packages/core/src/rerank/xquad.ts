/**
 * Popularity-bias mitigation by xQuAD over head and tail (Abdollahpouri, Burke & Mobasher, "Managing Popularity Bias
 * in Recommender Systems with Personalized Re-ranking", FLAIRS 2019), smooth variant.
 */
import { completeOrder, describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { positionRelevance, slotDiscount } from "./position-relevance.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";

/** Options of {@link xquad}. */
export interface XquadOptions {
  /** Weight λ in [0, 1] of head/tail coverage against relevance; 0 keeps the input order. Default 0.25 (the pipeline's at variety 0.5). */
  readonly lambda?: number;
  /**
   * P(tail | shopper), the share the tail deserves, e.g. the long-tail share of the shopper's history for the
   * paper's personalised variant; default 0.5 (head and tail alike).
   */
  readonly tailWeight?: number;
  /** Overrides of the default effect texts (kind `"long-tail"`). */
  readonly messages?: Partial<EffectMessages>;
}

/** Default texts of the long-tail stage's effects. */
export const longTailMessages: EffectMessages = {
  up: "moved up to give less-known items a fair share",
  down: "moved down to give less-known items a fair share",
  added: "added to give less-known items a fair share",
};

/**
 * Greedy xQuAD: each slot takes the candidate maximising (1 − λ)·relevance·d + λ·P(g | shopper)·(1 − share of g in
 * the slate so far), g its group (head or tail, from `context.longTail`; an empty slate leaves both uncovered), with
 * relevance from {@link positionRelevance} and d the slot's {@link slotDiscount}. O(k·n). No `longTail` in the context: a no-op.
 */
export function xquad(
  candidates: readonly Candidate[],
  options: XquadOptions,
  context: RerankContext,
): Reranked {
  const lambda = options.lambda ?? 0.25;
  const tailWeight = options.tailWeight ?? 0.5;
  const label = stageLabel("xquad", "long-tail", longTailMessages, options.messages);
  const n = candidates.length;
  const k = Math.min(context.k, n);
  const longTail = context.longTail;
  if (lambda <= 0 || longTail === undefined || k === 0) return unchanged(candidates, context.k);
  const isTail = typeof longTail === "function" ? longTail : (item: string) => longTail.has(item);
  const tail = new Uint8Array(n);
  for (let i = 0; i < n; i++) tail[i] = isTail(candidates[i]?.item ?? "") ? 1 : 0;
  const relevance = positionRelevance(candidates);
  const order = new Int32Array(n);
  const taken = new Uint8Array(n);
  let tails = 0;
  for (let slot = 0; slot < k; slot++) {
    const discount = slotDiscount(slot);
    const tailGain = lambda * tailWeight * (slot === 0 ? 1 : 1 - tails / slot);
    const headGain = lambda * (1 - tailWeight) * (slot === 0 ? 1 : tails / slot);
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      const value = (1 - lambda) * (relevance[i] ?? 0) * discount + (tail[i] === 1 ? tailGain : headGain);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    order[slot] = best;
    taken[best] = 1;
    tails += tail[best] ?? 0;
  }
  return finishStage(candidates, completeOrder(order, k, taken), context.k, describeMoves(label, context.k));
}
