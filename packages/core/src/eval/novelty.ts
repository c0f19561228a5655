/** Novelty@k: how unpopular, in bits, the recommended items are. */
import type { Interactions } from "./interactions.ts";

/**
 * Each item's share of the table's interactions. Items never seen count as seen once, so that their
 * novelty stays finite.
 */
export function interactionShares(interactions: Interactions): Float64Array {
  const shares = new Float64Array(interactions.numItems);
  for (const item of interactions.items) shares[item] = (shares[item] ?? 0) + 1;
  const total = Math.max(interactions.items.length, 1);
  for (let i = 0; i < shares.length; i++) shares[i] = Math.max(shares[i] ?? 0, 1) / total;
  return shares;
}

/** Mean −log2(popularity share) over the first k items of the list; 0 for an empty list. */
export function noveltyAtK(list: ArrayLike<number>, shares: ArrayLike<number>, k: number): number {
  const n = Math.min(k, list.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let r = 0; r < n; r++) sum -= Math.log2(shares[list[r] ?? -1] ?? 1);
  return sum / n;
}
