/**
 * iALS as Rendle et al. revisit it ("Revisiting the performance of iALS on item recommendation benchmarks",
 * RecSys 2022): implicit matrix factorisation ŷ(u, i) = w_u · h_i minimising
 * Σ_{(u,i) observed} (ŷ − 1)² + α₀ Σ_{all u,i} ŷ² + λ (Σ_u (|I_u| + α₀|I|)^ν ‖w_u‖² + Σ_i (|U_i| + α₀|U|)^ν ‖h_i‖²),
 * alternating exact least-squares steps whose per-row systems are solved by a few conjugate-gradient steps
 * warm-started from the previous epoch (the Gramian α₀·HᵀH is shared by all rows). A history is scored by folding
 * it in exactly (a d×d Cholesky solve), so every score is a sum of per-history-item contributions.
 */
import { ConfigError } from "../../internal/candor-error.ts";
import { mulberry32 } from "../../internal/mulberry32.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";

/** Options of {@link fitIals}. */
export interface IalsOptions {
  /** Embedding dimension d; default 64. */
  readonly factors?: number;
  /** Regularisation λ (scaled per row by its frequency, see `frequencyExponent`); default 0.003. */
  readonly regularization?: number;
  /** Weight α₀ of every unobserved pair, relative to an observed one; default 0.1. */
  readonly unobservedWeight?: number;
  /** Exponent ν of the frequency-scaled regularisation (0: plain λ); default 1. */
  readonly frequencyExponent?: number;
  /** Alternating epochs (users, then items); default 16. */
  readonly epochs?: number;
  /** Conjugate-gradient steps per row and epoch; default 4 (0 would leave the initial factors). */
  readonly cgSteps?: number;
  /** Seed of the initial factors (normal, standard deviation 0.1 / √d); default 1. */
  readonly seed?: number;
  /**
   * k-anonymity: items fewer distinct users interacted with get no factors (never scored, never evidence), so no
   * embedding rests on fewer people; default 5.
   */
  readonly minSupport?: number;
}

/** A fitted iALS model: item factors and what folding in a history needs. */
export interface IalsModel {
  readonly numItems: number;
  readonly factors: number;
  /** Row-major `numItems × factors` item embeddings (zero rows for items below `minSupport`). */
  readonly items: Float64Array;
  /** α₀·HᵀH, row-major `factors × factors` (full): the part of every fold-in system shared by all histories. */
  readonly gramian: Float64Array;
  readonly regularization: number;
  readonly unobservedWeight: number;
  readonly frequencyExponent: number;
  /** Items with factors (|I| of the frequency-scaled regularisation). */
  readonly activeItems: number;
}

/**
 * Fits iALS on the distinct user–item pairs of `data`. Deterministic for a seed. Throws {@link ConfigError} for a
 * bad option or index.
 */
