/** Relevance per position: how stages read "relevance" so that they compose in a pipeline. */
import type { Candidate } from "./types.ts";
/**
 * Relevance in [0, 1] of each incoming position, for the stages that trade relevance against something else.
 * Scores arrive on any scale, so they are min–max normalised over the request's candidates; and a stage treats its
 * incoming order as the relevance order: position j gets the j-th best normalised score. For candidates sorted by
 * score that is each one's own normalised score; after an earlier stage it keeps that stage's order and the
 * request's score profile, so a later stage does not undo an earlier one. Non-finite scores count as the minimum;
 * all-equal scores give relevance 1 everywhere.
 */
export declare function positionRelevance(candidates: readonly Candidate[]): Float64Array;
/**
 * The weight of relevance at a 0-based slot, 1 / log2(slot + 2): the DCG discount. Stages weigh relevance by it, so
 * their greedy objective is (1 − λ)·DCG of the slate + λ·(the stage's own term): a change costs less relevance further
 * down, where shoppers look less, and the top of the slate stays closest to the input.
 */
export declare function slotDiscount(slot: number): number;
