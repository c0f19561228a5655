/**
 * Holdout-experiment traffic with a known truth: shoppers who visit before and during an experiment, arms with a
 * stated click lift, and the exact expected effect on each per-visitor metric at any time.
 */
import { checkFinite, checkInteger, InvalidOptionError } from "./invalid-option-error.ts";
import { deriveSeed, mulberry32, type Random } from "./prng.ts";
import { gamma, normal } from "./sampling.ts";

/** One arm of the simulated experiment. */
export interface ExperimentArm {
  /** The arm id written into every outcome, e.g. `"personalized"`. */
  readonly id: string;
  /** Share of visitors, in (0, 1]; the shares sum to 1. */
  readonly share: number;
  /** Relative lift of the per-session click probability in this arm, e.g. 0.1 for +10 %; default 0. */
  readonly clickLift?: number;
}

/** Options of {@link simulateExperimentTraffic}. */
export interface ExperimentTrafficOptions {
  /** Seed: the same seed and options give the same traffic. */
  readonly seed: number;
  /** Visitors in the experiment; default 4,000. */
  readonly visitors?: number;
  /** Days of the experiment; visitors first arrive uniformly over them. Default 28. */
  readonly days?: number;
  /** Days of the pre-period before the experiment (arm `null`), the CUPED covariate's window; default 28. */
  readonly preDays?: number;
  /** Start of the experiment, epoch ms; default `Date.UTC(2026, 1, 1)`. */
  readonly start?: number;
  /** The arms; default `personalized` and `control`, half each, no lift. */
  readonly arms?: readonly ExperimentArm[];
  /** Assigns a subject to an arm id (e.g. a keyed HMAC); default a seeded draw by `share`. */
  readonly assign?: (subject: string) => string;
  /** Mean sessions per visitor and day after the first (times the visitor's activity); default 0.15. */
  readonly sessionsPerDay?: number;
  /** Mean per-session click probability before any lift (times the visitor's propensity, capped at 0.9); default 0.08. */
  readonly baseClick?: number;
  /** Probability that a click becomes a purchase; default 0.25. */
  readonly purchaseGivenClick?: number;
  /** Mean revenue of a purchase (lognormal, σ = 0.6); default 40. */
  readonly meanRevenue?: number;
}

/** An outcome event in the shape `@candor/core/measure` records. */
export type ExperimentOutcome =
  | {
      readonly type: "impression" | "click";
      readonly subject: string;
      readonly at: number;
      readonly surface: string;
      readonly arm: string | null;
      readonly slate: string;
    }
  | {
      readonly type: "purchase";
      readonly subject: string;
      readonly at: number;
      readonly surface: string;
      readonly arm: string | null;
      readonly slate: string;
      readonly revenue: number;
    };

/** The true value of one per-visitor metric: the mean of treatment and control potential outcomes over the same visitors. */
export interface TrueEffect {
  readonly treatment: number;
  readonly control: number;
  /** treatment − control. */
  readonly difference: number;
  /** treatment / control − 1 (`null` when control is 0). */
  readonly lift: number | null;
}

/** The truth at one time over the visitors of the two arms who had arrived by then. */
export interface ExperimentTruth {
  readonly visitors: number;
  /** Share of visitors who clicked at least once. */
  readonly click: TrueEffect;
  /** Share of visitors who bought at least once. */
  readonly conversion: TrueEffect;
  /** Expected revenue per visitor. */
  readonly revenuePerVisitor: TrueEffect;
}

/** The simulated experiment. */
export interface ExperimentTraffic {
  /** Every outcome in time order; pre-period outcomes have arm `null`. */
  readonly outcomes: readonly ExperimentOutcome[];
  /** Start of the experiment (the end of the pre-period), epoch ms. */
  readonly start: number;
  /** The model's parameters, as used. */
  readonly parameters: Readonly<Record<string, number>>;
  /**
   * The exact expected effect at `at` of `treatment` against `control`, over the visitors of those two arms who
   * had arrived by then: each visitor's potential outcomes under both arms given their sessions up to `at`
   * (sessions do not depend on the arm), averaged. This is the sample average treatment effect.
   */
  truthAt(at: number, arms: { readonly treatment: string; readonly control: string }): ExperimentTruth;
}

interface Visitor {
  readonly subject: string;
  readonly arm: string;
  readonly click: number;
  /** In-experiment session times, ascending. */
  readonly sessions: readonly number[];
}

const DAY = 86_400_000;

/**
 * Simulates a holdout experiment. Visitor i has a propensity λᵢ and an activity aᵢ (each exponential, mean 1); their
 * per-session click probability is min(0.9, `baseClick`·λᵢ)·(1 + the arm's `clickLift`), capped at 1; a click
 * becomes a purchase with `purchaseGivenClick`, of lognormal revenue. Sessions form a Poisson process of rate
 * `sessionsPerDay`·aᵢ per day, in the pre-period and after the visitor's first visit, which falls uniformly in the
 * experiment. Every session has one impression. Deterministic under `seed`; options are checked at once and throw
 * `InvalidOptionError`.
 */
