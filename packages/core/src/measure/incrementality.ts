/** The incrementality report: per arm and surface rates, and the lift of treatment over control with intervals. */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import { bootstrapMeans } from "./bootstrap-means.ts";
import { normalQuantile } from "./normal.ts";
import { twoProportion } from "./two-proportion.ts";
import type { Interval, Outcome } from "./types.ts";

const DAY = 86_400_000;

/** Options of {@link incrementality}. */
export interface IncrementalityOptions {
  /** The control arm's id (served non-profiling). */
  readonly control: string;
  /** The treatment arm's id (personalized, or a challenger). */
  readonly treatment: string;
  /** Two-sided confidence level of every interval; default 0.95. */
  readonly confidence?: number;
  /** Power for the minimum detectable effects; default 0.8. */
  readonly power?: number;
  /** The revenue bootstrap: `resamples` default 2000 (0 skips it), `seed` default 0. */
  readonly bootstrap?: { readonly resamples?: number; readonly seed?: number };
  /** Leading indicator: engagement (click or add-to-cart) within this long of a visitor's first event; default 1 day. */
  readonly leadingWindowMs?: number;
  /** Lagging indicator: a repeat purchase within this long of a visitor's first event; default 28 days (4 weeks). */
  readonly laggingWindowMs?: number;
  /** A purchase counts as a repeat when at least this long after the visitor's first purchase; default 1 day. */
  readonly repeatGapMs?: number;
  /** End of observation, epoch ms: only visitors whose lagging window ended by then count for it; default the latest `at`. */
  readonly observedUntil?: number;
  /** Also report per surface; default `true` (the all-surfaces row is always there). */
  readonly bySurface?: boolean;
}

/** One arm on one surface (`surface: null`: all surfaces). Rates are per visitor, the unit of randomization. */
export interface ArmSummary {
  readonly arm: string;
  readonly surface: string | null;
  /** Distinct subjects with at least one outcome here. */
  readonly visitors: number;
  readonly impressions: number;
  readonly clicks: number;
  readonly addToCarts: number;
  readonly purchases: number;
  readonly revenue: number;
  /** Clicks per impression: descriptive only (a visitor's impressions are not independent trials). */
  readonly ctr: number | null;
  /** Share of visitors who clicked a slate item (the tested click-through rate). */
  readonly clickRate: number | null;
  /** Share of visitors who added a slate item to the cart. */
  readonly addToCartRate: number | null;
  /** Share of visitors who purchased. */
  readonly conversionRate: number | null;
  readonly revenuePerVisitor: number | null;
  /** Leading indicator: share of visitors who clicked or added to cart within `leadingWindowMs` of their first event. */
  readonly firstDayEngagementRate: number | null;
  /** Visitors whose lagging window ended by `observedUntil` (the denominator of `repeatPurchaseRate`). */
  readonly followedUp: number;
  /** Lagging indicator: share of followed-up visitors with a repeat purchase within `laggingWindowMs`. */
  readonly repeatPurchaseRate: number | null;
}

/** A per-visitor rate the report tests. */
export type RateMetric = "click" | "addToCart" | "conversion" | "firstDayEngagement" | "repeatPurchase";

/** `leading`: early engagement; `lagging`: repeat purchase over weeks; `primary`: the session's funnel. */
export type Indicator = "primary" | "leading" | "lagging";

/** One arm's side of a comparison. */
export interface ArmRate {
  readonly visitors: number;
  readonly successes: number;
  readonly rate: number;
}

/** Treatment against control for one per-visitor rate. */
export interface RateLift {
  readonly metric: RateMetric;
  readonly indicator: Indicator;
  readonly control: ArmRate;
  readonly treatment: ArmRate;
  /** Absolute difference, Wald interval. */
  readonly difference: Interval;
  /** Relative lift, Katz log-ratio (delta-method) interval; `null` when an arm has no successes. */
  readonly lift: Interval | null;
  /** Pooled two-proportion z test, two-sided. */
  readonly pValue: number;
  /** Minimum detectable effect at `power`, absolute and relative to control. */
  readonly mde: { readonly absolute: number; readonly relative: number | null };
}

