/** EASE on weighted implicit feedback: `fitEase` with `interactionWeights` (kept as a name for the hybrid's code). */
import { type EaseOptions, fitEase } from "./ease.ts";
/** Options of {@link fitWeightedEase}: {@link EaseOptions}, whose `interactionWeights` weigh the Gram matrix. */
export type WeightedEaseOptions = EaseOptions;
/** Fits EASE with G = XᵀX for X[u][i] = the weight of the pair; with every weight 1 it equals plain EASE. */
export declare const fitWeightedEase: typeof fitEase;
