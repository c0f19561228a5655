/** The iterative k-core filter over users and items. */
import { ConfigError } from "../internal/candor-error.ts";
import { type Interactions, selectInteractions } from "./interactions.ts";

/** Options of {@link kCore}. */
export interface KCoreOptions {
  /** Minimum interactions per user and per item (e.g. 10 for ML-1M in QUALITY.md). */
  readonly k: number;
  /** Minimum interactions per user; default `k`. */
  readonly userK?: number;
  /** Minimum interactions per item; default `k`. */
  readonly itemK?: number;
}

/**
 * Repeatedly drops users with fewer than `userK` and items with fewer than `itemK` interactions until none is left
 * below its bound (every interaction counts, as in RecBole). Users and items left empty are dropped and renumbered.
 */
export function kCore(interactions: Interactions, options: KCoreOptions): Interactions {
  const userK = options.userK ?? options.k;
  const itemK = options.itemK ?? options.k;
  for (const [path, value] of [
    ["k", options.k],
    ["userK", userK],
    ["itemK", itemK],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new ConfigError(path, "must be a non-negative integer");
  }
  const { users, items } = interactions;
  const keep = new Uint8Array(users.length).fill(1);
  const userCount = new Int32Array(interactions.numUsers);
  const itemCount = new Int32Array(interactions.numItems);
  for (;;) {
    userCount.fill(0);
    itemCount.fill(0);
    for (let p = 0; p < users.length; p++) {
      if (keep[p] === 0) continue;
      const u = users[p] ?? 0;
      const i = items[p] ?? 0;
      userCount[u] = (userCount[u] ?? 0) + 1;
      itemCount[i] = (itemCount[i] ?? 0) + 1;
    }
    let dropped = 0;
    for (let p = 0; p < users.length; p++) {
      if (
        keep[p] === 1 &&
        ((userCount[users[p] ?? 0] ?? 0) < userK || (itemCount[items[p] ?? 0] ?? 0) < itemK)
      ) {
        keep[p] = 0;
        dropped++;
      }
    }
    if (dropped === 0) break;
  }
  return selectInteractions(interactions, keep, { compact: true });
}