/** Treatment against control for revenue per visitor. */
export interface RevenueLift {
  readonly metric: "revenuePerVisitor";
  readonly indicator: "primary";
  readonly control: { readonly visitors: number; readonly revenue: number; readonly perVisitor: number };
  readonly treatment: { readonly visitors: number; readonly revenue: number; readonly perVisitor: number };
  /** Difference per visitor, percentile bootstrap; `null` when the bootstrap is off. */
  readonly difference: Interval | null;
  /** Relative lift, percentile bootstrap; `null` when off or undefined (no control revenue). */
  readonly lift: Interval | null;
  readonly pValue: number | null;
  /** Minimum detectable effect at `power` (normal approximation, the control's variance), absolute and relative. */
  readonly mde: { readonly absolute: number; readonly relative: number | null };
}

/** Treatment against control on one surface (`null`: all surfaces). */
export interface SurfaceComparison {
  readonly surface: string | null;
  readonly rates: readonly RateLift[];
  readonly revenue: RevenueLift;
}

/** The incrementality report: plain JSON. */
export interface IncrementalityReport {
  readonly schema: "candor.incrementality/1";
  readonly control: string;
  readonly treatment: string;
  readonly confidence: number;
  readonly power: number;
  readonly bootstrap: { readonly resamples: number; readonly seed: number };
  readonly windows: { readonly leadingMs: number; readonly laggingMs: number; readonly repeatGapMs: number };
  readonly observedUntil: number;
  /** Every arm found in the outcomes, all surfaces first, then per surface. */
  readonly arms: readonly ArmSummary[];
  /** All surfaces first, then each surface both arms were seen on. */
  readonly comparisons: readonly SurfaceComparison[];
  /** The statistical methods, named for the reader. */
  readonly methods: Readonly<Record<"rates" | "difference" | "lift" | "pValue" | "revenue" | "mde", string>>;
}

/** The methods the report states. */
export const INCREMENTALITY_METHODS: IncrementalityReport["methods"] = {
  rates: "per visitor (the unit of randomization); a visitor counts once per rate",
  difference: "two-proportion Wald interval on the difference, unpooled variance",
  lift: "Katz log risk-ratio interval (delta method on log(pT/pC))",
  pValue: "pooled two-proportion z test, two-sided; revenue: percentile-bootstrap p-value",
  revenue: "seeded percentile bootstrap, visitors resampled with replacement within each arm",
  mde: "normal approximation with the control's variance, two-sided level, stated power",
};

const probability = z.number().check(z.gt(0), z.lt(1));
const duration = z.number().check(z.gte(0));
const optionsSchema = z.strictObject({
  control: z.string().check(z.minLength(1)),
  treatment: z.string().check(z.minLength(1)),
  confidence: z.optional(probability),
  power: z.optional(probability),
  bootstrap: z.optional(
    z.strictObject({ resamples: z.optional(z.int().check(z.gte(0))), seed: z.optional(z.int()) }),
  ),
  leadingWindowMs: z.optional(duration),
  laggingWindowMs: z.optional(duration),
  repeatGapMs: z.optional(duration),
  observedUntil: z.optional(z.number()),
  bySurface: z.optional(z.boolean()),
});

interface Visitor {
  first: number;
  impressions: number;
  clicks: number;
  carts: number;
  purchases: number;
  revenue: number;
  engaged: number[];
  bought: number[];
}

/** Per-visitor flags of one cell, visitors in subject order. */
interface Cell {
  readonly summary: ArmSummary;
  readonly flags: Record<Exclude<RateMetric, "repeatPurchase">, number>;
  readonly repeat: number;
  readonly revenue: Float64Array;
}

/**
 * Measures treatment against control from consented outcome events, per arm and surface (pure; deterministic
 * under the bootstrap seed). Visitors are distinct subjects; rates are per visitor, so visitors are the
 * independent trials of the two-proportion test. Per-surface rows condition on visiting that surface, which the
 * treatment may change: the all-surfaces row is the unbiased estimate. Outcomes with no arm are ignored. Throws
 * {@link ConfigError} for invalid options.
 */
