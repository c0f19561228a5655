/**
 * Lift a shop can watch daily: treatment against control at every look (e.g. each day's end) with always-valid
 * intervals, optionally CUPED-adjusted with a pre-period covariate.
 */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import { alwaysValidPValue, confidenceSequenceHalfWidth } from "./confidence-sequence.ts";
import { normalQuantile } from "./normal.ts";
import type { Interval, Outcome } from "./types.ts";

const DAY = 86_400_000;

/** A per-visitor metric of the sequential report. */
export type SequentialMetric = "click" | "conversion" | "revenuePerVisitor";

/** The metrics in report order. */
export const SEQUENTIAL_METRICS: readonly SequentialMetric[] = ["click", "conversion", "revenuePerVisitor"];

/** Options of {@link sequentialLift}. */
export interface SequentialLiftOptions {
  /** The control arm's id. */
  readonly control: string;
  /** The treatment arm's id. */
  readonly treatment: string;
  /** Level that holds over all looks at once; default 0.95. */
  readonly confidence?: number;
  /** Visitors (both arms) at which the intervals are tightest; fix it before the first look. Default 10,000. */
  readonly plannedVisitors?: number;
  /** Time between looks; default one day. */
  readonly lookEveryMs?: number;
  /**
   * When the experiment started, epoch ms. Outcomes before it form the pre-period: they are not counted as
   * experiment outcomes, and each visitor's pre-period clicks, purchases and revenue are the CUPED covariates of
   * click-through, conversion and revenue per visitor. Default: none
   * (every outcome counts, no CUPED); looks then start at the UTC midnight before the first outcome.
   */
  readonly experimentStart?: number;
  /** Use the pre-period covariate (CUPED); default `true` when `experimentStart` is set. */
  readonly cuped?: boolean;
  /** The last look, epoch ms; default the latest outcome's `at`. */
  readonly observedUntil?: number;
  /** Only outcomes of this surface; default every surface. */
  readonly surface?: string;
  /**
   * An interval is reported for a metric only once each arm has at least this many visitors with a non-zero value
   * of it (the Gaussian limit needs events; with a handful the variance estimate can be 0); default 10.
   */
  readonly minEvents?: number;
}

/** One metric at one look. Means are per visitor; intervals are on treatment − control (and its ratio). */
export interface SequentialEstimate {
  readonly metric: SequentialMetric;
  /** Visitors of the control arm so far and their unadjusted mean. */
  readonly control: { readonly visitors: number; readonly mean: number };
  /** Visitors of the treatment arm so far and their unadjusted mean. */
  readonly treatment: { readonly visitors: number; readonly mean: number };
  /** Treatment − control (CUPED-adjusted when on), with the always-valid interval. */
  readonly difference: Interval;
  /** Treatment / control − 1, always-valid (delta method on the log ratio); `null` when a mean is not positive. */
  readonly lift: Interval | null;
  /** The fixed-horizon (Wald) interval at the same level on the same estimate: valid only for a single look. */
  readonly fixedHorizon: Interval;
  /** Always-valid p-value of "no difference", the running minimum over this and earlier looks. */
  readonly pValue: number;
  /** CUPED: share of the difference's variance removed by the covariate (1 − V_adjusted/V); `null` when off. */
  readonly varianceReduction: number | null;
  /** `treatment-better` or `control-better` when the always-valid interval excludes 0, else `inconclusive`. */
  readonly verdict: "treatment-better" | "control-better" | "inconclusive";
}

/** Everything known at one look. */
export interface SequentialLook {
  /** The look's time: outcomes at or before it count. */
  readonly at: number;
  /** Visitors counted per arm by this look. */
  readonly visitors: { readonly control: number; readonly treatment: number };
  /** One per metric whose arms both have at least `minEvents` visitors with a non-zero value. */
  readonly estimates: readonly SequentialEstimate[];
}

