/**
 * Dense co-occurrence statistics of one data set, counted once and shared by the fits that need them: EASE's Gram
 * matrix, item-kNN's pair counts and norms, RP3beta's degree-weighted two-step walks (one per α). A tuner that fits
 * many configurations on the same data recounts nothing; every fit from it is bit-identical to one without it.
 */
import { ConfigError } from "../../internal/candor-error.ts";
import { type EaseGram, easeGram } from "./ease.ts";
import type { TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Co-occurrence of a data set's distinct user–item pairs (see {@link sharedCooccurrence}). */
export interface SharedCooccurrence {
  readonly numItems: number;
  /** XᵀX of the distinct pairs (lower triangle and diagonal): pair counts, item counts on the diagonal. */
  readonly gram: EaseGram;
  /**
   * Lazily counted by RP3beta: Σ_u |u|^−α over users of both items (lower triangle), for the last two α used
   * (up to two more matrices of memory; one when two would exceed {@link WALKS_MAX_BYTES}), least recently used
   * first, so a search that steps α away and back does not recount.
   */
  readonly walks: Map<number, Float64Array>;
  /** The data it was counted from, to refuse reuse on other data. */
  readonly data: TrainingData;
}

/** Most memory the kept walk matrices may take together (256 MiB: two matrices up to 4,096 items). */
export const WALKS_MAX_BYTES = 2 ** 28;

/** Largest catalog whose dense co-occurrence (8·items² bytes per matrix) is counted; EASE's own cap. */
export const COOCCURRENCE_MAX_ITEMS = 16384;

/**
 * Counts the pair counts of `data`'s distinct user–item pairs (O(items²) memory) for the `cooccurrence` option of
 * `fitEase`, `fitItemKnn` and `fitRp3beta`. Throws {@link ConfigError} above {@link COOCCURRENCE_MAX_ITEMS} items.
 */
export function sharedCooccurrence(data: TrainingData): SharedCooccurrence {
  if (data.numItems > COOCCURRENCE_MAX_ITEMS)
    throw new ConfigError("data.numItems", `co-occurrence supports at most ${COOCCURRENCE_MAX_ITEMS} items`);
  return { numItems: data.numItems, gram: easeGram(data), walks: new Map(), data };
}

/** Checks that `shared` was counted from `data` (the same object or the same arrays). */
export function checkCooccurrence(shared: SharedCooccurrence, data: TrainingData): void {
  const same =
    shared.data === data ||
    (shared.data.users === data.users &&
      shared.data.items === data.items &&
      shared.data.numUsers === data.numUsers &&
      shared.data.numItems === data.numItems);
  if (!same) throw new ConfigError("cooccurrence", "was counted from other data");
}

/**
 * RP3beta's two-step weights without the item factors: W[h][i] = Σ over users u of both h and i of |u|^−α
 * (lower triangle, row-major), summed in ascending user order as `fitRp3beta` sums them; the last two α's are kept
 * (the last one only when two would take more than {@link WALKS_MAX_BYTES}).
 */
export function cooccurrenceWalks(shared: SharedCooccurrence, alpha: number): Float64Array {
  const cached = shared.walks.get(alpha);
  if (cached) {
    // Most recently used last.
    shared.walks.delete(alpha);
    shared.walks.set(alpha, cached);
    return cached;
  }
  const data = shared.data;
  const n = data.numItems;
  const histories = userHistories(data);
  const values = new Float64Array(n * n);
  for (let u = 0; u < data.numUsers; u++) {
    const start = histories.offsets[u] ?? 0;
    const end = histories.offsets[u + 1] ?? 0;
    if (end === start) continue;
    const step = (end - start) ** -alpha;
    for (let p = start; p < end; p++) {
      const row = (histories.items[p] ?? 0) * n;
      for (let q = start; q <= p; q++) {
        const at = row + (histories.items[q] ?? 0);
        values[at] = (values[at] ?? 0) + step;
      }
    }
  }
  const kept = 2 * 8 * n * n <= WALKS_MAX_BYTES ? 2 : 1;
  for (const old of [...shared.walks.keys()].slice(0, Math.max(0, shared.walks.size - kept + 1)))
    shared.walks.delete(old);
  shared.walks.set(alpha, values);
  return values;
}
