/** Two independent proportions: difference and ratio intervals, a z test and the minimum detectable effect. */
import { normalCdf, normalQuantile } from "./normal.ts";
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
  readonly mde: { readonly absolute: number; readonly relative: number | null };
}

/**
 * Compares two independent proportions. Difference: p̂ₜ − p̂꜀ ± z·√(p̂ₜ(1−p̂ₜ)/nₜ + p̂꜀(1−p̂꜀)/n꜀) (Wald, unpooled).
 * Relative lift: exp(log(p̂ₜ/p̂꜀) ± z·√(1/xₜ − 1/nₜ + 1/x꜀ − 1/n꜀)) − 1, the delta-method interval on the log
 * ratio (Katz, Baptista, Azen & Pike, Biometrics 1978). p-value: pooled z test. MDE:
 * (z₁₋α/₂ + z_power)·√(p̂꜀(1−p̂꜀)(1/n꜀ + 1/nₜ)) (normal approximation with the control's variance in both arms).
 * Returns `null` when either arm has no trials.
 */
export function twoProportion(
  control: Proportion,
  treatment: Proportion,
  options: TwoProportionOptions = {},
): TwoProportionResult | null {
  const confidence = options.confidence ?? 0.95;
  const power = options.power ?? 0.8;
  const { successes: xc, trials: nc } = control;
  const { successes: xt, trials: nt } = treatment;
  if (!(nc > 0 && nt > 0)) return null;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const pc = xc / nc;
  const pt = xt / nt;
  const diff = pt - pc;
  const se = Math.sqrt((pt * (1 - pt)) / nt + (pc * (1 - pc)) / nc);
  const pooled = (xc + xt) / (nc + nt);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt));
  const pValue = se0 > 0 ? Math.min(1, 2 * normalCdf(-Math.abs(diff) / se0)) : diff === 0 ? 1 : 0;
  let lift: Interval | null = null;
  if (xc > 0 && xt > 0) {
    const log = Math.log(pt / pc);
    const seLog = Math.sqrt(1 / xt - 1 / nt + 1 / xc - 1 / nc);
    lift = { estimate: pt / pc - 1, low: Math.exp(log - z * seLog) - 1, high: Math.exp(log + z * seLog) - 1 };
  }
  const absolute = (z + normalQuantile(power)) * Math.sqrt(pc * (1 - pc) * (1 / nc + 1 / nt));
  return {
    control: pc,
    treatment: pt,
    difference: { estimate: diff, low: diff - z * se, high: diff + z * se },
    lift,
    pValue,
    mde: { absolute, relative: pc > 0 ? absolute / pc : null },
  };
}
