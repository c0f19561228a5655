/**
 * User-kNN: a history's k most similar training users (cosine over item sets, with shrinkage) vote for their items.
 * Its evidence is other people, so it serves evaluation only: the served recommender cites items, never users.
 */
import { ConfigError } from "../../internal/candor-error.ts";
import type { TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitUserKnn}. */
export interface UserKnnOptions {
  /** Neighbours per history; default 100. */
  readonly k?: number;
  /** Shrinkage added to the cosine's denominator, damping neighbours with little overlap; default 0. */
  readonly shrink?: number;
}

/** A fitted user-kNN model: the training users' item sets in both orientations. */
export interface UserKnnModel {
  readonly numUsers: number;
  readonly numItems: number;
  readonly k: number;
  readonly shrink: number;
  /** Each training user's distinct items: `userItems[userOffsets[v]..userOffsets[v+1]]`. */
  readonly userOffsets: Int32Array;
  readonly userItems: Int32Array;
  /** Each item's users: `itemUsers[itemOffsets[i]..itemOffsets[i+1]]`, ascending. */
  readonly itemOffsets: Int32Array;
  readonly itemUsers: Int32Array;
}

/** One neighbour's part of a user-kNN score: the neighbour (a training user) and its similarity. */
export interface NeighbourContribution {
  readonly neighbour: number;
  readonly amount: number;
}

/** Indexes the training data for {@link userKnnScores} (O(interactions)). */
export function fitUserKnn(data: TrainingData, options: UserKnnOptions = {}): UserKnnModel {
  const k = options.k ?? 100;
  const shrink = options.shrink ?? 0;
  if (!(Number.isInteger(k) && k >= 1)) throw new ConfigError("k", "must be an integer ≥ 1");
  if (!(Number.isFinite(shrink) && shrink >= 0))
    throw new ConfigError("shrink", "must be a finite number ≥ 0");
  const byUser = userHistories(data);
  const n = data.numItems;
  const itemOffsets = new Int32Array(n + 1);
  for (const i of byUser.items) itemOffsets[i + 1] = (itemOffsets[i + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) itemOffsets[i + 1] = (itemOffsets[i + 1] ?? 0) + (itemOffsets[i] ?? 0);
  const cursor = itemOffsets.slice(0, n);
  const itemUsers = new Int32Array(byUser.items.length);
  for (let v = 0; v < data.numUsers; v++) {
    const end = byUser.offsets[v + 1] ?? 0;
    for (let p = byUser.offsets[v] ?? 0; p < end; p++) {
      const i = byUser.items[p] ?? 0;
      const at = cursor[i] ?? 0;
      itemUsers[at] = v;
      cursor[i] = at + 1;
    }
  }
  return {
    numUsers: data.numUsers,
    numItems: n,
    k,
    shrink,
    userOffsets: byUser.offsets,
    userItems: byUser.items,
    itemOffsets,
    itemUsers,
  };
}

/**
 * The k training users most similar to a history (distinct items), best first, lower user index winning ties:
 * sim(v) = |history ∩ v| / (√|history|·√|v| + shrink). `exclude` (e.g. the user's own training row) is skipped.
 */
export function userKnnNeighbours(
  model: UserKnnModel,
  history: ArrayLike<number>,
  exclude = -1,
): NeighbourContribution[] {
  const overlap = new Int32Array(model.numUsers);
  const seen = new Uint8Array(model.numItems);
  let size = 0;
  for (let p = 0; p < history.length; p++) {
    const h = history[p] ?? 0;
    if (seen[h]) continue;
    seen[h] = 1;
    size++;
    const end = model.itemOffsets[h + 1] ?? 0;
    for (let e = model.itemOffsets[h] ?? 0; e < end; e++) {
      const v = model.itemUsers[e] ?? 0;
      overlap[v] = (overlap[v] ?? 0) + 1;
    }
  }
  const candidates: NeighbourContribution[] = [];
  const root = Math.sqrt(size);
  for (let v = 0; v < model.numUsers; v++) {
    const o = overlap[v] ?? 0;
    if (o === 0 || v === exclude) continue;
    const length = (model.userOffsets[v + 1] ?? 0) - (model.userOffsets[v] ?? 0);
    candidates.push({ neighbour: v, amount: o / (root * Math.sqrt(length) + model.shrink) });
  }
  candidates.sort((a, b) => b.amount - a.amount || a.neighbour - b.neighbour);
  return candidates.slice(0, model.k);
}

/**
 * Writes every item's score for a history into `out` (length `numItems`) and returns it: score(i) = Σ over the
 * neighbours v holding i of sim(v). History items are not masked.
 */
export function userKnnScores(
  model: UserKnnModel,
  history: ArrayLike<number>,
  out: Float64Array,
  exclude = -1,
): Float64Array {
  out.fill(0, 0, model.numItems);
  for (const { neighbour, amount } of userKnnNeighbours(model, history, exclude)) {
    const end = model.userOffsets[neighbour + 1] ?? 0;
    for (let p = model.userOffsets[neighbour] ?? 0; p < end; p++) {
      const i = model.userItems[p] ?? 0;
      out[i] = (out[i] ?? 0) + amount;
    }
  }
  return out;
}
