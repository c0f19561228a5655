import type { Interval, Outcome } from "./types.ts";
/** Options of {@link incrementality}. */
export interface IncrementalityOptions {
    /** The control arm's id (served non-profiling). */
    readonly control: string;
    /** The treatment arm's id (personalized, or a challenger). */
    readonly treatment: string;
    /** Two-sided confidence level of every interval; default 0.95. */
    readonly confidence?: number;
    /** Power for the minimum detectable effects; default 0.8. */
    readonly power?: number;
    /** The revenue bootstrap: `resamples` default 2000 (0 skips it), `seed` default 0. */
    readonly bootstrap?: {
        readonly resamples?: number;
        readonly seed?: number;
    };
    /** Leading indicator: engagement (click or add-to-cart) within this long of a visitor's first event; default 1 day. */
    readonly leadingWindowMs?: number;
    /** Lagging indicator: a repeat purchase within this long of a visitor's first event; default 28 days (4 weeks). */
    readonly laggingWindowMs?: number;
    /** A purchase counts as a repeat when at least this long after the visitor's first purchase; default 1 day. */
    readonly repeatGapMs?: number;
    /** End of observation, epoch ms: only visitors whose lagging window ended by then count for it; default the latest `at`. */
    readonly observedUntil?: number;
    /** Also report per surface; default `true` (the all-surfaces row is always there). */
    readonly bySurface?: boolean;
}
/** One arm on one surface (`surface: null`: all surfaces). Rates are per visitor, the unit of randomization. */
export interface ArmSummary {
    readonly arm: string;
    readonly surface: string | null;
    /** Distinct subjects with at least one outcome here. */
    readonly visitors: number;
    readonly impressions: number;
    readonly clicks: number;
    readonly addToCarts: number;
    readonly purchases: number;
    readonly revenue: number;
    /** Clicks per impression: descriptive only (a visitor's impressions are not independent trials). */
    readonly ctr: number | null;
    /** Share of visitors who clicked a slate item (the tested click-through rate). */
    readonly clickRate: number | null;
    /** Share of visitors who added a slate item to the cart. */
    readonly addToCartRate: number | null;
    /** Share of visitors who purchased. */
    readonly conversionRate: number | null;
    readonly revenuePerVisitor: number | null;
    /** Leading indicator: share of visitors who clicked or added to cart within `leadingWindowMs` of their first event. */
    readonly firstDayEngagementRate: number | null;
    /** Visitors whose lagging window ended by `observedUntil` (the denominator of `repeatPurchaseRate`). */
    readonly followedUp: number;
    /** Lagging indicator: share of followed-up visitors with a repeat purchase within `laggingWindowMs`. */
    readonly repeatPurchaseRate: number | null;
}
/** A per-visitor rate the report tests. */
export type RateMetric = "click" | "addToCart" | "conversion" | "firstDayEngagement" | "repeatPurchase";
/** `leading`: early engagement; `lagging`: repeat purchase over weeks; `primary`: the session's funnel. */
export type Indicator = "primary" | "leading" | "lagging";
/** One arm's side of a comparison. */
export interface ArmRate {
    readonly visitors: number;
    readonly successes: number;
    readonly rate: number;
}
/** Treatment against control for one per-visitor rate. */
export interface RateLift {
    readonly metric: RateMetric;
    readonly indicator: Indicator;
    readonly control: ArmRate;
    readonly treatment: ArmRate;
    /** Absolute difference, Wald interval. */
    readonly difference: Interval;
    /** Relative lift, Katz log-ratio (delta-method) interval; `null` when an arm has no successes. */
    readonly lift: Interval | null;
    /** Pooled two-proportion z test, two-sided. */
    readonly pValue: number;
    /** Minimum detectable effect at `power`, absolute and relative to control. */
    readonly mde: {
        readonly absolute: number;
        readonly relative: number | null;
    };
}
/** Treatment against control for revenue per visitor. */
export interface RevenueLift {
    readonly metric: "revenuePerVisitor";
    readonly indicator: "primary";
    readonly control: {
        readonly visitors: number;
        readonly revenue: number;
        readonly perVisitor: number;
    };
    readonly treatment: {
        readonly visitors: number;
        readonly revenue: number;
        readonly perVisitor: number;
    };
    /** Difference per visitor, percentile bootstrap; `null` when the bootstrap is off. */
    readonly difference: Interval | null;
    /** Relative lift, percentile bootstrap; `null` when off or undefined (no control revenue). */
    readonly lift: Interval | null;
    readonly pValue: number | null;
    /** Minimum detectable effect at `power` (normal approximation, the control's variance), absolute and relative. */
    readonly mde: {
        readonly absolute: number;
        readonly relative: number | null;
    };
}
/** Treatment against control on one surface (`null`: all surfaces). */
export interface SurfaceComparison {
    readonly surface: string | null;
    readonly rates: readonly RateLift[];
    readonly revenue: RevenueLift;
}
/** The incrementality report: plain JSON. */
export interface IncrementalityReport {
    readonly schema: "candor.incrementality/1";
    readonly control: string;
    readonly treatment: string;
    readonly confidence: number;
    readonly power: number;
    readonly bootstrap: {
        readonly resamples: number;
        readonly seed: number;
    };
    readonly windows: {
        readonly leadingMs: number;
        readonly laggingMs: number;
        readonly repeatGapMs: number;
    };
    readonly observedUntil: number;
    /** Every arm found in the outcomes, all surfaces first, then per surface. */
    readonly arms: readonly ArmSummary[];
    /** All surfaces first, then each surface both arms were seen on. */
    readonly comparisons: readonly SurfaceComparison[];
    /** The statistical methods, named for the reader. */
    readonly methods: Readonly<Record<"rates" | "difference" | "lift" | "pValue" | "revenue" | "mde", string>>;
}
/** The methods the report states. */
export declare const INCREMENTALITY_METHODS: IncrementalityReport["methods"];
/**
 * Measures treatment against control from consented outcome events, per arm and surface (pure; deterministic
 * under the bootstrap seed). Visitors are distinct subjects; rates are per visitor, so visitors are the
 * independent trials of the two-proportion test. Per-surface rows condition on visiting that surface, which the
 * treatment may change: the all-surfaces row is the unbiased estimate. Outcomes with no arm are ignored. Throws
 * {@link MeasureConfigError} for invalid options.
 */
export declare function incrementality(outcomes: readonly Outcome[], options: IncrementalityOptions): IncrementalityReport;
