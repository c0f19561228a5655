/** Sparse item-item weights in compressed rows by evidence item, with top-k row pruning (internal). */
import type { ModelContribution } from "./types.ts";
/**
 * Item-item weights by evidence item: history item h adds `weights[e]` to item `neighbours[e]` for e in
 * `offsets[h]..offsets[h+1]`, targets ascending within a row. Same layout as `ItemKnnModel`.
 */
export interface SparseItemRows {
    readonly numItems: number;
    readonly offsets: Int32Array;
    readonly neighbours: Int32Array;
    readonly weights: Float32Array;
}
/** Appends rows one at a time, keeping each row's k largest positive values (lower item index wins ties). */
export interface SparseRowsBuilder {
    /** Adds the next row from a dense `values` array read at the `count` indexes in `touched`. */
    push(values: Float64Array, touched: Int32Array, count: number): void;
    build(): SparseItemRows;
}
/** Creates a {@link SparseRowsBuilder} for `numItems` rows of at most `k` entries. */
export declare function sparseRowsBuilder(numItems: number, k: number): SparseRowsBuilder;
/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(j) = Σ over history items h of weight(h)·W[h][j]. History items are not masked.
 */
export declare function sparseRowsScores(model: SparseItemRows, history: ArrayLike<number>, out: Float64Array, weights?: ArrayLike<number>): Float64Array;
/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export declare function sparseRowsContributions(model: SparseItemRows, history: ArrayLike<number>, item: number, weights?: ArrayLike<number>): ModelContribution[];
