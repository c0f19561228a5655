/** Relevance per position: how stages read "relevance" so that they compose in a pipeline. */
import { positionWeight } from "../internal/position-weight.ts";
import type { Candidate } from "./types.ts";

/**
 * Relevance in [0, 1] of each incoming position, for the stages that trade relevance against something else.
 * Scores arrive on any scale, so they are min–max normalised over the request's candidates; and a stage treats its
 * incoming order as the relevance order: position j gets the j-th best normalised score. For candidates sorted by
 * score that is each one's own normalised score; after an earlier stage it keeps that stage's order and the
 * request's score profile, so a later stage does not undo an earlier one. Non-finite scores count as the minimum;
 * all-equal scores give relevance 1 everywhere.
 */
export function positionRelevance(candidates: readonly Candidate[]): Float64Array {
  const n = candidates.length;
  const sorted = new Float64Array(n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const s = candidates[i]?.score ?? Number.NaN;
    if (Number.isFinite(s)) {
      if (s < min) min = s;
      if (s > max) max = s;
    }
  }
  if (!(max > min)) return sorted.fill(1);
  for (let i = 0; i < n; i++) {
    const s = candidates[i]?.score ?? Number.NaN;
    sorted[i] = Number.isFinite(s) ? (s - min) / (max - min) : 0;
  }
  sorted.sort();
  sorted.reverse();
  return sorted;
}

/**
 * The weight of relevance at a 0-based slot, 1 / log2(slot + 2): the DCG discount. Stages weigh relevance by it, so
 * their greedy objective is (1 − λ)·DCG of the slate + λ·(the stage's own term): a change costs less relevance further
 * down, where shoppers look less, and the top of the slate stays closest to the input.
 */
export function slotDiscount(slot: number): number {
  return positionWeight(slot + 1);
}
