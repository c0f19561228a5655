/**
 * RP3beta (Paudel et al., "Updatable, accurate, diverse, and scalable recommendations for interactive
 * applications", ACM TiiS 2017; P3alpha of Cooper et al. 2014): a three-step random walk item → user → item on the
 * bipartite interaction graph, each step's probability raised to α, the target divided by its popularity^β, and
 * each evidence row pruned to its k largest weights.
 */
import { ConfigError } from "../../internal/candor-error.ts";
import { checkCooccurrence, cooccurrenceWalks, type SharedCooccurrence } from "./cooccurrence.ts";
import {
  type SparseItemRows,
  sparseRowsBuilder,
  sparseRowsContributions,
  sparseRowsScores,
} from "./sparse-rows.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

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
  /**
   * Pair counts of `data` from `sharedCooccurrence`: the two-step walks of each α are then counted once and kept
   * there for later fits; the model is identical to one fitted without it.
   */
  readonly cooccurrence?: SharedCooccurrence;
}

/** A fitted RP3beta model: sparse item-item weights by evidence item (the layout of `ItemKnnModel`). */
export type Rp3betaModel = SparseItemRows;

/**
 * Fits RP3beta on the distinct user–item pairs: W[h][i] = Σ_u (1/|h|)^α·(1/|u|)^α / |i|^β over users u with both
 * h and i, where |h| and |i| are item user counts and |u| the user's item count; W[h][h] = 0. Row by row with a
 * dense scratch array: O(Σ_u |u|²) time, O(numItems·k) memory.
 */
export function fitRp3beta(data: TrainingData, options: Rp3betaOptions = {}): Rp3betaModel {
  const alpha = options.alpha ?? 1;
  const beta = options.beta ?? 0.5;
  const k = options.k ?? 100;
  const minSupport = options.minSupport ?? 5;
  if (!(Number.isFinite(alpha) && alpha >= 0)) throw new ConfigError("alpha", "must be a finite number ≥ 0");
  if (!(Number.isFinite(beta) && beta >= 0)) throw new ConfigError("beta", "must be a finite number ≥ 0");
  if (!(Number.isInteger(k) && k >= 1)) throw new ConfigError("k", "must be an integer ≥ 1");
  if (!(Number.isInteger(minSupport) && minSupport >= 1))
    throw new ConfigError("minSupport", "must be an integer ≥ 1");
  const n = data.numItems;
  const byUser = userHistories(data);
  const itemUsers = itemToUsers(byUser.offsets, byUser.items, n);
  const userStep = new Float64Array(data.numUsers);
  for (let u = 0; u < data.numUsers; u++) {
    const size = (byUser.offsets[u + 1] ?? 0) - (byUser.offsets[u] ?? 0);
    userStep[u] = size > 0 ? size ** -alpha : 0;
  }
  const popularity = new Float64Array(n);
  for (let i = 0; i < n; i++) popularity[i] = (itemUsers.offsets[i + 1] ?? 0) - (itemUsers.offsets[i] ?? 0);
  const targetPenalty = popularity.map((c) => (c > 0 ? c ** -beta : 0));

  const builder = sparseRowsBuilder(n, k);
  if (options.cooccurrence) {
    checkCooccurrence(options.cooccurrence, data);
    const counts = options.cooccurrence.gram.values;
    const walks = cooccurrenceWalks(options.cooccurrence, alpha);
    const row = new Float64Array(n);
    const touched = new Int32Array(n);
    for (let h = 0; h < n; h++) {
      let count = 0;
      const first = (popularity[h] ?? 0) > 0 ? (popularity[h] ?? 1) ** -alpha : 0;
      for (let i = 0; i < n; i++) {
        const at = i < h ? h * n + i : i * n + h;
        const support = counts[at] ?? 0;
        if (!(support > 0)) continue;
        touched[count++] = i;
        row[i] = i === h || support < minSupport ? 0 : first * (walks[at] ?? 0) * (targetPenalty[i] ?? 0);
      }
      builder.push(row, touched, count);
    }
    return normalizeRows(builder.build(), options.normalize ?? true);
  }
  const mark = new Int32Array(n).fill(-1);
  const values = new Float64Array(n);
  const support = new Int32Array(n);
  const touched = new Int32Array(n);
  for (let h = 0; h < n; h++) {
    let count = 0;
    const end = itemUsers.offsets[h + 1] ?? 0;
    for (let e = itemUsers.offsets[h] ?? 0; e < end; e++) {
      const u = itemUsers.users[e] ?? 0;
      const step = userStep[u] ?? 0;
      const userEnd = byUser.offsets[u + 1] ?? 0;
      for (let f = byUser.offsets[u] ?? 0; f < userEnd; f++) {
        const i = byUser.items[f] ?? 0;
        if (mark[i] !== h) {
          mark[i] = h;
          values[i] = 0;
          support[i] = 0;
          touched[count++] = i;
        }
        values[i] = (values[i] ?? 0) + step;
        support[i] = (support[i] ?? 0) + 1;
      }
    }
    const first = (popularity[h] ?? 0) > 0 ? (popularity[h] ?? 1) ** -alpha : 0;
    for (let t = 0; t < count; t++) {
      const i = touched[t] ?? 0;
      values[i] =
        i === h || (support[i] ?? 0) < minSupport ? 0 : first * (values[i] ?? 0) * (targetPenalty[i] ?? 0);
    }
    builder.push(values, touched, count);
  }
  return normalizeRows(builder.build(), options.normalize ?? true);
}

/** Divides each evidence row by its sum when `normalize`, in place. */
function normalizeRows(model: Rp3betaModel, normalize: boolean): Rp3betaModel {
  const n = model.numItems;
  if (normalize) {
    for (let h = 0; h < n; h++) {
      const start = model.offsets[h] ?? 0;
      const end = model.offsets[h + 1] ?? 0;
      let sum = 0;
      for (let e = start; e < end; e++) sum += model.weights[e] ?? 0;
      if (sum > 0) for (let e = start; e < end; e++) model.weights[e] = (model.weights[e] ?? 0) / sum;
    }
  }
  return model;
}

/** Users of each item, ascending, from user histories. */
function itemToUsers(
  offsets: Int32Array,
  items: Int32Array,
  numItems: number,
): { offsets: Int32Array; users: Int32Array } {
  const starts = new Int32Array(numItems + 1);
  for (const i of items) starts[i + 1] = (starts[i + 1] ?? 0) + 1;
  for (let i = 0; i < numItems; i++) starts[i + 1] = (starts[i + 1] ?? 0) + (starts[i] ?? 0);
  const cursor = starts.slice(0, numItems);
  const users = new Int32Array(items.length);
  for (let u = 0; u + 1 < offsets.length; u++) {
    const end = offsets[u + 1] ?? 0;
    for (let p = offsets[u] ?? 0; p < end; p++) {
      const i = items[p] ?? 0;
      const at = cursor[i] ?? 0;
      users[at] = u;
      cursor[i] = at + 1;
    }
  }
  return { offsets: starts, users };
}

/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(i) = Σ over history items h of weight(h)·W[h][i]. History items are not masked.
 */
export function rp3betaScores(
  model: Rp3betaModel,
  history: ArrayLike<number>,
  out: Float64Array,
  weights?: ArrayLike<number>,
): Float64Array {
  return sparseRowsScores(model, history, out, weights);
}

/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export function rp3betaContributions(
  model: Rp3betaModel,
  history: ArrayLike<number>,
  item: number,
  weights?: ArrayLike<number>,
): ModelContribution[] {
  return sparseRowsContributions(model, history, item, weights);
}