export function fitIals(data: TrainingData, options: IalsOptions = {}): IalsModel {
  const d = options.factors ?? 64;
  if (!(Number.isInteger(d) && d >= 1 && d <= 1024))
    throw new ConfigError("factors", "must be an integer in 1..1024");
  const lambda = options.regularization ?? 0.003;
  if (!(Number.isFinite(lambda) && lambda > 0))
    throw new ConfigError("regularization", "must be a finite number > 0");
  const alpha0 = options.unobservedWeight ?? 0.1;
  if (!(Number.isFinite(alpha0) && alpha0 >= 0))
    throw new ConfigError("unobservedWeight", "must be a finite number ≥ 0");
  const nu = options.frequencyExponent ?? 1;
  if (!(Number.isFinite(nu) && nu >= 0))
    throw new ConfigError("frequencyExponent", "must be a finite number ≥ 0");
  const epochs = options.epochs ?? 16;
  if (!(Number.isInteger(epochs) && epochs >= 0)) throw new ConfigError("epochs", "must be an integer ≥ 0");
  const steps = options.cgSteps ?? 4;
  if (!(Number.isInteger(steps) && steps >= 0)) throw new ConfigError("cgSteps", "must be an integer ≥ 0");
  const minSupport = options.minSupport ?? 5;
  if (!(Number.isInteger(minSupport) && minSupport >= 1))
    throw new ConfigError("minSupport", "must be an integer ≥ 1");
  const n = data.numItems;
  const byUser = userHistories(data);
  const itemCount = new Int32Array(n);
  for (const i of byUser.items) itemCount[i] = (itemCount[i] ?? 0) + 1;
  // Observed pairs with items below the floor are left out: such items keep zero factors.
  const keep = (i: number) => (itemCount[i] ?? 0) >= minSupport;
  const userRows = compressed(data.numUsers, byUser.offsets, byUser.items, keep);
  const itemRows = transposed(userRows, n);
  const random = mulberry32(options.seed ?? 1);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const scale = 0.1 / Math.sqrt(d);
  const users = new Float64Array(data.numUsers * d);
  const items = new Float64Array(n * d);
  for (let i = 0; i < n; i++) if (keep(i)) for (let f = 0; f < d; f++) items[i * d + f] = gaussian() * scale;
  const solver = cgSolver(d);
  let keptItems = 0;
  for (let i = 0; i < n; i++)
    if (keep(i) && (itemRows.offsets[i + 1] ?? 0) > (itemRows.offsets[i] ?? 0)) keptItems++;
  let activeUserCount = 0;
  for (let u = 0; u < data.numUsers; u++)
    if ((userRows.offsets[u + 1] ?? 0) > (userRows.offsets[u] ?? 0)) activeUserCount++;
  for (let epoch = 0; epoch < epochs; epoch++) {
    solver.sweep(users, items, userRows, alpha0, (size) => lambda * (size + alpha0 * keptItems) ** nu, steps);
    solver.sweep(
      items,
      users,
      itemRows,
      alpha0,
      (size) => lambda * (size + alpha0 * activeUserCount) ** nu,
      steps,
    );
  }
  const gramian = weightedGramian(items, n, d, alpha0);
  return {
    numItems: n,
    factors: d,
    items,
    gramian,
    regularization: lambda,
    unobservedWeight: alpha0,
    activeItems: keptItems,
    frequencyExponent: nu,
  };
}

/**
 * Folds a history (distinct items) in and writes every item's score into `out`: w = A⁻¹ Σ_h c_h·h_h with
 * A = α₀HᵀH + Σ_h h_h h_hᵀ + λ(|history| + α₀|I|)^ν·I, score(i) = h_i · w. `weights` (aligned with `history`)
 * scale each item's evidence c_h; default 1. History items are not masked.
 */
export function ialsScores(
  model: IalsModel,
  history: ArrayLike<number>,
  out: Float64Array,
  weights?: ArrayLike<number>,
): Float64Array {
  const n = model.numItems;
  const d = model.factors;
  out.fill(0, 0, n);
  const fold = foldIn(model, history, weights);
  if (!fold) return out;
  const w = fold.solve(fold.target);
  const h = model.items;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * d;
    for (let f = 0; f < d; f++) s += (h[row + f] ?? 0) * (w[f] ?? 0);
    out[i] = s;
  }
  return out;
}

/** Each history item's part of `item`'s score: c_h · h_item · A⁻¹ h_h; their sum is the score up to rounding. */
export function ialsContributions(
  model: IalsModel,
  history: ArrayLike<number>,
  item: number,
  weights?: ArrayLike<number>,
): ModelContribution[] {
  const d = model.factors;
  const fold = foldIn(model, history, weights);
  if (!fold) return [];
  const z = fold.solve(model.items.subarray(item * d, item * d + d));
  const contributions: ModelContribution[] = [];
  for (let p = 0; p < history.length; p++) {
    const h = history[p] ?? 0;
    const c = weights?.[p] ?? 1;
    let s = 0;
    for (let f = 0; f < d; f++) s += (z[f] ?? 0) * (model.items[h * d + f] ?? 0);
    contributions.push({ evidence: h, amount: c * s });
  }
  return contributions;
}

