/** Sparse item-item weights in compressed rows by evidence item, with top-k row pruning (internal). */
import type { ModelContribution } from "./types.ts";

/**
 * Item-item weights by evidence item: history item h adds `weights[e]` to item `neighbours[e]` for e in
 * `offsets[h]..offsets[h+1]`, targets ascending within a row. Same layout as `ItemKnnModel`.
 */
export interface SparseItemRows {
  readonly numItems: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float32Array;
}

/** Appends rows one at a time, keeping each row's k largest positive values (lower item index wins ties). */
export interface SparseRowsBuilder {
  /** Adds the next row from a dense `values` array read at the `count` indexes in `touched`. */
  push(values: Float64Array, touched: Int32Array, count: number): void;
  build(): SparseItemRows;
}

/** Creates a {@link SparseRowsBuilder} for `numItems` rows of at most `k` entries. */
export function sparseRowsBuilder(numItems: number, k: number): SparseRowsBuilder {
  const offsets = new Int32Array(numItems + 1);
  let neighbours = new Int32Array(Math.min(numItems * k, 1 << 20));
  let weights = new Float32Array(neighbours.length);
  const scratch = new Float64Array(numItems);
  const picked = new Int32Array(numItems);
  const ties = new Int32Array(numItems);
  let row = 0;
  let size = 0;
  return {
    push(values, touched, count) {
      let positives = 0;
      for (let t = 0; t < count; t++) {
        const v = values[touched[t] ?? 0] ?? 0;
        if (v > 0) scratch[positives++] = v;
      }
      let threshold = 0;
      if (positives > k) {
        const sorted = scratch.subarray(0, positives).sort();
        threshold = sorted[positives - k] ?? 0;
      }
      let kept = 0;
      let tied = 0;
      for (let t = 0; t < count; t++) {
        const j = touched[t] ?? 0;
        const v = values[j] ?? 0;
        if (v > threshold) picked[kept++] = j;
        else if (v === threshold && v > 0) ties[tied++] = j;
      }
      if (tied > 0)
        for (const j of ties
          .subarray(0, tied)
          .sort()
          .subarray(0, k - kept))
          picked[kept++] = j;
      const chosen = picked.subarray(0, kept).sort();
      if (size + kept > neighbours.length) {
        const capacity = Math.max(neighbours.length * 2, size + kept);
        const grownNeighbours = new Int32Array(capacity);
        grownNeighbours.set(neighbours);
        const grownWeights = new Float32Array(capacity);
        grownWeights.set(weights);
        neighbours = grownNeighbours;
        weights = grownWeights;
      }
      for (const j of chosen) {
        neighbours[size] = j;
        weights[size] = values[j] ?? 0;
        size++;
      }
      offsets[++row] = size;
    },
    build() {
      while (row < numItems) offsets[++row] = size;
      return {
        numItems,
        offsets,
        neighbours: neighbours.slice(0, size),
        weights: weights.slice(0, size),
      };
    },
  };
}

/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it:
 * score(j) = Σ over history items h of weight(h)·W[h][j]. History items are not masked.
 */
export function sparseRowsScores(
  model: SparseItemRows,
  history: ArrayLike<number>,
  out: Float64Array,
  weights?: ArrayLike<number>,
): Float64Array {
  out.fill(0, 0, model.numItems);
  const { offsets, neighbours, weights: w } = model;
  for (let p = 0; p < history.length; p++) {
    const h = history[p] ?? 0;
    const scale = weights?.[p] ?? 1;
    const end = offsets[h + 1] ?? 0;
    for (let e = offsets[h] ?? 0; e < end; e++) {
      const j = neighbours[e] ?? 0;
      out[j] = (out[j] ?? 0) + (scale === 1 ? (w[e] ?? 0) : scale * (w[e] ?? 0));
    }
  }
  return out;
}

/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export function sparseRowsContributions(
  model: SparseItemRows,
  history: ArrayLike<number>,
  item: number,
  weights?: ArrayLike<number>,
): ModelContribution[] {
  const contributions: ModelContribution[] = [];
  for (let p = 0; p < history.length; p++) {
    const h = history[p] ?? 0;
    let low = model.offsets[h] ?? 0;
    let high = (model.offsets[h + 1] ?? 0) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const j = model.neighbours[mid] ?? 0;
      if (j < item) low = mid + 1;
      else if (j > item) high = mid - 1;
      else {
        const scale = weights?.[p] ?? 1;
        const w = model.weights[mid] ?? 0;
        contributions.push({ evidence: h, amount: scale === 1 ? w : scale * w });
        break;
      }
    }
  }
  return contributions;
}
