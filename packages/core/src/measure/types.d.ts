/** Shared types of the measure module: arms and assignments, outcome events, intervals and drift events. */
/**
 * What an arm serves: `personalized` the configuration in force, `control` the non-profiling feed (no personal
 * data is read), `challenger` an alternative personalized configuration under test.
 */
export type ArmKind = "personalized" | "control" | "challenger";
/** One arm of a holdout experiment. */
export interface Arm {
    /** Stable id, recorded with every slate and outcome, e.g. `"personalized"`, `"holdout"`, `"mmr-0.5"`. */
    readonly id: string;
    /** Share of eligible subjects in this arm, in [0, 1]; the shares of an experiment sum to 1. */
    readonly share: number;
    /** What the arm serves: `control` is the non-profiling holdout. */
    readonly kind: ArmKind;
}
/** A holdout experiment: the key, the arms and the surfaces it runs on. Validate once with `parseExperiment`. */
export interface Experiment {
    /** Secret HMAC key (UTF-8 text or bytes): without it nobody can predict or steer an assignment; use 32 random bytes. */
    readonly key: string | Uint8Array;
    /** Arms in order; a subject's draw u ∈ [0, 1) falls in the arm whose cumulative share first exceeds it. */
    readonly arms: readonly Arm[];
    /** Names the experiment and goes into the hash: a new salt reshuffles everyone. Default `""`. */
    readonly salt?: string;
    /** The surfaces the experiment runs on (the per-surface switch); others get no arm and plain serving. Default: every surface. */
    readonly surfaces?: readonly string[];
}
/** A subject's arm: what to record in each explanation-log entry and outcome event. */
export interface ArmAssignment {
    /** The experiment's salt. */
    readonly experiment: string;
    /** The arm's id. */
    readonly arm: string;
    /** The arm's kind: `control` is served non-profiling. */
    readonly kind: ArmKind;
    /** The surface asked about, or `null` when none was given. */
    readonly surface: string | null;
    /** The subject's uniform draw in [0, 1) (first 53 bits of the HMAC): the same on every visit. */
    readonly draw: number;
}
/** A kind of outcome attributed to a slate. */
export type OutcomeType = "impression" | "click" | "add_to_cart" | "purchase";
interface OutcomeBase {
    /** Pseudonymous subject id (never a name or e-mail), the unit of randomization and analysis. */
    readonly subject: string;
    /** When it happened, epoch milliseconds. */
    readonly at: number;
    /** Where the slate was shown, e.g. `"home"`. */
    readonly surface: string;
    /** The subject's arm (`ArmAssignment.arm`), or `null` outside the experiment (never counted in an arm). */
    readonly arm: string | null;
    /** The served slate's id the outcome is attributed to, or `null` (e.g. a later purchase outside any slate). */
    readonly slate: string | null;
    /** The slate item concerned, when there is one. */
    readonly item?: string;
    readonly session?: string;
}
/** An impression, click or add-to-cart attributed to a slate. */
export interface EngagementOutcome extends OutcomeBase {
    /** A slate (or slate item) was shown, clicked, or an item from it added to the cart. */
    readonly type: "impression" | "click" | "add_to_cart";
}
/** A purchase, with its revenue in the shop's single reporting currency. */
export interface PurchaseOutcome extends OutcomeBase {
    /** An order line bought. */
    readonly type: "purchase";
    /** Revenue, ≥ 0, in the shop's reporting currency. */
    readonly revenue: number;
}
/** An outcome event as the outcome log keeps it: validated, consented (`analytics`), unknown fields stripped. */
export type Outcome = EngagementOutcome | PurchaseOutcome;
/** A point estimate with a two-sided confidence interval. */
export interface Interval {
    /** The point estimate. */
    readonly estimate: number;
    /** Lower bound of the interval. */
    readonly low: number;
    /** Upper bound of the interval. */
    readonly high: number;
}
/**
 * A detected drift: a metric fell by more than `threshold` (relative) below its baseline. Plain JSON, for the
 * audit report and the retraining schedule.
 */
export interface DriftEvent {
    /** `online`: a served arm's rolling CTR; `offline`: the evaluation protocol re-run on the latest window. */
    readonly source: "online" | "offline";
    /** When it was detected: the end of the window checked, epoch milliseconds. */
    readonly at: number;
    /** The metric, e.g. `"ctr"`, `"ndcg@10"`. */
    readonly metric: string;
    /** The arm monitored, or `null` for all traffic / an offline check. */
    readonly arm: string | null;
    readonly baseline: number;
    readonly observed: number;
    /** The configured relative drop, e.g. 0.1 for "10 % below baseline". */
    readonly threshold: number;
    /** The observed relative drop, (baseline − observed) / baseline. */
    readonly drop: number;
    /** The sample behind `observed`: impressions (online) or events (offline). */
    readonly sample: number;
    /** One-sided p-value against "no more than `threshold` below baseline", or `null` when no test applies. */
    readonly pValue: number | null;
}
export {};
