/** One arm of the simulated experiment. */
export interface ExperimentArm {
    /** The arm id written into every outcome, e.g. `"personalized"`. */
    readonly id: string;
    /** Share of visitors, in (0, 1]; the shares sum to 1. */
    readonly share: number;
    /** Relative lift of the per-session click probability in this arm, e.g. 0.1 for +10 %; default 0. */
    readonly clickLift?: number;
}
/** Options of {@link simulateExperimentTraffic}. */
export interface ExperimentTrafficOptions {
    /** Seed: the same seed and options give the same traffic. */
    readonly seed: number;
    /** Visitors in the experiment; default 4,000. */
    readonly visitors?: number;
    /** Days of the experiment; visitors first arrive uniformly over them. Default 28. */
    readonly days?: number;
    /** Days of the pre-period before the experiment (arm `null`), the CUPED covariate's window; default 28. */
    readonly preDays?: number;
    /** Start of the experiment, epoch ms; default `Date.UTC(2026, 1, 1)`. */
    readonly start?: number;
    /** The arms; default `personalized` and `control`, half each, no lift. */
    readonly arms?: readonly ExperimentArm[];
    /** Assigns a subject to an arm id (e.g. a keyed HMAC); default a seeded draw by `share`. */
    readonly assign?: (subject: string) => string;
    /** Mean sessions per visitor and day after the first (times the visitor's activity); default 0.15. */
    readonly sessionsPerDay?: number;
    /** Mean per-session click probability before any lift (times the visitor's propensity, capped at 0.9); default 0.08. */
    readonly baseClick?: number;
    /** Probability that a click becomes a purchase; default 0.25. */
    readonly purchaseGivenClick?: number;
    /** Mean revenue of a purchase (lognormal, σ = 0.6); default 40. */
    readonly meanRevenue?: number;
}
/** An outcome event in the shape `@candor/core/measure` records. */
export type ExperimentOutcome = {
    readonly type: "impression" | "click";
    readonly subject: string;
    readonly at: number;
    readonly surface: string;
    readonly arm: string | null;
    readonly slate: string;
} | {
    readonly type: "purchase";
    readonly subject: string;
    readonly at: number;
    readonly surface: string;
    readonly arm: string | null;
    readonly slate: string;
    readonly revenue: number;
};
/** The true value of one per-visitor metric: the mean of treatment and control potential outcomes over the same visitors. */
export interface TrueEffect {
    readonly treatment: number;
    readonly control: number;
    /** treatment − control. */
    readonly difference: number;
    /** treatment / control − 1 (`null` when control is 0). */
    readonly lift: number | null;
}
/** The truth at one time over the visitors of the two arms who had arrived by then. */
export interface ExperimentTruth {
    readonly visitors: number;
    /** Share of visitors who clicked at least once. */
    readonly click: TrueEffect;
    /** Share of visitors who bought at least once. */
    readonly conversion: TrueEffect;
    /** Expected revenue per visitor. */
    readonly revenuePerVisitor: TrueEffect;
}
/** The simulated experiment. */
export interface ExperimentTraffic {
    /** Every outcome in time order; pre-period outcomes have arm `null`. */
    readonly outcomes: readonly ExperimentOutcome[];
    /** Start of the experiment (the end of the pre-period), epoch ms. */
    readonly start: number;
    /** The model's parameters, as used. */
    readonly parameters: Readonly<Record<string, number>>;
    /**
     * The exact expected effect at `at` of `treatment` against `control`, over the visitors of those two arms who
     * had arrived by then: each visitor's potential outcomes under both arms given their sessions up to `at`
     * (sessions do not depend on the arm), averaged. This is the sample average treatment effect.
     */
    truthAt(at: number, arms: {
        readonly treatment: string;
        readonly control: string;
    }): ExperimentTruth;
}
/**
 * Simulates a holdout experiment. Visitor i has a propensity λᵢ and an activity aᵢ (each exponential, mean 1); their
 * per-session click probability is min(0.9, `baseClick`·λᵢ)·(1 + the arm's `clickLift`), capped at 1; a click
 * becomes a purchase with `purchaseGivenClick`, of lognormal revenue. Sessions form a Poisson process of rate
 * `sessionsPerDay`·aᵢ per day, in the pre-period and after the visitor's first visit, which falls uniformly in the
 * experiment. Every session has one impression. Deterministic under `seed`; options are checked at once and throw
 * `InvalidOptionError`.
 */
export declare function simulateExperimentTraffic(options: ExperimentTrafficOptions): ExperimentTraffic;
