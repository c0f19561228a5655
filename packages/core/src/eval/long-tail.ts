/** The long tail and APLT@k (average percentage of long-tail items, Abdollahpouri et al. 2019). */
import type { Interactions } from "./interactions.ts";

/** Options of {@link longTailItems}. */
export interface LongTailOptions {
  /** Share of interactions held by the head; default 0.8. */
  readonly headShare?: number;
}

/**
 * Flags (1) the long-tail items: all but the head, the most interacted-with items (ties by index) that together
 * hold `headShare` of the interactions. Items without interactions are long tail.
 */
export function longTailItems(interactions: Interactions, options: LongTailOptions = {}): Uint8Array {
  const headShare = options.headShare ?? 0.8;
  const counts = new Float64Array(interactions.numItems);
  for (const item of interactions.items) counts[item] = (counts[item] ?? 0) + 1;
  const order = Array.from({ length: counts.length }, (_, i) => i).sort(
    (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b,
  );
  const tail = new Uint8Array(counts.length).fill(1);
  const target = headShare * interactions.items.length;
  let cumulative = 0;
  for (const item of order) {
    if (cumulative >= target || (counts[item] ?? 0) === 0) break;
    tail[item] = 0;
    cumulative += counts[item] ?? 0;
  }
  return tail;
}

/** Share of long-tail items among the first k items of the list; 0 for an empty list. */
export function apltAtK(list: ArrayLike<number>, tail: ArrayLike<number>, k: number): number {
  const n = Math.min(k, list.length);
  if (n === 0) return 0;
  let count = 0;
  for (let r = 0; r < n; r++) if (tail[list[r] ?? -1] === 1) count++;
  return count / n;
}
