/**
 * k-anonymity for EASE: EASE's weights are dense, so a weight between two items could rest on a single shopper.
 * Served recommendations use only weights of item pairs that at least `minSupport` distinct shoppers share.
 */
import type { EaseModel } from "./models/ease.ts";
import type { TrainingData } from "./models/types.ts";
/** Zeroes every weight B[h, i] whose pair (h, i) fewer than `minSupport` distinct users co-occur on; in place. */
export declare function maskEaseBySupport(model: EaseModel, data: TrainingData, minSupport: number): EaseModel;
