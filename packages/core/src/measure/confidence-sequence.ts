/**
 * Always-valid (sequential) intervals: the two-sided normal-mixture confidence sequence for an asymptotically
 * normal estimate, so that looking at a running experiment every day does not inflate false positives.
 */
import { ConfigError } from "../internal/candor-error.ts";

/** Options of the confidence-sequence functions. */
export interface ConfidenceSequenceOptions {
  /** Two-sided level 1 − α that holds over all looks at once; default 0.95. */
  readonly confidence?: number;
  /**
   * The sample size (units, e.g. visitors in both arms) at which the interval is tightest; default 10,000. Fix it
   * before the first look: any fixed value gives valid intervals, only their width at each size depends on it.
   */
  readonly plannedSampleSize?: number;
}

const DEFAULT_PLANNED = 10_000;

function settings(options: ConfidenceSequenceOptions): { logInvAlpha: number; rho2: number } {
  const confidence = options.confidence ?? 0.95;
  const planned = options.plannedSampleSize ?? DEFAULT_PLANNED;
  if (!(confidence > 0 && confidence < 1))
    throw new ConfigError("confidence", "must be a number in (0, 1)", confidence);
  if (!(planned >= 1 && Number.isFinite(planned)))
    throw new ConfigError("plannedSampleSize", "must be a finite number ≥ 1", planned);
  const logInvAlpha = -Math.log(1 - confidence);
  return { logInvAlpha, rho2: mixturePrecision(logInvAlpha) / planned };
}

/**
 * The mixture ratio r* that makes the boundary tightest: the fixed point of r = 2·log(1/α) + log(1 + r), found by
 * iteration (a few steps; the first
 * step, 2·log(1/α) + log(1 + 2·log(1/α)), is the usual closed-form choice).
 */
function mixturePrecision(logInvAlpha: number): number {
  let r = 2 * logInvAlpha;
  for (let i = 0; i < 50; i++) {
    const next = 2 * logInvAlpha + Math.log1p(r);
    if (Math.abs(next - r) < 1e-12) return next;
    r = next;
  }
  return r;
}

/**
 * Half-width of the always-valid interval around an estimate with (estimated) variance `variance` computed from
 * `sampleSize` units: √(V·(1 + 1/r)·(2·log(1/α) + log(1 + r))) with r = n·ρ². This is the two-sided normal-mixture
 * boundary (Robbins 1970; Howard, Ramdas, McAuliffe & Sekhon, Ann. Statist. 2021) applied in the Gaussian
 * limit, as in the asymptotic confidence sequences of Waudby-Smith, Arbour, Sinha, Kennedy & Ramdas (2024) and the
 * mixture SPRT of Johari, Koomen, Pekelis & Walsh (Oper. Res. 2022): the mixing precision ρ² is chosen so that the width
 * is least at `plannedSampleSize`. With probability ≥ `confidence` the interval covers the truth at every look at
 * once. `Infinity` when there is no sample or the variance is not finite.
 */
export function confidenceSequenceHalfWidth(
  variance: number,
  sampleSize: number,
  options: ConfidenceSequenceOptions = {},
): number {
  const { logInvAlpha, rho2 } = settings(options);
  if (!(sampleSize > 0) || !(variance >= 0) || !Number.isFinite(variance)) return Number.POSITIVE_INFINITY;
  const r = sampleSize * rho2;
  return Math.sqrt(variance * (1 + 1 / r) * (2 * logInvAlpha + Math.log1p(r)));
}

/**
 * The always-valid p-value of "the true value is `nullValue`" at one look: min(1, 1/Λ), Λ the normal-mixture
 * likelihood ratio √(1/(1 + r))·exp(r/(1 + r)·z²/2) with z = (estimate − nullValue)/√V. Rejecting when it is at most
 * 1 − `confidence` at any look keeps the chance of ever rejecting a true null below 1 − `confidence` (Ville's
 * inequality). Take the running minimum over looks for the p-value of the whole sequence.
 */
export function alwaysValidPValue(
  estimate: number,
  nullValue: number,
  variance: number,
  sampleSize: number,
  options: ConfidenceSequenceOptions = {},
): number {
  const { rho2 } = settings(options);
  if (!(sampleSize > 0) || !(variance >= 0) || !Number.isFinite(variance)) return 1;
  const r = sampleSize * rho2;
  const d = estimate - nullValue;
  if (variance === 0) return d === 0 ? 1 : 0;
  const logLambda = -0.5 * Math.log1p(r) + ((r / (1 + r)) * (d * d)) / (2 * variance);
  return Math.min(1, Math.exp(-logLambda));
}
