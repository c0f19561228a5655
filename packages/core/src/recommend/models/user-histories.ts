/** Distinct, sorted item histories per user, with optional per-interaction weights (internal). */
import { ConfigError } from "../../internal/candor-error.ts";
import type { TrainingData } from "./types.ts";

/** Each user's distinct items, ascending: `items[offsets[u]..offsets[u+1]]`, weights alongside. */
export interface UserHistories {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
  /** Per entry, the largest weight among the user's interactions with the item (1 when unweighted). */
  readonly weights: Float64Array;
}

/** Builds the histories with two stable counting sorts (by item, then by user), then merges repeated pairs. */
export function userHistories(data: TrainingData, weightOf?: (position: number) => number): UserHistories {
  const { users, items, numUsers, numItems } = data;
  const n = users.length;
  if (items.length !== n) throw new ConfigError("data.items", `has ${items.length} entries, users has ${n}`);
  for (let p = 0; p < n; p++) {
    const u = users[p] ?? -1;
    const i = items[p] ?? -1;
    if (!(u >= 0 && u < numUsers))
      throw new ConfigError(`data.users.${p}`, `${u} is outside 0..${numUsers - 1}`);
    if (!(i >= 0 && i < numItems))
      throw new ConfigError(`data.items.${p}`, `${i} is outside 0..${numItems - 1}`);
  }
  const byItem = countingSort(
    items,
    numItems,
    Int32Array.from({ length: n }, (_, p) => p),
  );
  const byUser = countingSort(users, numUsers, byItem);
  const offsets = new Int32Array(numUsers + 1);
  const outItems = new Int32Array(n);
  const outWeights = new Float64Array(n);
  let size = 0;
  let previousUser = -1;
  let previousItem = -1;
  for (const p of byUser) {
    const u = users[p] ?? 0;
    const i = items[p] ?? 0;
    const w = weightOf ? weightOf(p) : 1;
    if (u === previousUser && i === previousItem) {
      if (w > (outWeights[size - 1] ?? 0)) outWeights[size - 1] = w;
      continue;
    }
    while (previousUser < u) offsets[++previousUser] = size;
    outItems[size] = i;
    outWeights[size] = w;
    size++;
    previousItem = i;
  }
  while (previousUser < numUsers) offsets[++previousUser] = size;
  return { offsets, items: outItems.slice(0, size), weights: outWeights.slice(0, size) };
}

/** Returns `order` stably sorted by `keys[position]`. */
function countingSort(keys: Int32Array, range: number, order: Int32Array): Int32Array {
  const starts = new Int32Array(range + 1);
  for (const key of keys) starts[key + 1] = (starts[key + 1] ?? 0) + 1;
  for (let k = 0; k < range; k++) starts[k + 1] = (starts[k + 1] ?? 0) + (starts[k] ?? 0);
  const sorted = new Int32Array(order.length);
  for (const p of order) {
    const key = keys[p] ?? 0;
    const at = starts[key] ?? 0;
    sorted[at] = p;
    starts[key] = at + 1;
  }
  return sorted;
}
