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
/**
 * Half-width of the always-valid interval around an estimate with (estimated) variance `variance` computed from
 * `sampleSize` units: √(V·(1 + 1/r)·(2·log(1/α) + log(1 + r))) with r = n·ρ². This is the two-sided normal-mixture
 * boundary (Robbins 1970; Howard, Ramdas, McAuliffe & Sekhon, Ann. Statist. 2021) applied in the Gaussian
 * limit, as in the asymptotic confidence sequences of Waudby-Smith, Arbour, Sinha, Kennedy & Ramdas (2024) and the
 * mixture SPRT of Johari, Koomen, Pekelis & Walsh (Oper. Res. 2022): the mixing precision ρ² is chosen so that the width
 * is least at `plannedSampleSize`. With probability ≥ `confidence` the interval covers the truth at every look at
 * once. `Infinity` when there is no sample or the variance is not finite.
 */
export declare function confidenceSequenceHalfWidth(variance: number, sampleSize: number, options?: ConfidenceSequenceOptions): number;
/**
 * The always-valid p-value of "the true value is `nullValue`" at one look: min(1, 1/Λ), Λ the normal-mixture
 * likelihood ratio √(1/(1 + r))·exp(r/(1 + r)·z²/2) with z = (estimate − nullValue)/√V. Rejecting when it is at most
 * 1 − `confidence` at any look keeps the chance of ever rejecting a true null below 1 − `confidence` (Ville's
 * inequality). Take the running minimum over looks for the p-value of the whole sequence.
 */
export declare function alwaysValidPValue(estimate: number, nullValue: number, variance: number, sampleSize: number, options?: ConfidenceSequenceOptions): number;
