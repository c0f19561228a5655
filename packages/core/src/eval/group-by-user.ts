/** Per-user views of an interaction table in compressed sparse row form. */
import type { Interactions } from "./interactions.ts";

/** Each user's interactions: `positions[offsets[u]..offsets[u+1]]` index the source table, `items` the same slice's items. */
export interface UserGroups {
  /** `numUsers + 1` offsets into `positions` and `items`. */
  readonly offsets: Int32Array;
  /** Positions in the source table, grouped by user, in table order within a user. */
  readonly positions: Int32Array;
  /** Item index at each grouped position. */
  readonly items: Int32Array;
}

/** Groups interactions by user with a stable counting sort (O(n + numUsers)). */
export function groupByUser(interactions: Interactions): UserGroups {
  const { users, items: source, numUsers } = interactions;
  const offsets = new Int32Array(numUsers + 1);
  for (const u of users) offsets[u + 1] = (offsets[u + 1] ?? 0) + 1;
  for (let u = 0; u < numUsers; u++) offsets[u + 1] = (offsets[u + 1] ?? 0) + (offsets[u] ?? 0);
  const cursor = offsets.slice(0, numUsers);
  const positions = new Int32Array(users.length);
  const items = new Int32Array(users.length);
  for (let p = 0; p < users.length; p++) {
    const u = users[p] ?? 0;
    const at = cursor[u] ?? 0;
    positions[at] = p;
    items[at] = source[p] ?? 0;
    cursor[u] = at + 1;
  }
  return { offsets, positions, items };
}
