/**
 * EASE for catalogues too large for a dense inverse: each item's column of EASE is the ridge regression of that
 * item on all others (B[:, i] = (G₋ᵢ + Λ)⁻¹ G₋ᵢ,ᵢ), restricted here to its `neighbours` strongest co-occurring items
 * and to the Gram entries among them that survive pruning (each item's own strongest pairs; a pruned Gram, as in
 * SANSA, RecSys 2023, which prunes before a sparse factorisation). Memory is O(items × neighbours) instead of
 * O(items²), time O(Σ_u |u|² + items × neighbours³). When every pair of items co-occurs and every item is a
 * neighbour, it is EASE exactly.
 */
import { ConfigError } from "../../internal/candor-error.ts";
import { offerTop } from "./offer-top.ts";
import { type SparseItemRows, sparseRowsContributions, sparseRowsScores } from "./sparse-rows.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitSparseEase}. */
export interface SparseEaseOptions {
  /** L2 regularisation λ on the Gram diagonal, as EASE's; default 500. Tune it on validation data. */
  readonly lambda?: number;
  /** EASE's dropout-style emphasis p in [0, 1): each item's count times p / (1 − p) is added to its λ; default 0. */
  readonly dropout?: number;
  /** Neighbours regressed on per item (the strongest co-occurring by cosine); default 100. */
  readonly neighbours?: number;
  /**
   * k-anonymity: only items at least this many distinct users share with the target are neighbours, so no weight
   * rests on fewer people; default 5.
   */
  readonly minSupport?: number;
  /**
   * The pruned Gram of `data` from {@link sparseEaseGram} with the same `neighbours` and `minSupport`, to skip
   * recounting it when fitting several λ or dropout values; the model is then identical to a fit without it.
   */
  readonly gram?: SparseEaseGram;
}

/** Each item's kept neighbours (ascending) with their exact pair counts, and every item's user count. */
export interface SparseEaseGram {
  readonly numItems: number;
  readonly neighbours: number;
  readonly minSupport: number;
  readonly offsets: Int32Array;
  readonly items: Int32Array;
  readonly counts: Float64Array;
  readonly diagonal: Float64Array;
  /**
   * Per item, the weakest kept score (count / √count_j) when its row is full, else 0: every pair its row dropped
   * has a count below `minSupport` or a score at most this.
   */
  readonly thresholds: Float64Array;
}

/**
 * Counts the pruned Gram {@link fitSparseEase} regresses on: for each item its `neighbours` (default 100) items of
 * largest cosine among those shared by at least `minSupport` (default 5) users, with their pair counts. One pass
 * over each item's users' histories (O(Σ_u |u|²) time), O(items × neighbours) memory.
 */
export function sparseEaseGram(
  data: TrainingData,
  options: Pick<SparseEaseOptions, "neighbours" | "minSupport"> = {},
): SparseEaseGram {
  const m = options.neighbours ?? 100;
  if (!(Number.isInteger(m) && m >= 1)) throw new ConfigError("neighbours", "must be an integer ≥ 1");
  const minSupport = options.minSupport ?? 5;
  if (!(Number.isInteger(minSupport) && minSupport >= 1))
    throw new ConfigError("minSupport", "must be an integer ≥ 1");
  return { numItems: data.numItems, neighbours: m, minSupport, ...prunedGram(data, m, minSupport) };
}

/** A fitted sparse EASE: item-item weights by evidence item (the layout of `ItemKnnModel`). */
export type SparseEaseModel = SparseItemRows;

/**
 * Fits sparse EASE on the distinct user–item pairs of `data`. Throws {@link ConfigError} for a bad option or
 * index. Each local system's diagonal also carries a bound of the pair counts pruning dropped from its row, so it
 * is positive definite whatever was pruned (the ridge is then a little stronger where more was dropped).
 */