/** The first look at which an interval excluded 0. */
export interface SequentialDecision {
  /** The look's time. */
  readonly at: number;
  /** Which arm the interval favoured. */
  readonly verdict: "treatment-better" | "control-better";
}

/** The sequential report: plain JSON. */
export interface SequentialLiftReport {
  readonly schema: "candor.sequential-lift/1";
  /** The options as used (defaults filled in). */
  readonly control: string;
  readonly treatment: string;
  readonly confidence: number;
  readonly plannedVisitors: number;
  readonly lookEveryMs: number;
  readonly minEvents: number;
  readonly experimentStart: number | null;
  /** Whether CUPED adjusted the estimates. */
  readonly cuped: boolean;
  /** Every look, oldest first. */
  readonly looks: readonly SequentialLook[];
  /** Per metric, the first look whose always-valid interval excluded 0 (a decision that may be acted on), or `null`. */
  readonly decisions: Readonly<Record<SequentialMetric, SequentialDecision | null>>;
  /**
   * Per metric, the first look whose fixed-horizon interval excluded 0: what someone peeking at fixed-horizon
   * intervals would have declared. Not a valid decision; reported to show the cost of peeking.
   */
  readonly fixedHorizonDecisions: Readonly<Record<SequentialMetric, SequentialDecision | null>>;
  readonly methods: Readonly<Record<"unit" | "interval" | "pValue" | "cuped" | "lift", string>>;
}

/** The methods the report states. */
export const SEQUENTIAL_METHODS: SequentialLiftReport["methods"] = {
  unit: "visitors (the unit of randomization); a visitor's outcomes accumulate from their first counted outcome",
  interval:
    "two-sided normal-mixture confidence sequence in the Gaussian limit (Howard et al. 2021; Waudby-Smith et al. 2024): valid at every look at once",
  pValue: "always-valid p-value, 1/Λ of the mixture likelihood ratio, running minimum over looks",
  cuped:
    "CUPED (Deng, Xu, Kohavi & Walker, WSDM 2013): Y − θ(X − X̄) with X the visitor's pre-period count (clicks, purchases) or revenue and θ = Cov(X, Y)/Var(X) pooled over both arms",
  lift: "delta method on log(treatment/control), same boundary",
};

const optionsSchema = z.strictObject({
  control: z.string().check(z.minLength(1)),
  treatment: z.string().check(z.minLength(1)),
  confidence: z.optional(z.number().check(z.gt(0), z.lt(1))),
  plannedVisitors: z.optional(z.number().check(z.gte(1))),
  lookEveryMs: z.optional(z.number().check(z.gt(0))),
  experimentStart: z.optional(z.number()),
  cuped: z.optional(z.boolean()),
  observedUntil: z.optional(z.number()),
  surface: z.optional(z.string()),
  minEvents: z.optional(z.int().check(z.gte(1))),
});

/** Running sums of one arm and metric: n, non-zero values, Σy, Σy², Σx, Σx², Σxy. */
class Sums {
  n = 0;
  nonZero = 0;
  sy = 0;
  syy = 0;
  sx = 0;
  sxx = 0;
  sxy = 0;
}

interface VisitorState {
  readonly arm: 0 | 1;
  /** Current per-metric values and pre-period covariates. */
  readonly y: [number, number, number];
  readonly x: readonly [number, number, number];
}

const variance = (s: Sums): number => (s.n > 1 ? Math.max(0, (s.syy - (s.sy * s.sy) / s.n) / (s.n - 1)) : 0);
const varianceX = (s: Sums): number => (s.n > 1 ? Math.max(0, (s.sxx - (s.sx * s.sx) / s.n) / (s.n - 1)) : 0);
const covariance = (s: Sums): number => (s.n > 1 ? (s.sxy - (s.sx * s.sy) / s.n) / (s.n - 1) : 0);

