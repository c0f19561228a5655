/** Offline drift checks: re-run an evaluation on the latest window of events and compare it with its baseline. */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import type { DriftEvent } from "./types.ts";

/** Options of {@link offlineDriftCheck}. */
export interface OfflineDriftCheckOptions<T> {
  /** Scores one window of events, e.g. NDCG@10 of the current model under the eval protocol (`@candor/core/eval`). */
  readonly evaluate: (window: readonly T[]) => number;
  /** The metric's value when the model was fitted (higher is better), > 0. */
  readonly baseline: number;
  /** Relative drop that counts as drift: observed < baseline · (1 − threshold). Default 0.1. */
  readonly threshold?: number;
  /** Length of the latest window in milliseconds, ending at `now`. */
  readonly window: number;
  /** End of the window, epoch ms; default the latest event's `at`. */
  readonly now?: number;
  /** Fewest events in the window for a verdict; fewer means `insufficient-data`. Default 100. */
  readonly minEvents?: number;
  /** The metric's name in drift events; default `"ndcg"`. */
  readonly metric?: string;
  /** Called with the drift event when one is detected. Default none. */
  readonly onDrift?: (event: DriftEvent) => void;
}

/** What {@link offlineDriftCheck} found. */
export interface OfflineDriftResult {
  readonly status: "ok" | "drift" | "insufficient-data";
  /** The window checked, `(from, to]` in epoch ms. */
  readonly from: number;
  readonly to: number;
  /** Events in the window. */
  readonly events: number;
  /** The metric on the window, or `null` when there were too few events. */
  readonly observed: number | null;
  readonly baseline: number;
  /** The drift event for the audit report, when `status` is `drift`. */
  readonly drift: DriftEvent | null;
}

const optionsSchema = z.object({
  evaluate: z.custom<(window: readonly unknown[]) => number>(
    (v) => typeof v === "function",
    "must be a function",
  ),
  baseline: z.number().check(z.gt(0)),
  threshold: z.optional(z.number().check(z.gt(0), z.lt(1))),
  window: z.number().check(z.gt(0)),
  now: z.optional(z.number()),
  minEvents: z.optional(z.int().check(z.gte(1))),
  metric: z.optional(z.string().check(z.minLength(1))),
  onDrift: z.optional(
    z.custom<(event: DriftEvent) => void>((v) => typeof v === "function", "must be a function"),
  ),
});

/**
 * Re-runs `evaluate` on the events of the latest window, `(now − window, now]`, and flags drift when the result is
 * below baseline · (1 − threshold). The minimum sample (`minEvents`) keeps a thin window from deciding, and so does
 * a non-finite evaluation (`insufficient-data`); the evaluation itself decides its protocol (split, cut-off, metric). Pure apart from calling `onDrift`; throws
 * {@link ConfigError} for invalid options.
 */
export function offlineDriftCheck<T extends { readonly at: number }>(
  events: readonly T[],
  options: OfflineDriftCheckOptions<T>,
): OfflineDriftResult {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, options);
    throw new ConfigError(path, reason, value);
  }
  const threshold = options.threshold ?? 0.1;
  let to = options.now ?? Number.NEGATIVE_INFINITY;
  if (options.now === undefined) for (const e of events) to = Math.max(to, e.at);
  if (!Number.isFinite(to)) to = 0;
  const from = to - options.window;
  const window = events.filter((e) => e.at > from && e.at <= to);
  const base = { from, to, events: window.length, baseline: options.baseline };
  if (window.length < (options.minEvents ?? 100))
    return { status: "insufficient-data", ...base, observed: null, drift: null };
  const observed = options.evaluate(window);
  if (!Number.isFinite(observed))
    return { status: "insufficient-data", ...base, observed: null, drift: null };
  if (!(observed < options.baseline * (1 - threshold)))
    return { status: "ok", ...base, observed, drift: null };
  const drift: DriftEvent = {
    source: "offline",
    at: to,
    metric: options.metric ?? "ndcg",
    arm: null,
    baseline: options.baseline,
    observed,
    threshold,
    drop: (options.baseline - observed) / options.baseline,
    sample: window.length,
    pValue: null,
  };
  options.onDrift?.(drift);
  return { status: "drift", ...base, observed, drift };
}
