/** Popularity: how many users interacted with each item, optionally decayed by age. The non-personal scorer. */

import { type TimeDecayOptions, timeDecay } from "./time-decay.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitPopularity}. */
export type PopularityOptions = TimeDecayOptions;

/** A fitted popularity model. */
export interface PopularityModel {
  readonly numItems: number;
  /** Score per item: its (decayed) user count divided by the largest one, so the top item scores 1. */
  readonly scores: Float64Array;
}

/**
 * Counts each user once per item (with their most recent interaction's decay weight when a half-life is given)
 * and normalises by the maximum. All scores are 0 for empty data.
 */
export function fitPopularity(data: TrainingData, options: PopularityOptions = {}): PopularityModel {
  const histories = userHistories(data, timeDecay(data, options));
  const scores = new Float64Array(data.numItems);
  histories.items.forEach((item, p) => {
    scores[item] = (scores[item] ?? 0) + (histories.weights[p] ?? 0);
  });
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max > 0) for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) / max;
  return { numItems: data.numItems, scores };
}

/** Copies every item's popularity score into `out` (length `numItems`) and returns it. */
export function popularityScores(model: PopularityModel, out: Float64Array): Float64Array {
  out.set(model.scores.subarray(0, Math.min(out.length, model.numItems)));
  return out;
}

/** The single contribution of a popularity score: the item itself as evidence, its whole score as amount. */
export function popularityContributions(model: PopularityModel, item: number): ModelContribution[] {
  return [{ evidence: item, amount: model.scores[item] ?? 0 }];
}
