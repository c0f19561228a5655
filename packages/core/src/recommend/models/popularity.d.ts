/** Popularity: how many users interacted with each item, optionally decayed by age. The non-personal scorer. */
import { type TimeDecayOptions } from "./time-decay.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
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
export declare function fitPopularity(data: TrainingData, options?: PopularityOptions): PopularityModel;
/** Copies every item's popularity score into `out` (length `numItems`) and returns it. */
export declare function popularityScores(model: PopularityModel, out: Float64Array): Float64Array;
/** The single contribution of a popularity score: the item itself as evidence, its whole score as amount. */
export declare function popularityContributions(model: PopularityModel, item: number): ModelContribution[];