/** The fold-in system of a history, factored: `solve(b)` returns A⁻¹b; `target` is Σ_h c_h h_h. */
function foldIn(
  model: IalsModel,
  history: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
): { solve: (b: ArrayLike<number>) => Float64Array; target: Float64Array } | undefined {
  const d = model.factors;
  const h = model.items;
  const a = model.gramian.slice();
  const target = new Float64Array(d);
  let size = 0;
  for (let p = 0; p < history.length; p++) {
    const item = history[p] ?? -1;
    if (!(item >= 0 && item < model.numItems)) continue;
    const row = item * d;
    let nonzero = false;
    for (let f = 0; f < d; f++) if ((h[row + f] ?? 0) !== 0) nonzero = true;
    if (!nonzero) continue;
    size++;
    const c = weights?.[p] ?? 1;
    for (let f = 0; f < d; f++) {
      const hf = h[row + f] ?? 0;
      target[f] = (target[f] ?? 0) + c * hf;
      for (let g = 0; g <= f; g++) a[f * d + g] = (a[f * d + g] ?? 0) + hf * (h[row + g] ?? 0);
    }
  }
  if (size === 0) return undefined;
  const reg =
    model.regularization * (size + model.unobservedWeight * model.activeItems) ** model.frequencyExponent;
  for (let f = 0; f < d; f++) a[f * d + f] = (a[f * d + f] ?? 0) + reg;
  // Lower Cholesky factor in place (A is positive definite: a Gramian plus a positive diagonal).
  for (let i = 0; i < d; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (a[i * d + k] ?? 0) * (a[j * d + k] ?? 0);
      a[i * d + j] = j < i ? s / (a[j * d + j] ?? 1) : Math.sqrt(Math.max(s, 1e-300));
    }
  const solve = (b: ArrayLike<number>) => {
    const x = Float64Array.from({ length: d }, (_, f) => b[f] ?? 0);
    for (let i = 0; i < d; i++) {
      let s = x[i] ?? 0;
      for (let k = 0; k < i; k++) s -= (a[i * d + k] ?? 0) * (x[k] ?? 0);
      x[i] = s / (a[i * d + i] ?? 1);
    }
    for (let i = d - 1; i >= 0; i--) {
      let s = x[i] ?? 0;
      for (let k = i + 1; k < d; k++) s -= (a[k * d + i] ?? 0) * (x[k] ?? 0);
      x[i] = s / (a[i * d + i] ?? 1);
    }
    return x;
  };
  return { solve, target };
}

/** α₀·FᵀF of row-major `rows × d` factors, full symmetric `d × d`. */
function weightedGramian(factors: Float64Array, rows: number, d: number, alpha0: number): Float64Array {
  const g = new Float64Array(d * d);
  for (let r = 0; r < rows; r++) {
    const at = r * d;
    for (let f = 0; f < d; f++) {
      const v = factors[at + f] ?? 0;
      if (v === 0) continue;
      for (let e = 0; e <= f; e++) g[f * d + e] = (g[f * d + e] ?? 0) + v * (factors[at + e] ?? 0);
    }
  }
  for (let f = 0; f < d; f++)
    for (let e = 0; e <= f; e++) {
      const v = alpha0 * (g[f * d + e] ?? 0);
      g[f * d + e] = v;
      g[e * d + f] = v;
    }
  return g;
}

/** Compressed rows (offsets, column indexes). */
interface Rows {
  readonly offsets: Int32Array;
  readonly columns: Int32Array;
}

function compressed(
  rows: number,
  offsets: Int32Array,
  columns: Int32Array,
  keep: (c: number) => boolean,
): Rows {
  const out = new Int32Array(rows + 1);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let p = offsets[r] ?? 0; p < (offsets[r + 1] ?? 0); p++) {
      const c = columns[p] ?? 0;
      if (keep(c)) kept.push(c);
    }
    out[r + 1] = kept.length;
  }
  return { offsets: out, columns: Int32Array.from(kept) };
}

