import type { TrainingData } from "./types.ts";
/** Options shared by the models that decay interactions over time. */
export interface TimeDecayOptions {
    /** Half-life in seconds: an interaction that old weighs ½. Default none (no decay). */
    readonly halfLife?: number;
    /** Reference time in Unix seconds; default the latest timestamp in the data. */
    readonly now?: number;
}
/**
 * The weight of interaction p, 2^(−(now − t)/halfLife) capped at 1, or `undefined` without a half-life.
 * Interactions without a timestamp weigh 1.
 */
export declare function timeDecay(data: TrainingData, options: TimeDecayOptions): ((position: number) => number) | undefined;
