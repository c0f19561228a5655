/**
 * Data-driven tuning of the hybrid recommender on a validation split: hill-climbing coordinate search over EASE's
 * λ (relative to the data's mean item weight), dropout and rating exponent, then each extra component alone, then
 * the blend weights. Every choice is made on validation; nothing is fixed to one data set.
 */
import { type HybridComponent, type HybridConfig, type HybridModel } from "../recommend/models/index.ts";
import type { Interactions } from "./interactions.ts";
import type { UserScorer } from "./recommend-all.ts";
/** Components blended into the primary one (EASE, or the best single component when EASE is off). */
export type ExtraComponent = Exclude<HybridComponent, "ease">;
/** Options of {@link tuneHybrid}. */
export interface TuneHybridOptions {
    /** Components tried beside EASE; default `["itemKnn", "rp3beta", "popularity"]`. */
    readonly components?: readonly ExtraComponent[];
    /**
     * Largest number of validation users scored per trial (evenly spaced); default enough to keep users × items
     * near 10⁷, and at least 1,000.
     */
    readonly maxUsers?: number;
    /** Largest catalog on which EASE is fitted (its time grows with items³); default 8192. */
    readonly easeMaxItems?: number;
    /**
     * Smallest gain of the criterion for which a blend weight moves (parsimony: a component enters the served
     * blend only when it clearly helps); default 0.001.
     */
    readonly minBlendGain?: number;
    /** Called after each trial, e.g. to show progress. */
    readonly onTrial?: (trial: HybridTrial) => void;
}
/** One evaluated configuration. */
export interface HybridTrial {
    /** What was searched: one component alone, or the blend weights. */
    readonly stage: HybridComponent | "blend";
    readonly config: HybridConfig;
    /** Validation NDCG@10 and NDCG@20 on the sampled users, and the criterion: their mean. */
    readonly ndcg10: number;
    readonly ndcg20: number;
    readonly score: number;
    /** Wall time of the trial (fit and scoring). */
    readonly seconds: number;
}
/** Result of {@link tuneHybrid}. */
export interface TuneHybridResult {
    /** The chosen configuration, for `fitHybrid` on train (or train + validation). */
    readonly config: HybridConfig;
    /** Validation NDCG@10 of the chosen configuration on the sampled users. */
    readonly validationNdcg: number;
    /** Every trial, in order. */
    readonly trials: readonly HybridTrial[];
    /** Wall time of the whole search. */
    readonly seconds: number;
}
/**
 * Chooses the hybrid's hyper-parameters and blend weights by validation NDCG (mean of @10 and @20, less noisy
 * than @10 alone), with train items masked and full ranking. EASE runs when the catalog allows; the criterion
 * decides every other component's weight, 0 included. Deterministic for the same input.
 */
export declare function tuneHybrid(train: Interactions, validation: Interactions, options?: TuneHybridOptions): TuneHybridResult;
/** Options of {@link coordinateClimb}. */
export interface ClimbOptions {
    /** Try every value of a coordinate (a line scan) instead of stepping to neighbours; default false. */
    readonly scan?: boolean;
    /** A move must raise the objective by more than this; default 0. */
    readonly minGain?: number;
}
/**
 * Coordinate search over ordered ladders (indexes `0..size-1`). For each coordinate in turn it steps to the better
 * neighbour while the objective improves (or, with `scan`, jumps to the best value of the whole ladder); rounds
 * repeat until none moves (at most 3). Each point is evaluated once; ties keep the current point.
 */
export declare function coordinateClimb<P extends Record<string, number>>(start: P, sizes: {
    readonly [K in keyof P]: number;
}, objective: (point: P) => number, options?: ClimbOptions): {
    point: P;
    score: number;
};
/**
 * A {@link UserScorer} of a fitted hybrid whose histories (distinct items, each with its largest rating) come from
 * `table`, e.g. train when scoring test after a train-only fit, or train + validation after a refit.
 */
export declare function hybridScorer(model: HybridModel, table: Interactions): UserScorer;
