/** The standard normal distribution: its CDF and quantile, to double precision, for tests and intervals. */
/**
 * Φ(x), the standard normal CDF, by Hart's double-precision algorithm as given in G. West, "Better approximations
 * to cumulative normal functions" (Wilmott, 2005); absolute error below 1e-14.
 */
export declare function normalCdf(x: number): number;
/**
 * Φ⁻¹(p), the standard normal quantile: P. J. Acklam's rational approximation (relative error 1.15e-9) refined by
 * one Halley step on {@link normalCdf}, to about 1e-15 in the central range. `-Infinity` at 0, `Infinity` at 1, `NaN` outside [0, 1].
 */
export declare function normalQuantile(p: number): number;
