import type { TrainingData } from "./types.ts";
/** Options of {@link fitUserKnn}. */
export interface UserKnnOptions {
    /** Neighbours per history; default 100. */
    readonly k?: number;
    /** Shrinkage added to the cosine's denominator, damping neighbours with little overlap; default 0. */
    readonly shrink?: number;
}
/** A fitted user-kNN model: the training users' item sets in both orientations. */
export interface UserKnnModel {
    readonly numUsers: number;
    readonly numItems: number;
    readonly k: number;
    readonly shrink: number;
    /** Each training user's distinct items: `userItems[userOffsets[v]..userOffsets[v+1]]`. */
    readonly userOffsets: Int32Array;
    readonly userItems: Int32Array;
    /** Each item's users: `itemUsers[itemOffsets[i]..itemOffsets[i+1]]`, ascending. */
    readonly itemOffsets: Int32Array;
    readonly itemUsers: Int32Array;
}
/** One neighbour's part of a user-kNN score: the neighbour (a training user) and its similarity. */
export interface NeighbourContribution {
    readonly neighbour: number;
    readonly amount: number;
}
/** Indexes the training data for {@link userKnnScores} (O(interactions)). */
export declare function fitUserKnn(data: TrainingData, options?: UserKnnOptions): UserKnnModel;
/**
 * The k training users most similar to a history (distinct items), best first, lower user index winning ties:
 * sim(v) = |history ∩ v| / (√|history|·√|v| + shrink). `exclude` (e.g. the user's own training row) is skipped.
 */
export declare function userKnnNeighbours(model: UserKnnModel, history: ArrayLike<number>, exclude?: number): NeighbourContribution[];
/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it: score(i) = Σ over the
 * neighbours v holding i of sim(v). History items are not masked.
 */
export declare function userKnnScores(model: UserKnnModel, history: ArrayLike<number>, out: Float64Array, exclude?: number): Float64Array;
