/** When to refit the models: on a fixed interval, and at once when drift was detected since the last fit. */
import { ConfigError } from "../internal/candor-error.ts";
import type { DriftEvent } from "./types.ts";

/** The facts the schedule decides from. */
export interface RetrainingInput {
  /** When the models were last fitted, epoch ms. */
  readonly lastFitAt: number;
  /** The current time, epoch ms. */
  readonly now: number;
  /** Drift events so far (`monitor.getState().events`, offline checks); only those after `lastFitAt` count. */
  readonly drift?: readonly DriftEvent[];
}

/** Options of {@link retrainingSchedule}. */
export interface RetrainingOptions {
  /** Refit interval in milliseconds, e.g. 7 days. */
  readonly every: number;
  /** `refit`: drift since the last fit makes a refit due at once; `ignore`: only the interval counts. Default `refit`. */
  readonly onDrift?: "refit" | "ignore";
}

/** The schedule's verdict. */
export interface RetrainingDecision {
  /** Whether to refit now. */
  readonly due: boolean;
  /** Why: the interval elapsed, drift was detected, or `null` when not due. */
  readonly reason: "interval" | "drift" | null;
  /** When a refit is due at the latest (the interval), epoch ms. */
  readonly nextAt: number;
  /** The first drift event since the last fit that made it due, or `null`. */
  readonly drift: DriftEvent | null;
}

/**
 * Says whether to refit now: due at `lastFitAt + every`, and immediately when a drift event was detected after
 * `lastFitAt` (unless `onDrift` is `ignore`). Pure: call it from a timer or after each drift check, and after the
 * refit pass the new `lastFitAt` (and re-baseline the monitor). Throws {@link ConfigError} for invalid options.
 */
export function retrainingSchedule(input: RetrainingInput, options: RetrainingOptions): RetrainingDecision {
  if (!(Number.isFinite(options.every) && options.every > 0))
    throw new ConfigError("every", "must be a positive number of milliseconds", options.every);
  if (options.onDrift !== undefined && options.onDrift !== "refit" && options.onDrift !== "ignore")
    throw new ConfigError("onDrift", 'must be one of "refit", "ignore"', options.onDrift);
  const nextAt = input.lastFitAt + options.every;
  const drift =
    options.onDrift === "ignore"
      ? undefined
      : (input.drift ?? [])
          .filter((d) => d.at > input.lastFitAt && d.at <= input.now)
          .sort((a, b) => a.at - b.at)[0];
  if (drift) return { due: true, reason: "drift", nextAt, drift };
  if (input.now >= nextAt) return { due: true, reason: "interval", nextAt, drift: null };
  return { due: false, reason: null, nextAt, drift: null };
}
