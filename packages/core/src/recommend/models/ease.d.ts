/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): a closed-form item-item model,
 * B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹ and diag(B) = 0, on binary implicit feedback.
 */
import type { ModelContribution, TrainingData } from "./types.ts";
/** Options of {@link fitEase}. */
export interface EaseOptions {
    /** L2 regularisation λ added to the Gram matrix's diagonal; default 500. Tune it on validation data. */
    readonly lambda?: number;
    /**
     * Dropout-style emphasis p (EDLAE, Steck, "Autoencoders that don't overfit towards the identity", NeurIPS 2020):
     * each item's own co-occurrence count is added again times p / (1 − p) to its regularisation, which penalises
     * popular items' weights more. Default 0 (plain EASE).
     */
    readonly dropout?: number;
    /** Use the WebAssembly SIMD kernel when available; default `true` (results are identical either way). */
    readonly simd?: boolean;
    /**
     * Weight of each interaction (aligned with `data.users`), finite and ≥ 0, for a weighted Gram matrix (e.g. a
     * rating's share of the top rating); a repeated user–item pair takes its largest weight. Default 1 for all
     * (plain EASE). Score with the same weights per history item.
     */
    readonly interactionWeights?: ArrayLike<number>;
}
/** A fitted EASE model: dense item-item weights. */
export interface EaseModel {
    readonly numItems: number;
    readonly lambda: number;
    /** Row-major `numItems × numItems` weights: `weights[h * numItems + i]` is what history item h adds to item i. */
    readonly weights: Float64Array;
}
/** Largest catalog EASE accepts: its dense matrix then takes 2 GiB. */
export declare const EASE_MAX_ITEMS = 16384;
/**
 * Fits EASE on the distinct user–item pairs of `data` (Float64, dense, O(numItems²) memory and O(numItems³) time;
 * about 0.5 s for 1,682 items), weighted by `interactionWeights` when given. Throws {@link ModelOptionError} for a bad
 * λ, dropout or weight, or a catalog above {@link EASE_MAX_ITEMS}.
 */
export declare function fitEase(data: TrainingData, options?: EaseOptions): EaseModel;
/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(i) = Σ over history items h of weight(h)·B[h][i]. History items are not masked.
 */
export declare function easeScores(model: EaseModel, history: ArrayLike<number>, out: Float64Array, weights?: ArrayLike<number>): Float64Array;
/** One contribution per history item to `item`'s score, in history order; their sum is the score exactly. */
export declare function easeContributions(model: EaseModel, history: ArrayLike<number>, item: number, weights?: ArrayLike<number>): ModelContribution[];
