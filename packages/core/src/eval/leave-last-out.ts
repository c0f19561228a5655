/** The leave-last-out split by time: each user's latest interaction is test, the one before it validation. */
import { groupByUser } from "./group-by-user.ts";
import { type Interactions, selectInteractions } from "./interactions.ts";
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
export function leaveLastOut(interactions: Interactions, options: LeaveLastOutOptions = {}): Split {
  const withValidation = options.validation ?? true;
  const groups = groupByUser(interactions);
  const time = (p: number) => {
    const t = interactions.timestamps[p] ?? Number.NaN;
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  };
  const part = new Uint8Array(interactions.users.length);
  for (let u = 0; u < interactions.numUsers; u++) {
    const positions = Array.from(
      groups.positions.subarray(groups.offsets[u] ?? 0, groups.offsets[u + 1] ?? 0),
    );
    positions.sort((a, b) => time(a) - time(b) || a - b);
    const n = positions.length;
    if (n >= 2) part[positions[n - 1] ?? 0] = 2;
    if (n >= 3 && withValidation) part[positions[n - 2] ?? 0] = 1;
  }
  const pick = (which: number) =>
    selectInteractions(
      interactions,
      part.map((x) => (x === which ? 1 : 0)),
    );
  return { train: pick(0), validation: pick(1), test: pick(2) };
}
