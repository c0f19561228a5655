/**
 * The hybrid recommender: EASE, item-kNN, RP3beta and popularity blended linearly. Each component's raw score is
 * divided by a global scale fixed at fit time (never by anything of the scored user), so every score is exactly
 * the sum of per-evidence-item contributions.
 */
import { type EaseModel } from "./ease.ts";
import { type ItemKnnModel } from "./item-knn.ts";
import { type PopularityModel } from "./popularity.ts";
import { type Rp3betaModel } from "./rp3beta.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
/** The blendable components. */
export type HybridComponent = "ease" | "itemKnn" | "rp3beta" | "popularity";
/** The hybrid's hyper-parameters and blend weights, as {@link tuneHybrid} in `@candor/core/eval` chooses them. */
export interface HybridConfig {
    /**
     * Evidence weight of an interaction: (rating / the data's top rating)^ratingExponent, for EASE's Gram matrix and
     * every history item at scoring time. Default 0: every interaction weighs 1.
     */
    readonly ratingExponent?: number;
    /** EASE (weighted Gram, see `fitWeightedEase`); omitted or weight 0: not fitted. */
    readonly ease?: {
        readonly weight: number;
        readonly lambda: number;
        readonly dropout?: number;
    };
    /** Item-kNN (see `fitItemKnn`; `minSupport` is its k-anonymity floor, default 5). */
    readonly itemKnn?: {
        readonly weight: number;
        readonly k: number;
        readonly shrink?: number;
        readonly minSupport?: number;
    };
    /** RP3beta (see `fitRp3beta`; `minSupport` as item-kNN's). */
    readonly rp3beta?: {
        readonly weight: number;
        readonly alpha: number;
        readonly beta: number;
        readonly k: number;
        readonly minSupport?: number;
    };
    /** Popularity: the only component whose evidence is the scored item itself. */
    readonly popularity?: {
        readonly weight: number;
    };
}
/** Training data with an optional rating per interaction (an `Interactions` table fits as it is). */
export interface HybridData extends TrainingData {
    readonly ratings?: ArrayLike<number>;
}
/** A fitted hybrid. */
export interface HybridModel {
    readonly numItems: number;
    readonly config: HybridConfig;
    /** Largest rating of the fitted data (1 without ratings): the rating that weighs 1. */
    readonly topRating: number;
    readonly ease?: EaseModel;
    readonly itemKnn?: ItemKnnModel;
    readonly rp3beta?: Rp3betaModel;
    readonly popularity?: PopularityModel;
    /** Global scale per component: the mean, over training users, of their largest raw score (1 when unfitted). */
    readonly scales: Readonly<Record<HybridComponent, number>>;
}
/** One evidence item's part of one component's score, weighted and scaled: hybrid scores sum these exactly. */
export interface HybridContribution extends ModelContribution {
    readonly component: HybridComponent;
}
/** The order components are summed in. */
export declare const HYBRID_COMPONENTS: readonly HybridComponent[];
/**
 * Fits every component with a non-zero weight, then fixes each one's global scale on up to 256 evenly spaced
 * training users. Throws {@link ModelOptionError} when no component has a positive weight or options are invalid.
 */
export declare function fitHybrid(data: HybridData, config: HybridConfig): HybridModel;
/**
 * Writes every item's hybrid score for a history into `out` (length `numItems`) and returns it: the sum over
 * components of weight / scale × the component's score. `ratings` (aligned with `history`) set the evidence weights
 * when the config has a rating exponent; without them every history item weighs 1. History items are not masked.
 */
export declare function scoreHybrid(model: HybridModel, history: ArrayLike<number>, out: Float64Array, ratings?: ArrayLike<number>): Float64Array;
/**
 * Every evidence item's part of `item`'s hybrid score, component by component in {@link HYBRID_COMPONENTS} order
 * and history order within one; their sum is the score {@link scoreHybrid} writes, up to rounding.
 */
export declare function hybridContributions(model: HybridModel, history: ArrayLike<number>, item: number, ratings?: ArrayLike<number>): HybridContribution[];
/** What a component's raw score is multiplied by: its blend weight over its global scale (0 when not fitted). */
export declare function hybridMultiplier(model: HybridModel, component: HybridComponent): number;
/** A component's raw (unweighted, unscaled) scores for a history, written into `out`; zeros when not fitted. */
export declare function hybridComponentScores(model: HybridModel, component: HybridComponent, history: ArrayLike<number>, out: Float64Array, ratings?: ArrayLike<number>): Float64Array;
