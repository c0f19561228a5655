/** Sampling helpers over a {@link Random} source: cumulative distributions, Gamma and Dirichlet draws. */
import type { Random } from "./prng.ts";

/** Cumulative sums of non-negative weights. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] ?? 0;
    cdf[i] = sum;
  }
  return cdf;
}

/** Index drawn from a cumulative distribution (binary search); `-1` when the total weight is zero. */
export function sampleCdf(cdf: Float64Array, random: Random): number {
  const n = cdf.length;
  const total = n > 0 ? (cdf[n - 1] as number) : 0;
  if (!(total > 0)) return -1;
  const x = random() * total;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Gamma(shape, 1) draw (Marsaglia–Tsang; shapes below 1 by boosting). */
export function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Dirichlet draw: weights summing to 1 (uniform when every draw underflows). */
export function dirichlet(random: Random, alphas: readonly number[]): number[] {
  const draws = alphas.map((a) => (a > 0 ? gamma(random, a) : 0));
  const sum = draws.reduce((a, b) => a + b, 0);
  return sum > 0 ? draws.map((x) => x / sum) : alphas.map(() => 1 / alphas.length);
}

/** An index drawn in proportion to `weights`. */
export function pickIndex(random: Random, weights: readonly number[]): number {
  return Math.max(0, sampleCdf(cumulative(weights), random));
}
