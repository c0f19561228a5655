import { type Interactions } from "./interactions.ts";
import type { Split } from "./split-by-ratio.ts";
/** Options of {@link leaveLastOut}. */
export interface LeaveLastOutOptions {
    /** Hold out the second-latest interaction as validation; default `true`. */
    readonly validation?: boolean;
}
/**
 * Splits per user by time. Interactions without a timestamp count as older than any timestamped one; ties keep
 * table order. A user keeps at least one train interaction: with 1 interaction only train, with 2 train + test.
 */
export declare function leaveLastOut(interactions: Interactions, options?: LeaveLastOutOptions): Split;