export function simulateExperimentTraffic(options: ExperimentTrafficOptions): ExperimentTraffic {
  const {
    seed,
    visitors: count = 4000,
    days = 28,
    preDays = 28,
    start = Date.UTC(2026, 1, 1),
    sessionsPerDay = 0.15,
    baseClick = 0.08,
    purchaseGivenClick = 0.25,
    meanRevenue = 40,
  } = options;
  const arms = options.arms ?? [
    { id: "personalized", share: 0.5 },
    { id: "control", share: 0.5 },
  ];
  checkFinite("simulateExperimentTraffic.seed", seed);
  checkInteger("simulateExperimentTraffic.visitors", count, 1, 10_000_000);
  checkInteger("simulateExperimentTraffic.days", days, 1, 3650);
  checkInteger("simulateExperimentTraffic.preDays", preDays, 0, 3650);
  checkFinite("simulateExperimentTraffic.start", start);
  for (const [name, value, max] of [
    ["sessionsPerDay", sessionsPerDay, 100],
    ["baseClick", baseClick, 1],
    ["purchaseGivenClick", purchaseGivenClick, 1],
    ["meanRevenue", meanRevenue, Number.MAX_VALUE],
  ] as const) {
    if (!(value >= 0 && value <= max))
      throw new InvalidOptionError(
        `simulateExperimentTraffic.${name}`,
        value,
        `must be a number in [0, ${max}]`,
      );
  }
  const total = arms.reduce((s, a) => s + a.share, 0);
  if (arms.length === 0 || arms.some((a) => !(a.share > 0)) || Math.abs(total - 1) > 1e-9)
    throw new InvalidOptionError(
      "simulateExperimentTraffic.arms",
      total,
      "shares must be positive and sum to 1",
    );
  const lifts = new Map(arms.map((a) => [a.id, a.clickLift ?? 0]));
  for (const [id, lift] of lifts)
    if (!(lift > -1 && Number.isFinite(lift)))
      throw new InvalidOptionError(`simulateExperimentTraffic.arms.${id}.clickLift`, lift, "must be > −1");

  const width = Math.max(4, String(count).length);
  const outcomes: ExperimentOutcome[] = [];
  const people: Visitor[] = [];
  const end = start + days * DAY;
  const drawArm = (r: Random): string => {
    let u = r();
    for (const arm of arms) {
      if (u < arm.share) return arm.id;
      u -= arm.share;
    }
    return (arms.at(-1) as ExperimentArm).id;
  };
  const capped = (p: number) => Math.min(1, Math.max(0, p));
  for (let i = 0; i < count; i++) {
    const subject = `v${String(i + 1).padStart(width, "0")}`;
    const r = mulberry32(deriveSeed(seed, `visitor:${i}`));
    const click = Math.min(0.9, baseClick * gamma(r, 1));
    const rate = (sessionsPerDay * gamma(r, 1)) / DAY;
    const assigned = options.assign ? options.assign(subject) : drawArm(r);
    const session = (at: number, arm: string | null, k: number) => {
      const slate = `${subject}-${k}`;
      outcomes.push({ type: "impression", subject, at, surface: "home", arm, slate });
      const p = capped(click * (1 + (arm === null ? 0 : (lifts.get(arm) ?? 0))));
      if (r() < p) {
        outcomes.push({ type: "click", subject, at: at + 1000, surface: "home", arm, slate });
        if (r() < purchaseGivenClick) {
          const revenue = Math.round(meanRevenue * Math.exp(0.6 * normal(r) - 0.18) * 100) / 100;
          outcomes.push({ type: "purchase", subject, at: at + 2000, surface: "home", arm, slate, revenue });
        }
      }
    };
    let k = 0;
    const gap = () => -Math.log(1 - r()) / rate;
    if (rate > 0)
      for (let t = start - preDays * DAY + gap(); t < start; t += gap()) session(Math.floor(t), null, ++k);
    const sessions: number[] = [];
    const first = Math.floor(start + r() * days * DAY);
    sessions.push(first);
    if (rate > 0) for (let t = first + gap(); t < end; t += gap()) sessions.push(Math.floor(t));
    for (const at of sessions) session(at, assigned, ++k);
    people.push({ subject, arm: assigned, click, sessions });
  }
  outcomes.sort((a, b) => a.at - b.at);

  return {
    outcomes,
    start,
    parameters: {
      visitors: count,
      days,
      preDays,
      sessionsPerDay,
      baseClick,
      purchaseGivenClick,
      meanRevenue,
    },
    truthAt(at, { treatment, control }) {
      const liftT = lifts.get(treatment) ?? 0;
      const liftC = lifts.get(control) ?? 0;
      const sums = { n: 0, ct: 0, cc: 0, vt: 0, vc: 0, rt: 0, rc: 0 };
      for (const v of people) {
        if (v.arm !== treatment && v.arm !== control) continue;
        const s = countUpTo(v.sessions, at);
        if (s === 0) continue;
        const pt = capped(v.click * (1 + liftT));
        const pc = capped(v.click * (1 + liftC));
        sums.n++;
        sums.ct += 1 - (1 - pt) ** s;
        sums.cc += 1 - (1 - pc) ** s;
        sums.vt += 1 - (1 - pt * purchaseGivenClick) ** s;
        sums.vc += 1 - (1 - pc * purchaseGivenClick) ** s;
        sums.rt += s * pt * purchaseGivenClick * meanRevenue;
        sums.rc += s * pc * purchaseGivenClick * meanRevenue;
      }
      const effect = (t: number, c: number): TrueEffect => {
        const mt = sums.n > 0 ? t / sums.n : 0;
        const mc = sums.n > 0 ? c / sums.n : 0;
        return { treatment: mt, control: mc, difference: mt - mc, lift: mc > 0 ? mt / mc - 1 : null };
      };
      return {
        visitors: sums.n,
        click: effect(sums.ct, sums.cc),
        conversion: effect(sums.vt, sums.vc),
        revenuePerVisitor: effect(sums.rt, sums.rc),
      };
    },
  };
}

/** How many of the ascending `times` are at or before `at` (binary search). */
function countUpTo(times: readonly number[], at: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
