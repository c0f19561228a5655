import type { DriftEvent, Outcome } from "./types.ts";
/** Options of {@link createDriftMonitor}. */
export interface DriftMonitorOptions {
    /** Baseline CTR (clicks per impression) in (0, 1]: one for every arm, or per arm id (other arms are not monitored). */
    readonly baseline: number | Readonly<Record<string, number>>;
    /** Relative drop that counts as drift: flag when CTR is significantly below baseline · (1 − threshold). Default 0.1. */
    readonly threshold?: number;
    /** Length of the rolling window in milliseconds, rounded to a whole number of buckets. */
    readonly window: number;
    /** Width of a time bucket in milliseconds (buckets align to the epoch); checks run as each bucket closes. Default 1 hour, at most `window`. */
    readonly bucket?: number;
    /** Fewest impressions in the window for a check; fewer means no decision. Default 1000. */
    readonly minImpressions?: number;
    /** One-sided confidence of the test; default 0.99, strict because it is repeated at every bucket. */
    readonly confidence?: number;
    /** Called once when an arm starts drifting (again only after it recovered or was re-baselined). Default none. */
    readonly onDrift?: (event: DriftEvent) => void;
    /** How many checks to keep for the chart; default 10,000. */
    readonly history?: number;
}
/** One check of one arm's rolling window: a point of the drift chart. */
export interface DriftCheck {
    /** End of the window, epoch ms. */
    readonly at: number;
    readonly arm: string | null;
    readonly impressions: number;
    readonly clicks: number;
    /** Rolling CTR, or `null` without impressions. */
    readonly ctr: number | null;
    readonly baseline: number;
    /** Whether the arm is flagged as drifting after this check. */
    readonly drifting: boolean;
}
/** A snapshot of the monitor. */
export interface DriftMonitorState {
    /** Every drift detected, oldest first: what the audit report lists. */
    readonly events: readonly DriftEvent[];
    /** The latest checks (at most `history`), oldest first. */
    readonly checks: readonly DriftCheck[];
    /** The arms currently drifting. */
    readonly drifting: readonly (string | null)[];
}
/** Monitors arm CTR over time; `record` each impression and click. */
export interface DriftMonitor {
    /** Counts an impression or click (other outcomes are ignored); a later bucket closes earlier ones and checks them. */
    record(outcome: Outcome): readonly DriftEvent[];
    /** Counts aggregated impressions and clicks of an arm at `at`. */
    observe(sample: {
        readonly at: number;
        readonly arm: string | null;
        readonly impressions: number;
        readonly clicks: number;
    }): readonly DriftEvent[];
    /** Closes and checks every bucket that ended by `now`; returns the drift events detected. */
    check(now: number): readonly DriftEvent[];
    /** Replaces the baseline (e.g. after a refit) and clears the drifting flags. */
    setBaseline(baseline: DriftMonitorOptions["baseline"]): void;
    /** A snapshot, the same object until the next change. */
    getState(): DriftMonitorState;
    /** Calls `listener` after each change; returns the unsubscribe function. */
    subscribe(listener: () => void): () => void;
}
/**
 * Creates a drift monitor (a closure: it holds the buckets). When a bucket closes, each monitored arm's CTR over
 * the rolling window is tested one-sided against the drift line b·(1 − threshold): z = (p̂ − line)/√(line(1 −
 * line)/n), drift when Φ(z) < 1 − confidence and n ≥ `minImpressions`, so noise around a stable baseline does not
 * flag. Impressions are treated as independent trials; with many impressions per visitor keep `confidence`
 * strict. Throws {@link MeasureConfigError} for invalid options.
 */
export declare function createDriftMonitor(options: DriftMonitorOptions): DriftMonitor;
