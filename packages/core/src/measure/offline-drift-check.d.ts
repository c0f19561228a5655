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
/**
 * Re-runs `evaluate` on the events of the latest window, `(now − window, now]`, and flags drift when the result is
 * below baseline · (1 − threshold). The minimum sample (`minEvents`) keeps a thin window from deciding, and so does
 * a non-finite evaluation (`insufficient-data`); the evaluation itself decides its protocol (split, cut-off, metric). Pure apart from calling `onDrift`; throws
 * {@link MeasureConfigError} for invalid options.
 */
export declare function offlineDriftCheck<T extends {
    readonly at: number;
}>(events: readonly T[], options: OfflineDriftCheckOptions<T>): OfflineDriftResult;
