import { type TimeDecayOptions } from "./time-decay.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
/** Options of {@link fitItemKnn}. */
export interface ItemKnnOptions extends TimeDecayOptions {
    /** Neighbours kept per item; default 100. */
    readonly k?: number;
    /** Shrinkage added to the cosine's denominator, damping pairs seen by few users; default 0. */
    readonly shrink?: number;
    /**
     * k-anonymity: a pair of items is kept only when at least this many distinct users interacted with both, so no
     * recommendation rests on fewer people; default 5.
     */
    readonly minSupport?: number;
    /**
     * Whose top-k is kept: `"target"` (as RecBole) lets each scored item listen to its k most similar items, so a
     * history item reaches the items whose top-k holds it; `"evidence"` lets each history item pass its score to its
     * own k most similar items. Default `"target"`.
     */
    readonly neighbourhood?: "target" | "evidence";
}
/**
 * A fitted item-kNN model in compressed sparse rows by evidence item: history item h adds `weights[e]` to item
 * `neighbours[e]` for e in `offsets[h]..offsets[h+1]` (targets ascending within a row).
 */
export interface ItemKnnModel {
    readonly numItems: number;
    readonly offsets: Int32Array;
    readonly neighbours: Int32Array;
    readonly weights: Float32Array;
}
/**
 * Fits item-kNN: sim(i, j) = Σ_u w_ui·w_uj / (‖w_i‖·‖w_j‖ + shrink), where w is 1 per distinct user–item pair or
 * its time-decay weight. Works row by row with a dense scratch array (O(Σ_u |history_u|²) time, O(numItems·k)
 * memory); pairs with similarity ≤ 0 or support below `minSupport` are dropped. Ties keep the lower item index.
 */
export declare function fitItemKnn(data: TrainingData, options?: ItemKnnOptions): ItemKnnModel;
/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(j) = Σ over history items h of weight(h)·sim(h, j) for the pairs the model keeps. History items are not masked.
 */
export declare const itemKnnScores: (model: ItemKnnModel, history: ArrayLike<number>, out: Float64Array, weights?: ArrayLike<number>) => Float64Array;
/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export declare const itemKnnContributions: (model: ItemKnnModel, history: ArrayLike<number>, item: number, weights?: ArrayLike<number>) => ModelContribution[];
