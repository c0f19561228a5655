import type { Interactions } from "./interactions.ts";
import type { ItemCategories } from "./item-categories.ts";
/** Ranked lists per dense user index, best first. */
export type Recommendations = ReadonlyMap<number, ArrayLike<number>>;
/** Options of {@link evaluate}. */
export interface EvaluateOptions {
    /** Cut-offs; default `[10]`. */
    readonly ks?: readonly number[];
    /** Train interactions: enable novelty@k and APLT@k (popularity from train) and, with categories, calibration. */
    readonly train?: Interactions;
    /** Item categories: enable ILD@k and, with `train`, calibration KL@k. */
    readonly categories?: ItemCategories;
    /** Category similarity used by ILD@k; default `"jaccard"`. */
    readonly similarity?: "jaccard" | "cosine";
    /** Calibration smoothing α; default 0.01. */
    readonly alpha?: number;
}
/** Metric values at one cut-off. Per-user metrics are means over the evaluated users. */
export interface MetricsAtK {
    readonly recall: number;
    readonly ndcg: number;
    readonly mrr: number;
    readonly hit: number;
    readonly precision: number;
    readonly map: number;
    /** Catalog coverage of the evaluated users' lists. */
    readonly coverage: number;
    /** Gini of item exposure (1 / log2(rank + 1)) over the catalog. */
    readonly exposureGini: number;
    /** Present when `train` is given. */
    readonly novelty?: number;
    /** Present when `train` is given. */
    readonly aplt?: number;
    /** Present when `categories` are given. */
    readonly ild?: number;
    /** Present when `train` and `categories` are given. */
    readonly calibration?: number;
}
/** Result of {@link evaluate}. */
export interface Evaluation {
    /** Number of evaluated users: those with at least one test interaction. */
    readonly users: number;
    /** Metrics by cut-off. */
    readonly at: Readonly<Record<number, MetricsAtK>>;
}
/**
 * Scores ranked lists against the test table. Users with at least one test item are evaluated (a missing list
 * counts as empty); every metric is averaged over them, coverage and Gini use their lists.
 */
export declare function evaluate(recommendations: Recommendations, test: Interactions, options?: EvaluateOptions): Evaluation;
