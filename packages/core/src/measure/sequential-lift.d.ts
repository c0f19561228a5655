import type { Interval, Outcome } from "./types.ts";
/** A per-visitor metric of the sequential report. */
export type SequentialMetric = "click" | "conversion" | "revenuePerVisitor";
/** The metrics in report order. */
export declare const SEQUENTIAL_METRICS: readonly SequentialMetric[];
/** Options of {@link sequentialLift}. */
export interface SequentialLiftOptions {
    /** The control arm's id. */
    readonly control: string;
    /** The treatment arm's id. */
    readonly treatment: string;
    /** Level that holds over all looks at once; default 0.95. */
    readonly confidence?: number;
    /** Visitors (both arms) at which the intervals are tightest; fix it before the first look. Default 10,000. */
    readonly plannedVisitors?: number;
    /** Time between looks; default one day. */
    readonly lookEveryMs?: number;
    /**
     * When the experiment started, epoch ms. Outcomes before it form the pre-period: they are not counted as
     * experiment outcomes, and each visitor's pre-period clicks, purchases and revenue are the CUPED covariates of
     * click-through, conversion and revenue per visitor. Default: none
     * (every outcome counts, no CUPED); looks then start at the UTC midnight before the first outcome.
     */
    readonly experimentStart?: number;
    /** Use the pre-period covariate (CUPED); default `true` when `experimentStart` is set. */
    readonly cuped?: boolean;
    /** The last look, epoch ms; default the latest outcome's `at`. */
    readonly observedUntil?: number;
    /** Only outcomes of this surface; default every surface. */
    readonly surface?: string;
    /**
     * An interval is reported for a metric only once each arm has at least this many visitors with a non-zero value
     * of it (the Gaussian limit needs events; with a handful the variance estimate can be 0); default 10.
     */
    readonly minEvents?: number;
}
/** One metric at one look. Means are per visitor; intervals are on treatment − control (and its ratio). */
export interface SequentialEstimate {
    readonly metric: SequentialMetric;
    /** Visitors of the control arm so far and their unadjusted mean. */
    readonly control: {
        readonly visitors: number;
        readonly mean: number;
    };
    /** Visitors of the treatment arm so far and their unadjusted mean. */
    readonly treatment: {
        readonly visitors: number;
        readonly mean: number;
    };
    /** Treatment − control (CUPED-adjusted when on), with the always-valid interval. */
    readonly difference: Interval;
    /** Treatment / control − 1, always-valid (delta method on the log ratio); `null` when a mean is not positive. */
    readonly lift: Interval | null;
    /** The fixed-horizon (Wald) interval at the same level on the same estimate: valid only for a single look. */
    readonly fixedHorizon: Interval;
    /** Always-valid p-value of "no difference", the running minimum over this and earlier looks. */
    readonly pValue: number;
    /** CUPED: share of the difference's variance removed by the covariate (1 − V_adjusted/V); `null` when off. */
    readonly varianceReduction: number | null;
    /** `treatment-better` or `control-better` when the always-valid interval excludes 0, else `inconclusive`. */
    readonly verdict: "treatment-better" | "control-better" | "inconclusive";
}
/** Everything known at one look. */
export interface SequentialLook {
    /** The look's time: outcomes at or before it count. */
    readonly at: number;
    /** Visitors counted per arm by this look. */
    readonly visitors: {
        readonly control: number;
        readonly treatment: number;
    };
    /** One per metric whose arms both have at least `minEvents` visitors with a non-zero value. */
    readonly estimates: readonly SequentialEstimate[];
}
/** The first look at which an interval excluded 0. */
export interface SequentialDecision {
    /** The look's time. */
    readonly at: number;
    /** Which arm the interval favoured. */
    readonly verdict: "treatment-better" | "control-better";
}
/** The sequential report: plain JSON. */
export interface SequentialLiftReport {
    readonly schema: "candor.sequential-lift/1";
    /** The options as used (defaults filled in). */
    readonly control: string;
    readonly treatment: string;
    readonly confidence: number;
    readonly plannedVisitors: number;
    readonly lookEveryMs: number;
    readonly minEvents: number;
    readonly experimentStart: number | null;
    /** Whether CUPED adjusted the estimates. */
    readonly cuped: boolean;
    /** Every look, oldest first. */
    readonly looks: readonly SequentialLook[];
    /** Per metric, the first look whose always-valid interval excluded 0 (a decision that may be acted on), or `null`. */
    readonly decisions: Readonly<Record<SequentialMetric, SequentialDecision | null>>;
    /**
     * Per metric, the first look whose fixed-horizon interval excluded 0: what someone peeking at fixed-horizon
     * intervals would have declared. Not a valid decision; reported to show the cost of peeking.
     */
    readonly fixedHorizonDecisions: Readonly<Record<SequentialMetric, SequentialDecision | null>>;
    readonly methods: Readonly<Record<"unit" | "interval" | "pValue" | "cuped" | "lift", string>>;
}
/** The methods the report states. */
export declare const SEQUENTIAL_METHODS: SequentialLiftReport["methods"];
/**
 * Measures treatment against control at every look from consented outcome events (pure). Each look uses only the
 * outcomes up to it, so the report shows what a shop watching the lift daily would have seen; the always-valid
 * intervals cover the true effect at all looks at once with probability ≥ `confidence`, so acting on the first
 * look that excludes 0 keeps the false-win rate below 1 − `confidence`. Outcomes with no arm or another arm are
 * ignored. Throws {@link MeasureConfigError} for invalid options.
 */
export declare function sequentialLift(outcomes: readonly Outcome[], options: SequentialLiftOptions): SequentialLiftReport;