export function fitSparseEase(data: TrainingData, options: SparseEaseOptions = {}): SparseEaseModel {
  const lambda = options.lambda ?? 500;
  if (!(Number.isFinite(lambda) && lambda > 0))
    throw new ConfigError("lambda", "must be a finite number > 0");
  const dropout = options.dropout ?? 0;
  if (!(dropout >= 0 && dropout < 1)) throw new ConfigError("dropout", "must be a number in [0, 1)");
  const m = options.neighbours ?? 100;
  if (!(Number.isInteger(m) && m >= 1)) throw new ConfigError("neighbours", "must be an integer ≥ 1");
  const minSupport = options.minSupport ?? 5;
  if (!(Number.isInteger(minSupport) && minSupport >= 1))
    throw new ConfigError("minSupport", "must be an integer ≥ 1");
  const n = data.numItems;
  const given = options.gram;
  if (given && (given.numItems !== n || given.neighbours !== m || given.minSupport !== minSupport))
    throw new ConfigError("gram", `is not a pruned Gram of ${n} items, ${m} neighbours, floor ${minSupport}`);
  const pruned = given ?? sparseEaseGram(data, { neighbours: m, minSupport });
  const boost = dropout / (1 - dropout);
  // Column i of B (the weights of its neighbours), solved item by item.
  const columnOffsets = new Int32Array(n + 1);
  const columnItems = pruned.items;
  const columnWeights = new Float32Array(columnItems.length);
  const position = new Int32Array(n).fill(-1);
  const matrix = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  const shift = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const start = pruned.offsets[i] ?? 0;
    const end = pruned.offsets[i + 1] ?? 0;
    columnOffsets[i + 1] = end;
    const size = end - start;
    if (size === 0) continue;
    for (let a = 0; a < size; a++) position[columnItems[start + a] ?? 0] = a;
    matrix.fill(0, 0, size * size);
    for (let a = 0; a < size; a++) {
      const j = columnItems[start + a] ?? 0;
      const count = pruned.diagonal[j] ?? 0;
      matrix[a * size + a] = count * (1 + boost) + lambda;
      rhs[a] = pruned.counts[start + a] ?? 0;
      // Pairs among the neighbours that some item's pruned row kept (from either side).
      for (let e = pruned.offsets[j] ?? 0; e < (pruned.offsets[j + 1] ?? 0); e++) {
        const b = position[pruned.items[e] ?? 0] ?? -1;
        if (b < 0 || b === a) continue;
        const c = pruned.counts[e] ?? 0;
        matrix[a * size + b] = c;
        matrix[b * size + a] = c;
      }
    }
    // A pair both rows pruned is missing (0) though its count may not be: G̃ = G − E. Adding to each diagonal entry
    // the bounds of its row's missing counts makes D − E diagonally dominant, so G̃ + D ⪰ G: the system stays
    // positive definite (and its weights bounded) however much was pruned.
    const floor = minSupport - 1;
    for (let a = 0; a < size; a++) {
      const j = columnItems[start + a] ?? 0;
      const dj = pruned.diagonal[j] ?? 0;
      for (let b = a + 1; b < size; b++) {
        if (matrix[a * size + b] !== 0) continue;
        const k = columnItems[start + b] ?? 0;
        const dk = pruned.diagonal[k] ?? 0;
        const bound = Math.min(
          dj,
          dk,
          Math.max(floor, (pruned.thresholds[j] ?? 0) * Math.sqrt(dk)),
          Math.max(floor, (pruned.thresholds[k] ?? 0) * Math.sqrt(dj)),
        );
        shift[a] = (shift[a] ?? 0) + bound;
        shift[b] = (shift[b] ?? 0) + bound;
      }
    }
    for (let a = 0; a < size; a++) {
      matrix[a * size + a] = (matrix[a * size + a] ?? 0) + (shift[a] ?? 0);
      shift[a] = 0;
    }
    const solution = solveSpd(matrix, rhs, size);
    for (let a = 0; a < size; a++) columnWeights[start + a] = solution[a] ?? 0;
    for (let a = 0; a < size; a++) position[columnItems[start + a] ?? 0] = -1;
  }
  return byEvidence(n, columnOffsets, columnItems, columnWeights);
}

/** Scores of a history (distinct items), written into `out`: score(i) = Σ_h B[h][i]. History items are not masked. */
export const sparseEaseScores: (
  model: SparseEaseModel,
  history: ArrayLike<number>,
  out: Float64Array,
  weights?: ArrayLike<number>,
) => Float64Array = sparseRowsScores;

/** The history items that contribute to `item`'s score and their amounts, in history order; they sum to the score. */
export const sparseEaseContributions: (
  model: SparseEaseModel,
  history: ArrayLike<number>,
  item: number,
  weights?: ArrayLike<number>,
) => ModelContribution[] = sparseRowsContributions;

type PrunedGram = Pick<SparseEaseGram, "offsets" | "items" | "counts" | "diagonal" | "thresholds">;

/**
 * For each item, its `m` neighbours of largest cosine (count / √(count_i · count_j), lower index on ties) among
 * items shared by at least `minSupport` users, with the exact pair counts: one pass over each item's users.
 */
