/**
 * k-anonymity for EASE: EASE's weights are dense, so a weight between two items could rest on a single shopper.
 * Served recommendations use only weights of item pairs that at least `minSupport` distinct shoppers share.
 */
import type { EaseModel } from "./models/ease.ts";
import type { TrainingData } from "./models/types.ts";
import { userHistories } from "./models/user-histories.ts";

/**
 * Distinct users per item pair, row-major `numItems × numItems`, counted up to `min(255, minSupport)`: the support
 * {@link maskEaseBySupport} tests. It depends only on the data, so callers fitting many models may reuse it.
 */
export function pairSupport(data: TrainingData, minSupport: number): Uint8Array {
  const n = data.numItems;
  const cap = Math.min(255, Math.max(1, minSupport));
  const support = new Uint8Array(n * n);
  const histories = userHistories(data);
  for (let u = 0; u < data.numUsers; u++) {
    const start = histories.offsets[u] ?? 0;
    const end = histories.offsets[u + 1] ?? 0;
    for (let p = start; p < end; p++) {
      const row = (histories.items[p] ?? 0) * n;
      for (let q = start; q < end; q++) {
        const at = row + (histories.items[q] ?? 0);
        if ((support[at] ?? 0) < cap) support[at] = (support[at] ?? 0) + 1;
      }
    }
  }
  return support;
}

/**
 * Zeroes every weight B[h, i] whose pair (h, i) fewer than `minSupport` distinct users co-occur on; in place.
 * `support` is {@link pairSupport} of the same data and a floor at least as large, counted here when omitted.
 */
export function maskEaseBySupport(
  model: EaseModel,
  data: TrainingData,
  minSupport: number,
  support?: Uint8Array,
): EaseModel {
  if (minSupport <= 1) return model;
  const cap = Math.min(255, minSupport);
  const counts = support ?? pairSupport(data, minSupport);
  const weights = model.weights;
  for (let at = 0; at < weights.length; at++) if ((counts[at] ?? 0) < cap) weights[at] = 0;
  return model;
}
