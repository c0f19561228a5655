/** Exponential time decay of interaction weights by half-life (internal). */
import { ConfigError } from "../../internal/candor-error.ts";
import type { TrainingData } from "./types.ts";

/** Options shared by the models that decay interactions over time. */
export interface TimeDecayOptions {
  /** Half-life in seconds: an interaction that old weighs ½. Default none (no decay). */
  readonly halfLife?: number;
  /** Reference time in Unix seconds; default the latest timestamp in the data. */
  readonly now?: number;
}

/**
 * The weight of interaction p, 2^(−(now − t)/halfLife) capped at 1, or `undefined` without a half-life.
 * Interactions without a timestamp weigh 1.
 */
export function timeDecay(
  data: TrainingData,
  options: TimeDecayOptions,
): ((position: number) => number) | undefined {
  const { halfLife } = options;
  if (halfLife === undefined) return undefined;
  if (!(Number.isFinite(halfLife) && halfLife > 0))
    throw new ConfigError("halfLife", "must be a finite number > 0");
  const timestamps = data.timestamps;
  if (timestamps === undefined) throw new ConfigError("halfLife", "needs data.timestamps");
  let now = options.now;
  if (now === undefined) {
    now = Number.NEGATIVE_INFINITY;
    for (const t of timestamps) if (t > now) now = t;
  } else if (!Number.isFinite(now)) throw new ConfigError("now", "must be a finite number");
  const reference = now;
  return (p) => {
    const t = timestamps[p] ?? Number.NaN;
    return Number.isNaN(t) ? 1 : Math.min(1, 2 ** (-(reference - t) / halfLife));
  };
}
