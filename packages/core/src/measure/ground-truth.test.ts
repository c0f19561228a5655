/**
 * Ground-truth checks of the statistics: a small traffic simulator with a known true lift (visitors assigned to
 * arms by `assignArm`, clicks with probability p0 in control and p0·(1 + lift) when personalized, lognormal
 * revenue), run over fixed seeds; the intervals must cover the truth at about their nominal rate.
 */

import { beforeAll, describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { mulberry32 } from "../internal/mulberry32.ts";
import { servingMode } from "../internal/serving-mode.ts";
import { decide } from "../policy/index.ts";
import {
  assignArm,
  createDriftMonitor,
  createOutcomeLog,
  type DriftEvent,
  type Interval,
  incrementality,
  type Outcome,
} from "./index.ts";
import { normalQuantile } from "./normal.ts";

const T0 = Date.UTC(2026, 3, 1);
const H = 3_600_000;
const TRUE_LIFT = 0.2;

const experiment = (seed: number) =>
  ({
    key: "ground-truth-key",
    salt: `run-${seed}`,
    arms: [
      { id: "personalized", share: 0.4, kind: "personalized" },
      { id: "holdout", share: 0.4, kind: "control" },
      { id: "challenger", share: 0.2, kind: "challenger" },
    ],
  }) as const;

function consentOf(subject: string, choice: "all" | "no-analytics") {
  const manager = createConsentManager({ region: "DE", subject, clock: () => T0 });
  if (choice === "all") manager.acceptAll();
  else manager.set({ "personalization.browsing": true });
  return manager.getState();
}
const personalizedDecision = decide(consentOf("template", "all"), { purpose: "recommend", surface: "home" });
const chosenDecision = decide(consentOf("template", "all"), { purpose: "recommend", nonPersonalized: true });

interface Truth {
  /** Share of visitors who click, in control. */
  readonly p0?: number;
  /** Relative click lift of the personalized arm (the challenger gets half). */
  readonly lift?: number;
  /** Probability of a purchase after a click. */
  readonly buy?: number;
  /** Mean revenue of a purchase (lognormal, σ = 0.6). */
  readonly revenue?: number;
}

/** One seeded run: outcome events of `visitors` shoppers; 10 % chose the non-personalized feed. */
function simulate(
  seed: number,
  visitors: number,
  truth: Truth = {},
): { outcomes: Outcome[]; subjects: string[] } {
  const { p0 = 0.2, lift = TRUE_LIFT, buy = 0.5, revenue = 40 } = truth;
  const random = mulberry32(seed);
  const options = experiment(seed);
  const outcomes: Outcome[] = [];
  const subjects: string[] = [];
  for (let i = 0; i < visitors; i++) {
    const subject = `v${seed}-${i}`;
    subjects.push(subject);
    const chose = random() < 0.1;
    const plan = servingMode(assignArm(subject, options), chose ? chosenDecision : personalizedDecision);
    const arm = plan.arm?.arm ?? null;
    const kind = plan.arm?.kind;
    const p = kind === "personalized" ? p0 * (1 + lift) : kind === "challenger" ? p0 * (1 + lift / 2) : p0;
    const at = T0 + Math.floor(random() * 24 * H);
    const base = { subject, surface: random() < 0.7 ? "home" : "pdp", arm, slate: `sl-${subject}` };
    const impressions = 1 + Math.floor(random() * 3);
    for (let k = 0; k < impressions; k++) outcomes.push({ ...base, type: "impression", at: at + k });
    if (random() < p) {
      outcomes.push({ ...base, type: "click", at: at + 10 });
      if (random() < 0.6) outcomes.push({ ...base, type: "add_to_cart", at: at + 20 });
      if (random() < buy) {
        const value = revenue * Math.exp(0.6 * normalQuantile(random()) - 0.18);
        outcomes.push({ ...base, type: "purchase", at: at + 30, revenue: Math.round(value * 100) / 100 });
      }
    }
  }
  return { outcomes, subjects };
}

const SEEDS = Array.from({ length: 100 }, (_, i) => 1000 + i);
const covers = (interval: { low: number; high: number } | null | undefined, truth: number) =>
  interval != null && interval.low <= truth && truth <= interval.high;

describe("incrementality against a known true lift", () => {
  const runs: { click: Interval | null; revenue: Interval | null }[] = [];
  beforeAll(() => {
    for (const seed of SEEDS) {
      const report = incrementality(simulate(seed, 3000).outcomes, {
        control: "holdout",
        treatment: "personalized",
        bootstrap: { resamples: 200, seed },
        bySurface: false,
      });
      const comparison = report.comparisons[0];
      runs.push({
        click: comparison?.rates.find((r) => r.metric === "click")?.lift ?? null,
        revenue: comparison?.revenue.lift ?? null,
      });
    }
  }, 30_000);

  it("the 95 % interval on the click-through lift covers the true lift in at least 90 of 100 seeded runs", () => {
    expect(runs).toHaveLength(100);
    expect(runs.filter((run) => covers(run.click, TRUE_LIFT)).length).toBeGreaterThanOrEqual(90);
    expect(runs.filter((run) => (run.click?.low ?? 0) > 0).length).toBeGreaterThanOrEqual(50);
  });

  it("the bootstrap interval on revenue per visitor covers the true revenue lift in at least 90 of 100 runs", () => {
    expect(runs.filter((run) => covers(run.revenue, TRUE_LIFT)).length).toBeGreaterThanOrEqual(90);
  });

  it("covers a zero lift in at least 34 of 40 runs, and the non-personalized choosers are in no arm", () => {
    let covered = 0;
    for (const seed of SEEDS.slice(0, 40)) {
      const { outcomes } = simulate(seed, 3000, { lift: 0 });
      const report = incrementality(outcomes, {
        control: "holdout",
        treatment: "personalized",
        bootstrap: { resamples: 0 },
        bySurface: false,
      });
      const click = report.comparisons[0]?.rates.find((r) => r.metric === "click");
      if (covers(click?.lift, 0)) covered++;
      const counted = report.arms.reduce((n, a) => n + a.visitors, 0);
      const outside = new Set(outcomes.filter((o) => o.arm === null).map((o) => o.subject)).size;
      expect(counted + outside).toBe(3000);
      expect(outside).toBeGreaterThan(200);
    }
    expect(covered).toBeGreaterThanOrEqual(34);
  });

  it("a shopper without the analytics purpose contributes no outcome events to the report", () => {
    const { outcomes, subjects } = simulate(7, 3000);
    const random = mulberry32(99);
    const grants = new Map(subjects.map((s) => [s, random() < 0.7]));
    const states = new Map([
      [true, consentOf("x", "all")],
      [false, consentOf("x", "no-analytics")],
    ]);
    const log = createOutcomeLog({ consentOf: (subject) => states.get(grants.get(subject) === true) });
    for (const outcome of outcomes) log.record(outcome);
    const kept = log.outcomes();
    expect(kept.every((o) => grants.get(o.subject) === true)).toBe(true);
    expect(kept.length).toBe(outcomes.filter((o) => grants.get(o.subject)).length);
    expect(log.getState().dropped["not-granted"]).toBe(outcomes.length - kept.length);
    const report = incrementality(kept, {
      control: "holdout",
      treatment: "personalized",
      bootstrap: { resamples: 0 },
    });
    const visitors = report.arms.filter((a) => a.surface === null).reduce((n, a) => n + a.visitors, 0);
    const consenting = new Set(kept.filter((o) => o.arm !== null).map((o) => o.subject));
    expect(visitors).toBe(consenting.size);
  });
});

/** 48 hours of one arm's impressions (600 an hour); from `shiftHour` on, tastes shift and clicks fall by `drop`. */
function simulateCtr(seed: number, shiftHour: number | null, drop = 0.3): DriftEvent[] {
  const random = mulberry32(seed);
  const monitor = createDriftMonitor({
    baseline: 0.05,
    threshold: 0.1,
    window: 6 * H,
    bucket: H,
    minImpressions: 2000,
  });
  const base = { subject: "s", surface: "home", arm: "personalized", slate: "sl" } as const;
  for (let hour = 0; hour < 48; hour++) {
    const p = shiftHour !== null && hour >= shiftHour ? 0.05 * (1 - drop) : 0.05;
    for (let i = 0; i < 600; i++) {
      const at = T0 + hour * H + i * 5000;
      monitor.record({ ...base, type: "impression", at });
      if (random() < p) monitor.record({ ...base, type: "click", at: at + 1 });
    }
  }
  monitor.check(T0 + 48 * H);
  return [...monitor.getState().events];
}

describe("online drift against a known shift", () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

  it("flags a CTR drop when the simulated tastes shift mid-run, within 8 hours, on every seed", () => {
    for (const seed of seeds) {
      const events = simulateCtr(seed, 24);
      expect(events.length).toBeGreaterThanOrEqual(1);
      const first = events[0];
      expect(first?.at).toBeGreaterThan(T0 + 24 * H);
      expect(first?.at).toBeLessThanOrEqual(T0 + 32 * H);
      expect(first).toMatchObject({ metric: "ctr", arm: "personalized", baseline: 0.05, threshold: 0.1 });
    }
  });

  it("does not flag a stable run, nor a drop smaller than the threshold, on any seed", () => {
    for (const seed of seeds) {
      expect(simulateCtr(seed, null)).toEqual([]);
      expect(simulateCtr(seed, 24, 0.05)).toEqual([]);
    }
  });
});
