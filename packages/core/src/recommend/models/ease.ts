/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): a closed-form item-item model,
 * B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹ and diag(B) = 0, on binary implicit feedback.
 */

import { ConfigError } from "../../internal/candor-error.ts";
import { createDotKernel } from "./dot-kernel.ts";
import { invertSpdInPlace } from "./spd-inverse.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitEase}. */
export interface EaseOptions {
  /** L2 regularisation λ added to the Gram matrix's diagonal; default 500. Tune it on validation data. */
  readonly lambda?: number;
  /**
   * Dropout-style emphasis p (EDLAE, Steck, "Autoencoders that don't overfit towards the identity", NeurIPS 2020):
   * each item's own co-occurrence count is added again times p / (1 − p) to its regularisation, which penalises
   * popular items' weights more. Default 0 (plain EASE).
   */
  readonly dropout?: number;
  /** Use the WebAssembly SIMD kernel when available; default `true` (results are identical either way). */
  readonly simd?: boolean;
  /**
   * Weight of each interaction (aligned with `data.users`), finite and ≥ 0, for a weighted Gram matrix (e.g. a
   * rating's share of the top rating); a repeated user–item pair takes its largest weight. Default 1 for all
   * (plain EASE). Score with the same weights per history item.
   */
  readonly interactionWeights?: ArrayLike<number>;
  /**
   * The Gram matrix of `data` from {@link easeGram} (with the same `interactionWeights`), to skip recounting it when
   * fitting several λ or dropout values on the same data; the weights are then bit-identical to a fit without it.
   */
  readonly gram?: EaseGram;
}

/** XᵀX of a data set's distinct (weighted) user–item pairs: what {@link fitEase} regularises and inverts. */
export interface EaseGram {
  readonly numItems: number;
  /** Row-major `numItems × numItems`; only the lower triangle and the diagonal are filled (the rest is 0). */
  readonly values: Float64Array;
}

/** A fitted EASE model: dense item-item weights. */
export interface EaseModel {
  readonly numItems: number;
  readonly lambda: number;
  /** Row-major `numItems × numItems` weights: `weights[h * numItems + i]` is what history item h adds to item i. */
  readonly weights: Float64Array;
}

/** Largest catalog EASE accepts: its dense matrix then takes 2 GiB. */
export const EASE_MAX_ITEMS = 16384;

/**
 * Fits EASE on the distinct user–item pairs of `data` (Float64, dense, O(numItems²) memory and O(numItems³) time;
 * about 0.5 s for 1,682 items), weighted by `interactionWeights` when given. Throws {@link ConfigError} for a bad
 * λ, dropout or weight, or a catalog above {@link EASE_MAX_ITEMS}.
 */
export function fitEase(data: TrainingData, options: EaseOptions = {}): EaseModel {
  const lambda = options.lambda ?? 500;
  if (!(Number.isFinite(lambda) && lambda > 0))
    throw new ConfigError("lambda", "must be a finite number > 0");
  const dropout = options.dropout ?? 0;
  if (!(dropout >= 0 && dropout < 1)) throw new ConfigError("dropout", "must be a number in [0, 1)");
  const n = data.numItems;
  if (n > EASE_MAX_ITEMS)
    throw new ConfigError("data.numItems", `EASE supports at most ${EASE_MAX_ITEMS} items`);
  const weights = options.interactionWeights;
  checkWeights(data, weights);
  const kernel = createDotKernel(n * n, options.simd === false ? { simd: false } : {});
  const g = kernel.matrix;
  if (options.gram) {
    if (options.gram.numItems !== n || options.gram.values.length !== n * n)
      throw new ConfigError("gram", `is not a Gram matrix of ${n} items`);
    g.set(options.gram.values);
  } else accumulateGram(data, weights, g);
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

/**
 * Counts XᵀX of `data`'s distinct user–item pairs, weighted by `interactionWeights` as {@link fitEase} does
 * (a repeated pair takes its largest weight), for `fitEase`'s `gram` option. O(numItems²) memory. Throws
 * {@link ConfigError} for a catalog above {@link EASE_MAX_ITEMS} or a bad weight or index.
 */
export function easeGram(
  data: TrainingData,
  options: Pick<EaseOptions, "interactionWeights"> = {},
): EaseGram {
  const n = data.numItems;
  if (n > EASE_MAX_ITEMS)
    throw new ConfigError("data.numItems", `EASE supports at most ${EASE_MAX_ITEMS} items`);
  const weights = options.interactionWeights;
  checkWeights(data, weights);
  const values = new Float64Array(n * n);
  accumulateGram(data, weights, values);
  return { numItems: n, values };
}

/** Adds the lower triangle and diagonal of XᵀX into the zeroed row-major `g`, user by user, in a fixed order. */
function accumulateGram(data: TrainingData, weights: ArrayLike<number> | undefined, g: Float64Array): void {
  const n = data.numItems;
  const histories = userHistories(data, weights && ((p) => weights[p] ?? 1));
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
}

function checkWeights(data: TrainingData, weights: ArrayLike<number> | undefined): void {
  if (weights === undefined) return;
  if (weights.length !== data.users.length)
    throw new ConfigError(
      "interactionWeights",
      `has ${weights.length} entries, data has ${data.users.length}`,
    );
  for (let p = 0; p < weights.length; p++) {
    const w = weights[p] ?? Number.NaN;
    if (!(Number.isFinite(w) && w >= 0))
      throw new ConfigError(`interactionWeights.${p}`, "must be a finite number ≥ 0");
  }
}

/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(i) = Σ over history items h of weight(h)·B[h][i]. History items are not masked.
 */
export function easeScores(
  model: EaseModel,
  history: ArrayLike<number>,
  out: Float64Array,
  weights?: ArrayLike<number>,
): Float64Array {
  const n = model.numItems;
  const b = model.weights;
  out.fill(0, 0, n);
  // Four history rows per pass, added to each score in history order: the same sums, a quarter of the passes.
  let p = 0;
  if (weights === undefined) {
    for (; p + 4 <= history.length; p += 4) {
      const r0 = (history[p] ?? 0) * n;
      const r1 = (history[p + 1] ?? 0) * n;
      const r2 = (history[p + 2] ?? 0) * n;
      const r3 = (history[p + 3] ?? 0) * n;
      for (let i = 0; i < n; i++)
        out[i] = (out[i] ?? 0) + (b[r0 + i] ?? 0) + (b[r1 + i] ?? 0) + (b[r2 + i] ?? 0) + (b[r3 + i] ?? 0);
    }
  }
  for (; p < history.length; p++) {
    const row = (history[p] ?? 0) * n;
    const w = weights?.[p] ?? 1;
    if (w === 1) for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + (b[row + i] ?? 0);
    else for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + w * (b[row + i] ?? 0);
  }
  return out;
}

/** One contribution per history item to `item`'s score, in history order; their sum is the score exactly. */
export function easeContributions(
  model: EaseModel,
  history: ArrayLike<number>,
  item: number,
  weights?: ArrayLike<number>,
): ModelContribution[] {
  const contributions: ModelContribution[] = [];
  for (let p = 0; p < history.length; p++) {
    const h = history[p] ?? 0;
    const w = weights?.[p] ?? 1;
    const b = model.weights[h * model.numItems + item] ?? 0;
    contributions.push({ evidence: h, amount: w === 1 ? b : w * b });
  }
  return contributions;
}
