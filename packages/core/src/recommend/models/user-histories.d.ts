import type { TrainingData } from "./types.ts";
/** Each user's distinct items, ascending: `items[offsets[u]..offsets[u+1]]`, weights alongside. */
export interface UserHistories {
    readonly offsets: Int32Array;
    readonly items: Int32Array;
    /** Per entry, the largest weight among the user's interactions with the item (1 when unweighted). */
    readonly weights: Float64Array;
}
/** Builds the histories with two stable counting sorts (by item, then by user), then merges repeated pairs. */
export declare function userHistories(data: TrainingData, weightOf?: (position: number) => number): UserHistories;
