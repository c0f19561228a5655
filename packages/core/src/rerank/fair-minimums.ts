/** FA*IR's table of minimum protected counts per prefix, with the multiple-testing adjustment (Zehlike et al. 2017). */

/** Options of {@link fairMinimums}. */
export interface FairMinimumsOptions {
  /** Significance α in (0, 1) of each ranked group fairness test; default 0.1. */
  readonly alpha?: number;
  /** Adjust α for testing every prefix (the paper's α_c), so a fair ranking fails with probability α; default `true`. */
  readonly adjust?: boolean;
}

/** `binom.ppf(α; i, p)`: the smallest m with P[X ≤ m] ≥ α for X ~ Binomial(i, p). */
function binomialQuantile(alpha: number, trials: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return trials;
  let pmf = (1 - p) ** trials;
  let cdf = pmf;
  let m = 0;
  while (cdf < alpha - 1e-12 && m < trials) {
    pmf *= ((trials - m) / (m + 1)) * (p / (1 - p));
    m++;
    cdf += pmf;
  }
  return m;
}

function table(k: number, p: number, alpha: number): Int32Array {
  const minimums = new Int32Array(k);
  for (let i = 1; i <= k; i++) minimums[i - 1] = binomialQuantile(alpha, i, p);
  return minimums;
}

/** Probability that a ranking whose items are protected with probability p each fails some prefix minimum. */
export function fairFailureProbability(minimums: ArrayLike<number>, p: number): number {
  const k = minimums.length;
  let dist = new Float64Array(k + 1);
  let next = new Float64Array(k + 1);
  dist[0] = 1;
  for (let i = 1; i <= k; i++) {
    next.fill(0);
    for (let c = 0; c < i; c++) {
      const mass = dist[c] ?? 0;
      if (mass === 0) continue;
      next[c] = (next[c] ?? 0) + mass * (1 - p);
      next[c + 1] = (next[c + 1] ?? 0) + mass * p;
    }
    const need = minimums[i - 1] ?? 0;
    for (let c = 0; c < need; c++) next[c] = 0;
    [dist, next] = [next, dist];
  }
  let survive = 0;
  for (const mass of dist) survive += mass;
  return Math.max(0, 1 - survive);
}

const cache = new Map<string, Int32Array>();

/**
 * Minimum number of protected items in each prefix 1…k (`result[i − 1]` for prefix i) for a target proportion p:
 * FA*IR's m(i) = F⁻¹(α_c; i, p), where α_c is the largest α' ≤ α (binary search) whose table a fair ranking fails
 * with probability ≤ α (Zehlike et al., "FA*IR: A Fair Top-k Ranking Algorithm", CIKM 2017). p = 0 gives zeros.
 */
export function fairMinimums(k: number, p: number, options: FairMinimumsOptions = {}): Int32Array {
  const alpha = options.alpha ?? 0.1;
  const adjust = options.adjust ?? true;
  if (k <= 0) return new Int32Array(0);
  if (p <= 0) return new Int32Array(k);
  const key = `${k}|${p}|${alpha}|${adjust}`;
  const cached = cache.get(key);
  if (cached) return cached.slice();
  let minimums = table(k, p, alpha);
  if (adjust && fairFailureProbability(minimums, p) > alpha) {
    let low = 0;
    let high = alpha;
    minimums = table(k, p, 0);
    for (let step = 0; step < 40; step++) {
      const mid = (low + high) / 2;
      const candidate = table(k, p, mid);
      if (fairFailureProbability(candidate, p) <= alpha) {
        low = mid;
        minimums = candidate;
      } else high = mid;
    }
  }
  if (cache.size >= 256) cache.clear();
  cache.set(key, minimums);
  return minimums.slice();
}