function transposed(rows: Rows, columns: number): Rows {
  const offsets = new Int32Array(columns + 1);
  for (const c of rows.columns) offsets[c + 1] = (offsets[c + 1] ?? 0) + 1;
  for (let c = 0; c < columns; c++) offsets[c + 1] = (offsets[c + 1] ?? 0) + (offsets[c] ?? 0);
  const cursor = offsets.slice(0, columns);
  const out = new Int32Array(rows.columns.length);
  for (let r = 0; r + 1 < rows.offsets.length; r++)
    for (let p = rows.offsets[r] ?? 0; p < (rows.offsets[r + 1] ?? 0); p++) {
      const c = rows.columns[p] ?? 0;
      out[cursor[c] ?? 0] = r;
      cursor[c] = (cursor[c] ?? 0) + 1;
    }
  return { offsets, columns: out };
}

/**
 * One half-epoch: every row of `solved` (with observed columns in `rows`) minimises its least-squares problem
 * against the fixed `fixed` factors, by `steps` conjugate-gradient steps from its current value. Rows without
 * observations are set to 0.
 */
function cgSolver(d: number) {
  const residual = new Float64Array(d);
  const direction = new Float64Array(d);
  const product = new Float64Array(d);
  return {
    sweep(
      solved: Float64Array,
      fixed: Float64Array,
      rows: Rows,
      alpha0: number,
      regularizationOf: (size: number) => number,
      steps: number,
    ) {
      const fixedRows = fixed.length / d;
      const gram = weightedGramian(fixed, fixedRows, d, alpha0);
      const count = rows.offsets.length - 1;
      for (let r = 0; r < count; r++) {
        const start = rows.offsets[r] ?? 0;
        const end = rows.offsets[r + 1] ?? 0;
        const x = r * d;
        if (end === start) {
          solved.fill(0, x, x + d);
          continue;
        }
        const reg = regularizationOf(end - start);
        // A·v = α₀FᵀF·v + Σ_observed f (f·v) + reg·v; b = Σ_observed f.
        const multiply = (v: Float64Array, out: Float64Array) => {
          for (let f = 0; f < d; f++) {
            let s = reg * (v[f] ?? 0);
            const g = f * d;
            for (let e = 0; e < d; e++) s += (gram[g + e] ?? 0) * (v[e] ?? 0);
            out[f] = s;
          }
          for (let p = start; p < end; p++) {
            const c = (rows.columns[p] ?? 0) * d;
            let dot = 0;
            for (let f = 0; f < d; f++) dot += (fixed[c + f] ?? 0) * (v[f] ?? 0);
            for (let f = 0; f < d; f++) out[f] = (out[f] ?? 0) + dot * (fixed[c + f] ?? 0);
          }
        };
        const current = solved.subarray(x, x + d);
        multiply(current, product);
        residual.fill(0);
        for (let p = start; p < end; p++) {
          const c = (rows.columns[p] ?? 0) * d;
          for (let f = 0; f < d; f++) residual[f] = (residual[f] ?? 0) + (fixed[c + f] ?? 0);
        }
        let rr = 0;
        for (let f = 0; f < d; f++) {
          const v = (residual[f] ?? 0) - (product[f] ?? 0);
          residual[f] = v;
          direction[f] = v;
          rr += v * v;
        }
        for (let step = 0; step < steps && rr > 1e-20; step++) {
          multiply(direction, product);
          let pAp = 0;
          for (let f = 0; f < d; f++) pAp += (direction[f] ?? 0) * (product[f] ?? 0);
          if (!(pAp > 0)) break;
          const alpha = rr / pAp;
          let next = 0;
          for (let f = 0; f < d; f++) {
            current[f] = (current[f] ?? 0) + alpha * (direction[f] ?? 0);
            const v = (residual[f] ?? 0) - alpha * (product[f] ?? 0);
            residual[f] = v;
            next += v * v;
          }
          const beta = next / rr;
          rr = next;
          for (let f = 0; f < d; f++) direction[f] = (residual[f] ?? 0) + beta * (direction[f] ?? 0);
        }
      }
    },
  };
}
