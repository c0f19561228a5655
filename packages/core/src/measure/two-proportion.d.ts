import type { Interval } from "./types.ts";
/** A count of successes among independent trials (e.g. visitors who clicked, among visitors). */
export interface Proportion {
    readonly successes: number;
    readonly trials: number;
}
/** Options of {@link twoProportion}. */
export interface TwoProportionOptions {
    /** Two-sided confidence level of the intervals; default 0.95. */
    readonly confidence?: number;
    /** Power for the minimum detectable effect; default 0.8. */
    readonly power?: number;
}
/** Treatment against control for one proportion. */
export interface TwoProportionResult {
    readonly control: number;
    readonly treatment: number;
    /** Treatment − control, with the unpooled Wald interval. */
    readonly difference: Interval;
    /** Treatment / control − 1, with the Katz log-ratio interval; `null` when either count is 0. */
    readonly lift: Interval | null;
    /** Two-sided p-value of the pooled two-proportion z test of "no difference". */
    readonly pValue: number;
    /** The smallest true difference the sample detects with `power` at the two-sided level (absolute, and relative to control). */
    readonly mde: {
        readonly absolute: number;
        readonly relative: number | null;
    };
}
/**
 * Compares two independent proportions. Difference: p̂ₜ − p̂꜀ ± z·√(p̂ₜ(1−p̂ₜ)/nₜ + p̂꜀(1−p̂꜀)/n꜀) (Wald, unpooled).
 * Relative lift: exp(log(p̂ₜ/p̂꜀) ± z·√(1/xₜ − 1/nₜ + 1/x꜀ − 1/n꜀)) − 1, the delta-method interval on the log
 * ratio (Katz, Baptista, Azen & Pike, Biometrics 1978). p-value: pooled z test. MDE:
 * (z₁₋α/₂ + z_power)·√(p̂꜀(1−p̂꜀)(1/n꜀ + 1/nₜ)) (normal approximation with the control's variance in both arms).
 * Returns `null` when either arm has no trials.
 */
export declare function twoProportion(control: Proportion, treatment: Proportion, options?: TwoProportionOptions): TwoProportionResult | null;