function prunedGram(data: TrainingData, m: number, minSupport: number): PrunedGram {
  const n = data.numItems;
  const byUser = userHistories(data);
  const diagonal = new Float64Array(n);
  const thresholds = new Float64Array(n);
  for (const i of byUser.items) diagonal[i] = (diagonal[i] ?? 0) + 1;
  const itemOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) itemOffsets[i + 1] = (itemOffsets[i] ?? 0) + (diagonal[i] ?? 0);
  const itemUsers = new Int32Array(byUser.items.length);
  const cursor = itemOffsets.slice(0, n);
  for (let u = 0; u + 1 < byUser.offsets.length; u++)
    for (let p = byUser.offsets[u] ?? 0; p < (byUser.offsets[u + 1] ?? 0); p++) {
      const i = byUser.items[p] ?? 0;
      itemUsers[cursor[i] ?? 0] = u;
      cursor[i] = (cursor[i] ?? 0) + 1;
    }
  const counts = new Float64Array(n);
  const touched = new Int32Array(n);
  const heapItems = new Int32Array(m);
  const heapValues = new Float64Array(m);
  const offsets = new Int32Array(n + 1);
  let neighbours = new Int32Array(Math.min(n * m, 1 << 20));
  let kept = new Float64Array(neighbours.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let e = itemOffsets[i] ?? 0; e < (itemOffsets[i + 1] ?? 0); e++) {
      const u = itemUsers[e] ?? 0;
      for (let p = byUser.offsets[u] ?? 0; p < (byUser.offsets[u + 1] ?? 0); p++) {
        const j = byUser.items[p] ?? 0;
        if (counts[j] === 0) touched[count++] = j;
        counts[j] = (counts[j] ?? 0) + 1;
      }
    }
    let heap = 0;
    for (let t = 0; t < count; t++) {
      const j = touched[t] ?? 0;
      const c = counts[j] ?? 0;
      if (j === i || c < minSupport) continue;
      heap = offerTop(heapItems, heapValues, heap, m, j, c / Math.sqrt(diagonal[j] ?? 1));
    }
    thresholds[i] = heap === m ? (heapValues[0] ?? 0) : 0;
    const row = Array.from(heapItems.subarray(0, heap)).sort((a, b) => a - b);
    if (size + row.length > neighbours.length) {
      const capacity = Math.max(neighbours.length * 2, size + row.length);
      const grownItems = new Int32Array(capacity);
      grownItems.set(neighbours);
      const grownCounts = new Float64Array(capacity);
      grownCounts.set(kept);
      neighbours = grownItems;
      kept = grownCounts;
    }
    for (const j of row) {
      neighbours[size] = j;
      kept[size] = counts[j] ?? 0;
      size++;
    }
    offsets[i + 1] = size;
    for (let t = 0; t < count; t++) counts[touched[t] ?? 0] = 0;
  }
  return { offsets, items: neighbours.slice(0, size), counts: kept.slice(0, size), diagonal, thresholds };
}

/**
 * Solves A·x = b for the symmetric `size × size` matrix in `a` (row-major, overwritten by its Cholesky factor) and
 * returns x (a new array). When a pivot is not positive (pruning can make the system indefinite), the diagonal is
 * raised by a growing share of its mean and the factorisation restarts.
 */
function solveSpd(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const original = a.slice(0, size * size);
  let meanDiagonal = 0;
  for (let i = 0; i < size; i++) meanDiagonal += original[i * size + i] ?? 0;
  meanDiagonal /= size;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) {
      a.set(original);
      const shift = meanDiagonal * 0.1 * 2 ** (attempt - 1);
      for (let i = 0; i < size; i++) a[i * size + i] = (a[i * size + i] ?? 0) + shift;
    }
    if (cholesky(a, size) || attempt >= 30) break;
  }
  const x = b.slice(0, size);
  for (let i = 0; i < size; i++) {
    let s = x[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (a[i * size + k] ?? 0) * (x[k] ?? 0);
    x[i] = s / (a[i * size + i] ?? 1);
  }
  for (let i = size - 1; i >= 0; i--) {
    let s = x[i] ?? 0;
    for (let k = i + 1; k < size; k++) s -= (a[k * size + i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (a[i * size + i] ?? 1);
  }
  return x;
}

/** Lower Cholesky factor in place; false on a non-positive pivot. */
function cholesky(a: Float64Array, size: number): boolean {
  for (let i = 0; i < size; i++) {
    const ri = i * size;
    for (let j = 0; j <= i; j++) {
      const rj = j * size;
      let s = a[ri + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (a[ri + k] ?? 0) * (a[rj + k] ?? 0);
      if (j < i) a[ri + j] = s / (a[rj + j] ?? 1);
      else if (s > 0 && Number.isFinite(s)) a[ri + i] = Math.sqrt(s);
      else return false;
    }
  }
  return true;
}

/** Columns (by target) transposed into rows by evidence item, targets ascending, as the sparse scorers read them. */
function byEvidence(
  n: number,
  columnOffsets: Int32Array,
  columnItems: Int32Array,
  columnWeights: Float32Array,
): SparseEaseModel {
  const offsets = new Int32Array(n + 1);
  for (const h of columnItems) offsets[h + 1] = (offsets[h + 1] ?? 0) + 1;
  for (let h = 0; h < n; h++) offsets[h + 1] = (offsets[h + 1] ?? 0) + (offsets[h] ?? 0);
  const cursor = offsets.slice(0, n);
  const neighbours = new Int32Array(columnItems.length);
  const weights = new Float32Array(columnItems.length);
  for (let i = 0; i < n; i++)
    for (let e = columnOffsets[i] ?? 0; e < (columnOffsets[i + 1] ?? 0); e++) {
      const h = columnItems[e] ?? 0;
      const at = cursor[h] ?? 0;
      neighbours[at] = i;
      weights[at] = columnWeights[e] ?? 0;
      cursor[h] = at + 1;
    }
  return { numItems: n, offsets, neighbours, weights };
}
