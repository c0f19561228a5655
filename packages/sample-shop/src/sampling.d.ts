/** Sampling helpers over a {@link Random} source: cumulative distributions, Gamma and Dirichlet draws. */
import type { Random } from "./prng.ts";
/** Cumulative sums of non-negative weights. */
export declare function cumulative(weights: ArrayLike<number>): Float64Array;
/** Index drawn from a cumulative distribution (binary search); `-1` when the total weight is zero. */
export declare function sampleCdf(cdf: Float64Array, random: Random): number;
/** A standard normal draw (Box–Muller). */
export declare function normal(random: Random): number;
/** A Gamma(shape, 1) draw (Marsaglia–Tsang; shapes below 1 by boosting). */
export declare function gamma(random: Random, shape: number): number;
/** A Dirichlet draw: weights summing to 1 (uniform when every draw underflows). */
export declare function dirichlet(random: Random, alphas: readonly number[]): number[];
/** An index drawn in proportion to `weights`. */
export declare function pickIndex(random: Random, weights: readonly number[]): number;
