/**
 * EASE on weighted implicit feedback: the Gram matrix XᵀX is built from per-interaction weights (e.g. a rating's
 * share of the top rating), otherwise exactly {@link fitEase}. With every weight 1 it equals `fitEase`.
 */
import { createDotKernel } from "./dot-kernel.ts";
import { EASE_MAX_ITEMS, type EaseModel, type EaseOptions } from "./ease.ts";
import { ModelOptionError } from "./errors.ts";
import { invertSpdInPlace } from "./spd-inverse.ts";
import type { TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitWeightedEase}. */
export interface WeightedEaseOptions extends EaseOptions {
  /**
   * Weight of each interaction (aligned with `data.users`), finite and ≥ 0; a repeated user–item pair takes its
   * largest weight. Default 1 for all (plain EASE). Score with the same weights per history item.
   */
  readonly interactionWeights?: ArrayLike<number>;
}

/**
 * Fits EASE with G = XᵀX for X[u][i] = the weight of the pair (dense Float64, O(numItems²) memory, O(numItems³)
 * time). λ and dropout act as in {@link fitEase}. Throws {@link ModelOptionError} for bad options or weights.
 */
export function fitWeightedEase(data: TrainingData, options: WeightedEaseOptions = {}): EaseModel {
  const lambda = options.lambda ?? 500;
  if (!(Number.isFinite(lambda) && lambda > 0))
    throw new ModelOptionError("lambda", "must be a finite number > 0");
  const dropout = options.dropout ?? 0;
  if (!(dropout >= 0 && dropout < 1)) throw new ModelOptionError("dropout", "must be a number in [0, 1)");
  const n = data.numItems;
  if (n > EASE_MAX_ITEMS)
    throw new ModelOptionError("data.numItems", `EASE supports at most ${EASE_MAX_ITEMS} items`);
  const weights = options.interactionWeights;
  if (weights !== undefined) {
    if (weights.length !== data.users.length)
      throw new ModelOptionError(
        "interactionWeights",
        `has ${weights.length} entries, data has ${data.users.length}`,
      );
    for (let p = 0; p < weights.length; p++) {
      const w = weights[p] ?? Number.NaN;
      if (!(Number.isFinite(w) && w >= 0))
        throw new ModelOptionError(`interactionWeights.${p}`, "must be a finite number ≥ 0");
    }
  }
  const histories = userHistories(data, weights && ((p) => weights[p] ?? 1));
  const kernel = createDotKernel(n * n, options.simd === false ? { simd: false } : {});
  const g = kernel.matrix;
  for (let u = 0; u < data.numUsers; u++) {
    const start = histories.offsets[u] ?? 0;
    const end = histories.offsets[u + 1] ?? 0;
    for (let p = start; p < end; p++) {
      const row = (histories.items[p] ?? 0) * n;
      const wp = histories.weights[p] ?? 1;
      for (let q = start; q <= p; q++) {
        const at = row + (histories.items[q] ?? 0);
        g[at] = (g[at] ?? 0) + wp * (histories.weights[q] ?? 1);
      }
    }
  }
  const boost = dropout / (1 - dropout);
  for (let i = 0; i < n; i++) g[i * n + i] = (g[i * n + i] ?? 0) * (1 + boost) + lambda;
  invertSpdInPlace(kernel, n);
  const diagonal = new Float64Array(n);
  for (let j = 0; j < n; j++) diagonal[j] = g[j * n + j] ?? 1;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) g[row + j] = -(g[row + j] ?? 0) / (diagonal[j] ?? 1);
    g[row + i] = 0;
  }
  return { numItems: n, lambda, weights: g };
}