export function incrementality(
  outcomes: readonly Outcome[],
  options: IncrementalityOptions,
): IncrementalityReport {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, options);
    throw new ConfigError(path, reason, value);
  }
  if (options.control === options.treatment)
    throw new ConfigError("treatment", "must differ from control", options.treatment);
  const confidence = options.confidence ?? 0.95;
  const power = options.power ?? 0.8;
  const resamples = options.bootstrap?.resamples ?? 2000;
  const seed = options.bootstrap?.seed ?? 0;
  const windows = {
    leadingMs: options.leadingWindowMs ?? DAY,
    laggingMs: options.laggingWindowMs ?? 28 * DAY,
    repeatGapMs: options.repeatGapMs ?? DAY,
  };
  let observedUntil = options.observedUntil ?? Number.NEGATIVE_INFINITY;
  if (options.observedUntil === undefined)
    for (const o of outcomes) observedUntil = Math.max(observedUntil, o.at);
  if (!Number.isFinite(observedUntil)) observedUntil = 0;

  const byCell = new Map<string, Map<string, Visitor>>();
  const add = (arm: string, surface: string | null, outcome: Outcome) => {
    const key = cellKey(arm, surface);
    let visitors = byCell.get(key);
    if (!visitors) {
      visitors = new Map();
      byCell.set(key, visitors);
    }
    let v = visitors.get(outcome.subject);
    if (!v) {
      v = {
        first: outcome.at,
        impressions: 0,
        clicks: 0,
        carts: 0,
        purchases: 0,
        revenue: 0,
        engaged: [],
        bought: [],
      };
      visitors.set(outcome.subject, v);
    }
    v.first = Math.min(v.first, outcome.at);
    if (outcome.type === "impression") v.impressions++;
    else if (outcome.type === "click") {
      v.clicks++;
      v.engaged.push(outcome.at);
    } else if (outcome.type === "add_to_cart") {
      v.carts++;
      v.engaged.push(outcome.at);
    } else if (outcome.type === "purchase") {
      v.purchases++;
      v.revenue += outcome.revenue;
      v.bought.push(outcome.at);
    }
  };
  const arms = new Set<string>();
  const surfaces = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.arm === null) continue;
    arms.add(outcome.arm);
    add(outcome.arm, null, outcome);
    if (options.bySurface !== false) {
      surfaces.add(outcome.surface);
      add(outcome.arm, outcome.surface, outcome);
    }
  }
  const surfaceList: (string | null)[] = [null, ...[...surfaces].sort()];
  const armList = [...arms].sort();
  const cells = new Map<string, Cell>();
  for (const surface of surfaceList) {
    for (const arm of armList) {
      const visitors = byCell.get(cellKey(arm, surface));
      if (visitors)
        cells.set(cellKey(arm, surface), summarize(arm, surface, visitors, windows, observedUntil));
    }
  }

  const comparisons: SurfaceComparison[] = [];
  surfaceList.forEach((surface, index) => {
    const c = cells.get(cellKey(options.control, surface));
    const t = cells.get(cellKey(options.treatment, surface));
    if (!c || !t) return;
    comparisons.push(compare(c, t, { confidence, power, resamples, seed: (seed + index) | 0 }));
  });

  return {
    schema: "candor.incrementality/1",
    control: options.control,
    treatment: options.treatment,
    confidence,
    power,
    bootstrap: { resamples, seed },
    windows,
    observedUntil,
    arms: [...cells.values()].map((cell) => cell.summary),
    comparisons,
    methods: INCREMENTALITY_METHODS,
  };
}

const cellKey = (arm: string, surface: string | null) => `${arm}\u0000${surface ?? "\u0000"}`;