/**
 * Measures treatment against control at every look from consented outcome events (pure). Each look uses only the
 * outcomes up to it, so the report shows what a shop watching the lift daily would have seen; the always-valid
 * intervals cover the true effect at all looks at once with probability ≥ `confidence`, so acting on the first
 * look that excludes 0 keeps the false-win rate below 1 − `confidence`. Outcomes with no arm or another arm are
 * ignored. Throws {@link ConfigError} for invalid options.
 */
export function sequentialLift(
  outcomes: readonly Outcome[],
  options: SequentialLiftOptions,
): SequentialLiftReport {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, options);
    throw new ConfigError(path, reason, value);
  }
  if (options.control === options.treatment)
    throw new ConfigError("treatment", "must differ from control", options.treatment);
  const confidence = options.confidence ?? 0.95;
  const plannedVisitors = options.plannedVisitors ?? 10_000;
  const every = options.lookEveryMs ?? DAY;
  const minEvents = options.minEvents ?? 10;
  const start = options.experimentStart;
  const cuped = start !== undefined && options.cuped !== false;
  const sequence = { confidence, plannedSampleSize: plannedVisitors };
  const z = normalQuantile(1 - (1 - confidence) / 2);

  const relevant = outcomes.filter((o) => options.surface === undefined || o.surface === options.surface);
  const pre = new Map<string, [number, number, number]>();
  const experiment: Outcome[] = [];
  for (const o of relevant) {
    if (start !== undefined && o.at < start) {
      if (!cuped) continue;
      const x = pre.get(o.subject) ?? [0, 0, 0];
      if (o.type === "click") x[0]++;
      else if (o.type === "purchase") {
        x[1]++;
        x[2] += o.revenue;
      }
      pre.set(o.subject, x);
    } else if (o.arm === options.control || o.arm === options.treatment) experiment.push(o);
  }
  experiment.sort((a, b) => a.at - b.at);
  let observedUntil = options.observedUntil ?? Number.NEGATIVE_INFINITY;
  if (options.observedUntil === undefined)
    for (const o of experiment) observedUntil = Math.max(observedUntil, o.at);

  const looks: SequentialLook[] = [];
  const emptyDecisions = (): Record<SequentialMetric, SequentialDecision | null> => ({
    click: null,
    conversion: null,
    revenuePerVisitor: null,
  });
  const decisions = emptyDecisions();
  const fixedHorizonDecisions = emptyDecisions();
  const first = experiment[0];
  if (first !== undefined && Number.isFinite(observedUntil)) {
    const origin = start ?? Math.floor(first.at / DAY) * DAY;
    const times: number[] = [];
    for (let t = origin + every - 1; t < observedUntil; t += every) times.push(t);
    if (times.at(-1) !== observedUntil) times.push(observedUntil);

    const sums: Sums[][] = [0, 1].map(() => SEQUENTIAL_METRICS.map(() => new Sums()));
    const visitors = new Map<string, VisitorState>();
    const minP = [1, 1, 1];
    let next = 0;
    for (const at of times) {
      for (; next < experiment.length && (experiment[next] as Outcome).at <= at; next++) {
        const o = experiment[next] as Outcome;
        let v = visitors.get(o.subject);
        if (!v) {
          const arm = o.arm === options.treatment ? 1 : 0;
          v = { arm, y: [0, 0, 0], x: pre.get(o.subject) ?? [0, 0, 0] };
          visitors.set(o.subject, v);
          for (let m = 0; m < 3; m++) {
            const s = sums[arm]?.[m] as Sums;
            const x = v.x[m] as number;
            s.n++;
            s.sx += x;
            s.sxx += x * x;
          }
        }
        if (o.arm !== (v.arm === 1 ? options.treatment : options.control)) continue;
        if (o.type === "click") update(v, sums, 0, 1);
        else if (o.type === "purchase") {
          update(v, sums, 1, 1);
          update(v, sums, 2, (v.y[2] as number) + o.revenue);
        }
      }
      const estimates: SequentialEstimate[] = [];
      SEQUENTIAL_METRICS.forEach((metric, m) => {
        const c = sums[0]?.[m] as Sums;
        const t = sums[1]?.[m] as Sums;
        if (c.n < 2 || t.n < 2 || c.nonZero < minEvents || t.nonZero < minEvents) return;
        const n = c.n + t.n;
        const sx = c.sx + t.sx;
        const sxx = c.sxx + t.sxx;
        const sy = c.sy + t.sy;
        const sxy = c.sxy + t.sxy;
        const varX = (sxx - (sx * sx) / n) / (n - 1);
        const theta = cuped && varX > 1e-12 ? (sxy - (sx * sy) / n) / (n - 1) / varX : 0;
        const meanX = sx / n;
        const adjusted = (s: Sums) => ({
          mean: s.sy / s.n - theta * (s.sx / s.n - meanX),
          variance: Math.max(0, variance(s) - 2 * theta * covariance(s) + theta * theta * varianceX(s)),
        });
        const ac = adjusted(c);
        const at_ = adjusted(t);
        const v = ac.variance / c.n + at_.variance / t.n;
        const v0 = variance(c) / c.n + variance(t) / t.n;
        const diff = at_.mean - ac.mean;
        const w = confidenceSequenceHalfWidth(v, n, sequence);
        const fixed = z * Math.sqrt(v);
        minP[m] = Math.min(minP[m] as number, alwaysValidPValue(diff, 0, v, n, sequence));
        let lift: Interval | null = null;
        if (ac.mean > 0 && at_.mean > 0) {
          const log = Math.log(at_.mean / ac.mean);
          const vLog = ac.variance / c.n / ac.mean ** 2 + at_.variance / t.n / at_.mean ** 2;
          const wl = confidenceSequenceHalfWidth(vLog, n, sequence);
          lift = {
            estimate: at_.mean / ac.mean - 1,
            low: Math.exp(log - wl) - 1,
            high: Math.exp(log + wl) - 1,
          };
        }
        const verdict = diff - w > 0 ? "treatment-better" : diff + w < 0 ? "control-better" : "inconclusive";
        if (verdict !== "inconclusive") decisions[metric] ??= { at, verdict };
        if (diff - fixed > 0) fixedHorizonDecisions[metric] ??= { at, verdict: "treatment-better" };
        else if (diff + fixed < 0) fixedHorizonDecisions[metric] ??= { at, verdict: "control-better" };
        estimates.push({
          metric,
          control: { visitors: c.n, mean: c.sy / c.n },
          treatment: { visitors: t.n, mean: t.sy / t.n },
          difference: { estimate: diff, low: diff - w, high: diff + w },
          lift,
          fixedHorizon: { estimate: diff, low: diff - fixed, high: diff + fixed },
          pValue: minP[m] as number,
          varianceReduction: cuped && v0 > 0 ? 1 - v / v0 : null,
          verdict,
        });
      });
      looks.push({
        at,
        visitors: { control: sums[0]?.[0]?.n ?? 0, treatment: sums[1]?.[0]?.n ?? 0 },
        estimates,
      });
    }
  }
  return {
    schema: "candor.sequential-lift/1",
    control: options.control,
    treatment: options.treatment,
    confidence,
    plannedVisitors,
    lookEveryMs: every,
    minEvents,
    experimentStart: start ?? null,
    cuped,
    looks,
    decisions,
    fixedHorizonDecisions,
    methods: SEQUENTIAL_METHODS,
  };
}

/** Sets a visitor's value of metric `m` and moves the arm's sums with it. */
function update(v: VisitorState, sums: Sums[][], m: number, value: number): void {
  const old = v.y[m] as number;
  if (old === value) return;
  const s = sums[v.arm]?.[m] as Sums;
  const x = v.x[m] as number;
  if (old === 0) s.nonZero++;
  else if (value === 0) s.nonZero--;
  s.sy += value - old;
  s.syy += value * value - old * old;
  s.sxy += x * (value - old);
  v.y[m] = value;
}
