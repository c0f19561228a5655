/** Protocol G's split (QUALITY.md): each user's interactions shuffled with a fixed seed, then cut by ratio. */

import { ConfigError } from "../internal/candor-error.ts";
import { mulberry32 } from "../internal/mulberry32.ts";
import { groupByUser } from "./group-by-user.ts";
import { type Interactions, selectInteractions } from "./interactions.ts";

/** Train, validation and test parts of one table; all three share its index maps. */
export interface Split {
  readonly train: Interactions;
  readonly validation: Interactions;
  readonly test: Interactions;
}

/** Options of {@link splitByRatio}. */
export interface RatioSplitOptions {
  /** Train, validation and test shares; default `[0.8, 0.1, 0.1]`. Must be ≥ 0 and sum to 1. */
  readonly ratios?: readonly [number, number, number];
  /** Seed of the {@link mulberry32} shuffle; default `2020`. */
  readonly seed?: number;
}

/**
 * Splits per user (RecBole's `RS` with `group_by: user`). Users are visited in index order and each user's
 * interactions, in table order, are shuffled (Fisher–Yates) from one seeded generator. For `n` interactions:
 * `nValidation = floor(0.1·n)`, `nTest = floor(0.1·n)`, train takes the rest; then, as RecBole's
 * `_calcu_split_ids`, while train keeps more than one interaction, test and then validation get one when their
 * share of `n` is between 0 and 1 (so a user with 2 interactions gets train + test, with 3 one of each, and a user
 * with 1 only train). The order is train, validation, test along the shuffled list.
 */
export function splitByRatio(interactions: Interactions, options: RatioSplitOptions = {}): Split {
  const ratios = options.ratios ?? [0.8, 0.1, 0.1];
  const seed = options.seed ?? 2020;
  ratios.forEach((r, i) => {
    if (!(Number.isFinite(r) && r >= 0)) throw new ConfigError(`ratios.${i}`, "must be a number ≥ 0");
  });
  if (Math.abs(ratios[0] + ratios[1] + ratios[2] - 1) > 1e-9)
    throw new ConfigError("ratios", "must sum to 1");
  if (!Number.isInteger(seed)) throw new ConfigError("seed", "must be an integer");
  const random = mulberry32(seed);
  const groups = groupByUser(interactions);
  const part = new Uint8Array(interactions.users.length);
  const order: number[] = [];
  for (let u = 0; u < interactions.numUsers; u++) {
    const start = groups.offsets[u] ?? 0;
    const end = groups.offsets[u + 1] ?? 0;
    const n = end - start;
    if (n === 0) continue;
    order.length = 0;
    for (let q = start; q < end; q++) order.push(groups.positions[q] ?? 0);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = swap;
    }
    const [nTrain, nValidation] = splitCounts(n, ratios);
    order.forEach((p, rank) => {
      part[p] = rank < nTrain ? 0 : rank < nTrain + nValidation ? 1 : 2;
    });
  }
  return {
    train: selectInteractions(
      interactions,
      part.map((x) => (x === 0 ? 1 : 0)),
    ),
    validation: selectInteractions(
      interactions,
      part.map((x) => (x === 1 ? 1 : 0)),
    ),
    test: selectInteractions(
      interactions,
      part.map((x) => (x === 2 ? 1 : 0)),
    ),
  };
}

/** RecBole's per-group counts for ratios `[train, validation, test]`. */
export function splitCounts(n: number, ratios: readonly [number, number, number]): [number, number, number] {
  const counts: [number, number, number] = [0, Math.floor(ratios[1] * n), Math.floor(ratios[2] * n)];
  counts[0] = n - counts[1] - counts[2];
  for (const i of [2, 1] as const) {
    if (counts[0] <= 1) break;
    const share = ratios[i] * n;
    if (share > 0 && share < 1) {
      counts[i]++;
      counts[0]--;
    }
  }
  return counts;
}