function summarize(
  arm: string,
  surface: string | null,
  visitors: ReadonlyMap<string, Visitor>,
  windows: IncrementalityReport["windows"],
  observedUntil: number,
): Cell {
  const subjects = [...visitors.keys()].sort();
  const n = subjects.length;
  const revenue = new Float64Array(n);
  const flags = { click: 0, addToCart: 0, conversion: 0, firstDayEngagement: 0 };
  let impressions = 0;
  let clicks = 0;
  let carts = 0;
  let purchases = 0;
  let total = 0;
  let followedUp = 0;
  let repeat = 0;
  subjects.forEach((subject, i) => {
    const v = visitors.get(subject) as Visitor;
    impressions += v.impressions;
    clicks += v.clicks;
    carts += v.carts;
    purchases += v.purchases;
    total += v.revenue;
    revenue[i] = v.revenue;
    if (v.clicks > 0) flags.click++;
    if (v.carts > 0) flags.addToCart++;
    if (v.purchases > 0) flags.conversion++;
    if (v.engaged.some((at) => at < v.first + windows.leadingMs)) flags.firstDayEngagement++;
    if (v.first + windows.laggingMs <= observedUntil) {
      followedUp++;
      const end = v.first + windows.laggingMs;
      const bought = v.bought.filter((at) => at <= end).sort((a, b) => a - b);
      const firstBuy = bought[0];
      if (firstBuy !== undefined && bought.some((at) => at >= firstBuy + windows.repeatGapMs)) repeat++;
    }
  });
  const share = (count: number, of: number) => (of > 0 ? count / of : null);
  return {
    summary: {
      arm,
      surface,
      visitors: n,
      impressions,
      clicks,
      addToCarts: carts,
      purchases,
      revenue: total,
      ctr: share(clicks, impressions),
      clickRate: share(flags.click, n),
      addToCartRate: share(flags.addToCart, n),
      conversionRate: share(flags.conversion, n),
      revenuePerVisitor: share(total, n),
      firstDayEngagementRate: share(flags.firstDayEngagement, n),
      followedUp,
      repeatPurchaseRate: share(repeat, followedUp),
    },
    flags,
    repeat,
    revenue,
  };
}

const RATES: readonly (readonly [RateMetric, Indicator])[] = [
  ["click", "primary"],
  ["addToCart", "primary"],
  ["conversion", "primary"],
  ["firstDayEngagement", "leading"],
  ["repeatPurchase", "lagging"],
];

function compare(
  c: Cell,
  t: Cell,
  settings: { confidence: number; power: number; resamples: number; seed: number },
): SurfaceComparison {
  const { confidence, power } = settings;
  const side = (cell: Cell, metric: RateMetric): ArmRate => {
    const visitors = metric === "repeatPurchase" ? cell.summary.followedUp : cell.summary.visitors;
    const successes = metric === "repeatPurchase" ? cell.repeat : cell.flags[metric];
    return { visitors, successes, rate: visitors > 0 ? successes / visitors : 0 };
  };
  const rates: RateLift[] = [];
  for (const [metric, indicator] of RATES) {
    const control = side(c, metric);
    const treatment = side(t, metric);
    const result = twoProportion(
      { successes: control.successes, trials: control.visitors },
      { successes: treatment.successes, trials: treatment.visitors },
      { confidence, power },
    );
    if (!result) continue;
    const { difference, lift, pValue, mde } = result;
    rates.push({ metric, indicator, control, treatment, difference, lift, pValue, mde });
  }
  const boot =
    settings.resamples > 0
      ? bootstrapMeans(c.revenue, t.revenue, {
          resamples: settings.resamples,
          seed: settings.seed,
          confidence,
        })
      : null;
  const nc = c.revenue.length;
  const nt = t.revenue.length;
  const meanC = c.summary.revenue / nc;
  let ss = 0;
  for (const r of c.revenue) ss += (r - meanC) ** 2;
  const sd = nc > 1 ? Math.sqrt(ss / (nc - 1)) : 0;
  const absolute =
    (normalQuantile(1 - (1 - confidence) / 2) + normalQuantile(power)) * sd * Math.sqrt(1 / nc + 1 / nt);
  return {
    surface: c.summary.surface,
    rates,
    revenue: {
      metric: "revenuePerVisitor",
      indicator: "primary",
      control: { visitors: nc, revenue: c.summary.revenue, perVisitor: meanC },
      treatment: { visitors: nt, revenue: t.summary.revenue, perVisitor: t.summary.revenue / nt },
      difference: boot?.difference ?? null,
      lift: boot?.lift ?? null,
      pValue: boot?.pValue ?? null,
      mde: { absolute, relative: meanC > 0 ? absolute / meanC : null },
    },
  };
}
