import { type SparseItemRows } from "./sparse-rows.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
/** Options of {@link fitRp3beta}. */
export interface Rp3betaOptions {
    /** Exponent α of both transition probabilities; default 1 (plain P3). */
    readonly alpha?: number;
    /** Popularity penalty β: a target's weight is divided by its user count^β; default 0.5. */
    readonly beta?: number;
    /** Largest weights kept per evidence item; default 100. */
    readonly k?: number;
    /**
     * k-anonymity: a pair of items is kept only when at least this many distinct users interacted with both; default
     * 5, as item-kNN.
     */
    readonly minSupport?: number;
    /** Divide each evidence row by its sum after pruning, so every history item spreads a total of 1; default true. */
    readonly normalize?: boolean;
}
/** A fitted RP3beta model: sparse item-item weights by evidence item (the layout of `ItemKnnModel`). */
export type Rp3betaModel = SparseItemRows;
/**
 * Fits RP3beta on the distinct user–item pairs: W[h][i] = Σ_u (1/|h|)^α·(1/|u|)^α / |i|^β over users u with both
 * h and i, where |h| and |i| are item user counts and |u| the user's item count; W[h][h] = 0. Row by row with a
 * dense scratch array: O(Σ_u |u|²) time, O(numItems·k) memory.
 */
export declare function fitRp3beta(data: TrainingData, options?: Rp3betaOptions): Rp3betaModel;
/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(i) = Σ over history items h of weight(h)·W[h][i]. History items are not masked.
 */
export declare function rp3betaScores(model: Rp3betaModel, history: ArrayLike<number>, out: Float64Array, weights?: ArrayLike<number>): Float64Array;
/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export declare function rp3betaContributions(model: Rp3betaModel, history: ArrayLike<number>, item: number, weights?: ArrayLike<number>): ModelContribution[];
