/**
 * Item-kNN over co-occurrence: cosine similarity with shrinkage, top-k neighbours per item, and k-anonymity
 * (a pair is used only when enough distinct users share it).
 */
import { ConfigError } from "../../internal/candor-error.ts";
import { checkCooccurrence, type SharedCooccurrence } from "./cooccurrence.ts";
import { offerTop } from "./offer-top.ts";
import { sparseRowsContributions, sparseRowsScores } from "./sparse-rows.ts";
import { type TimeDecayOptions, timeDecay } from "./time-decay.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitItemKnn}. */
export interface ItemKnnOptions extends TimeDecayOptions {
  /** Neighbours kept per item; default 100. */
  readonly k?: number;
  /** Shrinkage added to the cosine's denominator, damping pairs seen by few users; default 0. */
  readonly shrink?: number;
  /**
   * k-anonymity: a pair of items is kept only when at least this many distinct users interacted with both, so no
   * recommendation rests on fewer people; default 5.
   */
  readonly minSupport?: number;
  /**
   * Whose top-k is kept: `"target"` (as RecBole) lets each scored item listen to its k most similar items, so a
   * history item reaches the items whose top-k holds it; `"evidence"` lets each history item pass its score to its
   * own k most similar items. Default `"target"`.
   */
  readonly neighbourhood?: "target" | "evidence";
  /**
   * Pair counts of `data` from `sharedCooccurrence`, to skip recounting them (e.g. across a tuner's trials); the
   * model is identical to one fitted without it. Ignored with time decay (`halfLife`), whose weights it lacks.
   */
  readonly cooccurrence?: SharedCooccurrence;
}

/**
 * A fitted item-kNN model in compressed sparse rows by evidence item: history item h adds `weights[e]` to item
 * `neighbours[e]` for e in `offsets[h]..offsets[h+1]` (targets ascending within a row).
 */
