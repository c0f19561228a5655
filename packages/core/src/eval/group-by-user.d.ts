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
export declare function groupByUser(interactions: Interactions): UserGroups;
