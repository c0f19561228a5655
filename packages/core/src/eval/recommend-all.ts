/** Full ranking for evaluation: every item not excluded for a user is a candidate (QUALITY.md). */

import { topK } from "../internal/top-k.ts";
import { groupByUser } from "./group-by-user.ts";
import type { Interactions } from "./interactions.ts";

/** Writes a score for every item of the catalog into `out` (length `numItems`, zero-filled before the call). */
export type UserScorer = (user: number, out: Float64Array) => void;

/** Options of {@link recommendAll}. */
export interface RecommendAllOptions {
  /** Users to rank for. */
  readonly users: Iterable<number>;
  /** Catalog size. */
  readonly numItems: number;
  /** List length. */
  readonly k: number;
  /** Tables whose user–item pairs are masked (e.g. train and validation when scoring test); default none. */
  readonly exclude?: readonly Interactions[];
}

/** Ranks all non-excluded items for each user by the scorer and returns each user's top-k, best first. */
export function recommendAll(scoreUser: UserScorer, options: RecommendAllOptions): Map<number, Int32Array> {
  const exclude = (options.exclude ?? []).map((table) => groupByUser(table));
  const scores = new Float64Array(options.numItems);
  const mask = new Uint8Array(options.numItems);
  const lists = new Map<number, Int32Array>();
  for (const user of options.users) {
    const setMask = (flag: number) => {
      for (const groups of exclude) {
        const end = groups.offsets[user + 1] ?? 0;
        for (let q = groups.offsets[user] ?? 0; q < end; q++) mask[groups.items[q] ?? 0] = flag;
      }
    };
    scores.fill(0);
    scoreUser(user, scores);
    setMask(1);
    lists.set(user, topK(scores, options.k, mask));
    setMask(0);
  }
  return lists;
}