export interface ItemKnnModel {
  readonly numItems: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Fits item-kNN: sim(i, j) = Σ_u w_ui·w_uj / (‖w_i‖·‖w_j‖ + shrink), where w is 1 per distinct user–item pair or
 * its time-decay weight. Works row by row with a dense scratch array (O(Σ_u |history_u|²) time, O(numItems·k)
 * memory); pairs with similarity ≤ 0 or support below `minSupport` are dropped. Ties keep the lower item index.
 */
export function fitItemKnn(data: TrainingData, options: ItemKnnOptions = {}): ItemKnnModel {
  const k = options.k ?? 100;
  const shrink = options.shrink ?? 0;
  const minSupport = options.minSupport ?? 5;
  if (!(Number.isInteger(k) && k >= 1)) throw new ConfigError("k", "must be an integer ≥ 1");
  if (!(Number.isFinite(shrink) && shrink >= 0))
    throw new ConfigError("shrink", "must be a finite number ≥ 0");
  if (!(Number.isInteger(minSupport) && minSupport >= 1)) {
    throw new ConfigError("minSupport", "must be an integer ≥ 1");
  }
  const n = data.numItems;
  const decay = timeDecay(data, options);
  if (options.cooccurrence && decay === undefined) {
    checkCooccurrence(options.cooccurrence, data);
    return fromCooccurrence(options.cooccurrence, k, shrink, minSupport, options.neighbourhood);
  }
  const byUser = userHistories(data, decay);
  const byItem = transpose(byUser.offsets, byUser.items, byUser.weights, n);
  const norms = new Float64Array(n);
  byUser.items.forEach((item, p) => {
    const w = byUser.weights[p] ?? 0;
    norms[item] = (norms[item] ?? 0) + w * w;
  });
  for (let i = 0; i < n; i++) norms[i] = Math.sqrt(norms[i] ?? 0);

  const mark = new Int32Array(n).fill(-1);
  const dot = new Float64Array(n);
  const support = new Int32Array(n);
  const touched = new Int32Array(n);
  const heapItems = new Int32Array(k);
  const heapSims = new Float64Array(k);
  const rowOffsets = new Int32Array(n + 1);
  let rowItems = new Int32Array(Math.min(n * k, 1 << 20));
  let rowSims = new Float32Array(rowItems.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    let count = 0;
    const end = byItem.offsets[i + 1] ?? 0;
    for (let e = byItem.offsets[i] ?? 0; e < end; e++) {
      const u = byItem.items[e] ?? 0;
      const wi = byItem.weights[e] ?? 0;
      const userEnd = byUser.offsets[u + 1] ?? 0;
      for (let f = byUser.offsets[u] ?? 0; f < userEnd; f++) {
        const j = byUser.items[f] ?? 0;
        if (mark[j] !== i) {
          mark[j] = i;
          dot[j] = 0;
          support[j] = 0;
          touched[count++] = j;
        }
        dot[j] = (dot[j] ?? 0) + wi * (byUser.weights[f] ?? 0);
        support[j] = (support[j] ?? 0) + 1;
      }
    }
    let kept = 0;
    const normI = norms[i] ?? 0;
    for (let t = 0; t < count; t++) {
      const j = touched[t] ?? 0;
      if (j === i || (support[j] ?? 0) < minSupport) continue;
      const sim = (dot[j] ?? 0) / (normI * (norms[j] ?? 0) + shrink);
      if (!(sim > 0)) continue;
      kept = offerTop(heapItems, heapSims, kept, k, j, sim);
    }
    if (size + kept > rowItems.length) {
      const capacity = Math.max(rowItems.length * 2, size + kept);
      rowItems = grow(rowItems, new Int32Array(capacity));
      rowSims = grow(rowSims, new Float32Array(capacity));
    }
    const row = Array.from({ length: kept }, (_, x) => x).sort(
      (a, b) => (heapItems[a] ?? 0) - (heapItems[b] ?? 0),
    );
    for (const x of row) {
      rowItems[size] = heapItems[x] ?? 0;
      rowSims[size] = heapSims[x] ?? 0;
      size++;
    }
    rowOffsets[i + 1] = size;
  }
  const topItems = rowItems.slice(0, size);
  const topSims = rowSims.slice(0, size);
  if ((options.neighbourhood ?? "target") === "evidence") {
    return { numItems: n, offsets: rowOffsets, neighbours: topItems, weights: topSims };
  }
  const transposed = transpose(rowOffsets, topItems, topSims, n);
  return {
    numItems: n,
    offsets: transposed.offsets,
    neighbours: transposed.items,
    weights: transposed.weights,
  };
}

/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(j) = Σ over history items h of weight(h)·sim(h, j) for the pairs the model keeps. History items are not masked.
 */
export const itemKnnScores: (
  model: ItemKnnModel,
  history: ArrayLike<number>,
  out: Float64Array,
  weights?: ArrayLike<number>,
) => Float64Array = sparseRowsScores;

/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export const itemKnnContributions: (
  model: ItemKnnModel,
  history: ArrayLike<number>,
  item: number,
  weights?: ArrayLike<number>,
) => ModelContribution[] = sparseRowsContributions;

/** {@link fitItemKnn} from shared pair counts: the same cosines (integer counts, exact), the same kept rows. */
function fromCooccurrence(
  shared: SharedCooccurrence,
  k: number,
  shrink: number,
  minSupport: number,
  neighbourhood: ItemKnnOptions["neighbourhood"],
): ItemKnnModel {
  const n = shared.numItems;
  const g = shared.gram.values;
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) norms[i] = Math.sqrt(g[i * n + i] ?? 0);
  const heapItems = new Int32Array(k);
  const heapSims = new Float64Array(k);
  const rowOffsets = new Int32Array(n + 1);
  let rowItems = new Int32Array(Math.min(n * k, 1 << 20));
  let rowSims = new Float32Array(rowItems.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    let kept = 0;
    const normI = norms[i] ?? 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const count = (j < i ? g[i * n + j] : g[j * n + i]) ?? 0;
      if (!(count > 0) || count < minSupport) continue;
      const sim = count / (normI * (norms[j] ?? 0) + shrink);
      if (!(sim > 0)) continue;
      kept = offerTop(heapItems, heapSims, kept, k, j, sim);
    }
    if (size + kept > rowItems.length) {
      const capacity = Math.max(rowItems.length * 2, size + kept);
      rowItems = grow(rowItems, new Int32Array(capacity));
      rowSims = grow(rowSims, new Float32Array(capacity));
    }
    const row = Array.from({ length: kept }, (_, x) => x).sort(
      (a, b) => (heapItems[a] ?? 0) - (heapItems[b] ?? 0),
    );
    for (const x of row) {
      rowItems[size] = heapItems[x] ?? 0;
      rowSims[size] = heapSims[x] ?? 0;
      size++;
    }
    rowOffsets[i + 1] = size;
  }
  const topItems = rowItems.slice(0, size);
  const topSims = rowSims.slice(0, size);
  if ((neighbourhood ?? "target") === "evidence")
    return { numItems: n, offsets: rowOffsets, neighbours: topItems, weights: topSims };
  const transposed = transpose(rowOffsets, topItems, topSims, n);
  return {
    numItems: n,
    offsets: transposed.offsets,
    neighbours: transposed.items,
    weights: transposed.weights,
  };
}

/** Transposes compressed sparse rows (rows → columns); columns come out with rows ascending. */
function transpose<W extends Float64Array | Float32Array>(
  offsets: Int32Array,
  columns: Int32Array,
  values: W,
  numColumns: number,
): { offsets: Int32Array; items: Int32Array; weights: W } {
  const starts = new Int32Array(numColumns + 1);
  for (const c of columns) starts[c + 1] = (starts[c + 1] ?? 0) + 1;
  for (let c = 0; c < numColumns; c++) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
  const cursor = starts.slice(0, numColumns);
  const items = new Int32Array(columns.length);
  const weights = new (values.constructor as new (length: number) => W)(columns.length);
  for (let row = 0; row + 1 < offsets.length; row++) {
    const end = offsets[row + 1] ?? 0;
    for (let e = offsets[row] ?? 0; e < end; e++) {
      const c = columns[e] ?? 0;
      const at = cursor[c] ?? 0;
      items[at] = row;
      weights[at] = values[e] ?? 0;
      cursor[c] = at + 1;
    }
  }
  return { offsets: starts, items, weights };
}

function grow<T extends Int32Array | Float32Array>(source: T, target: T): T {
  target.set(source);
  return target;
}
