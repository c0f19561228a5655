/**
 * Sequential lift against the simulator's truth (`simulateExperimentTraffic` in `@candor/sample-shop`): shoppers
 * with a pre-period, assigned by `assignArm`, who return over 28 days; the exact expected effect at every look is
 * known. Peeking daily at the always-valid interval must declare a false win in at most 5 % of 200 seeds, and with
 * a true effect the interval must cover it at every look at once in at least 95 % of them.
 */

import { type ExperimentTraffic, simulateExperimentTraffic } from "@candor/sample-shop";
import { beforeAll, describe, expect, it } from "vitest";
import { alwaysValidPValue, confidenceSequenceHalfWidth } from "./confidence-sequence.ts";
import {
  assignArm,
  ConfigError,
  type Outcome,
  renderSequentialMarkdown,
  type SequentialLiftReport,
  sequentialLift,
} from "./index.ts";
import { normalQuantile } from "./normal.ts";

const SEEDS = Array.from({ length: 200 }, (_, i) => 500 + i);
const DAY = 86_400_000;

const experiment = {
  key: "sequential-key",
  salt: "sequential",
  arms: [
    { id: "personalized", share: 0.5, kind: "personalized" },
    { id: "control", share: 0.5, kind: "control" },
  ],
} as const;
/** Arms by subject: the same subject ids recur in every seed (their tastes and traffic do not). */
const arms = new Map<string, string>();
const armOf = (subject: string): string => {
  let arm = arms.get(subject);
  if (arm === undefined) {
    arm = assignArm(subject, experiment)?.arm ?? "control";
    arms.set(subject, arm);
  }
  return arm;
};

function run(
  seed: number,
  clickLift: number,
  cuped = true,
): { traffic: ExperimentTraffic; report: SequentialLiftReport } {
  const traffic = simulateExperimentTraffic({
    seed,
    visitors: 2500,
    arms: [
      { id: "personalized", share: 0.5, clickLift },
      { id: "control", share: 0.5 },
    ],
    assign: armOf,
  });
  const report = sequentialLift(traffic.outcomes as readonly Outcome[], {
    control: "control",
    treatment: "personalized",
    plannedVisitors: 2500,
    experimentStart: traffic.start,
    cuped,
  });
  return { traffic, report };
}

describe("the normal-mixture confidence sequence", () => {
  it("is tightest at the planned size, where its half-width is √(V·(r*+1)) with r* = 2·log(1/α) + log(1 + r*)", () => {
    const planned = 4000;
    const L = Math.log(20);
    let r = 2 * L;
    for (let i = 0; i < 100; i++) r = 2 * L + Math.log1p(r);
    expect(confidenceSequenceHalfWidth(2, planned, { plannedSampleSize: planned })).toBeCloseTo(
      Math.sqrt(2 * (r + 1)),
      10,
    );
    // Wider than the fixed-horizon interval (the price of looking at will), and finite only with data.
    expect(confidenceSequenceHalfWidth(1, planned, { plannedSampleSize: planned })).toBeGreaterThan(
      normalQuantile(0.975),
    );
    expect(confidenceSequenceHalfWidth(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(confidenceSequenceHalfWidth(Number.NaN, 10)).toBe(Number.POSITIVE_INFINITY);
  });

  it("its p-value reaches 1 − confidence exactly on the boundary and is 1 at the null", () => {
    const w = confidenceSequenceHalfWidth(0.3, 900, { plannedSampleSize: 1000 });
    expect(alwaysValidPValue(w, 0, 0.3, 900, { plannedSampleSize: 1000 })).toBeCloseTo(0.05, 10);
    expect(alwaysValidPValue(0, 0, 0.3, 900)).toBe(1);
    expect(() => confidenceSequenceHalfWidth(1, 10, { confidence: 1 })).toThrow(ConfigError);
  });
});

describe("sequential lift against the simulator's truth, 200 seeds peeked daily", () => {
  const metrics = ["click", "conversion", "revenuePerVisitor"] as const;
  const nulls: SequentialLiftReport[] = [];
  const effects: { traffic: ExperimentTraffic; report: SequentialLiftReport }[] = [];
  /** Runs with a true effect whose interval covered it at every look, and at the last look, per metric. */
  const covered = { click: 0, conversion: 0, revenuePerVisitor: 0 };
  const coveredLast = { click: 0, conversion: 0, revenuePerVisitor: 0 };
  beforeAll(() => {
    for (const seed of SEEDS) {
      nulls.push(run(seed, 0).report);
      const effect = run(seed, 0.3);
      effects.push(effect);
      const all = { click: true, conversion: true, revenuePerVisitor: true };
      for (const look of effect.report.looks) {
        const truths = effect.traffic.truthAt(look.at, { treatment: "personalized", control: "control" });
        for (const metric of metrics) {
          const estimate = look.estimates.find((e) => e.metric === metric);
          if (!estimate) continue;
          const truth = truths[metric].difference;
          const inside = estimate.difference.low <= truth && truth <= estimate.difference.high;
          all[metric] &&= inside;
          if (look === effect.report.looks.at(-1) && inside) coveredLast[metric]++;
        }
      }
      for (const metric of metrics) if (all[metric]) covered[metric]++;
    }
  }, 180_000);

  it("declares a false win (treatment better, no true effect) in at most 5 % of runs, looking every day", () => {
    expect(nulls.every((r) => r.looks.length >= 28)).toBe(true);
    for (const metric of metrics) {
      const wins = nulls.filter((r) => r.decisions[metric]?.verdict === "treatment-better").length;
      expect(wins, metric).toBeLessThanOrEqual(10);
      // Any decision either way is an error under the null: still at most 5 %.
      expect(nulls.filter((r) => r.decisions[metric] !== null).length, metric).toBeLessThanOrEqual(10);
    }
  });

  it("where peeking daily at fixed-horizon 95 % intervals declares far more false decisions", () => {
    const fixed = nulls.filter((r) => r.fixedHorizonDecisions.click !== null).length;
    const sequential = nulls.filter((r) => r.decisions.click !== null).length;
    expect(fixed).toBeGreaterThan(20);
    expect(fixed).toBeGreaterThan(3 * Math.max(1, sequential));
  });

  it("renders the looks as Markdown: the decision a daily watcher may act on and what peeking would have claimed", () => {
    const none = run(SEEDS[0] as number, 0).report;
    const text = renderSequentialMarkdown(none);
    expect(text).toContain("## Watching daily: always-valid intervals");
    expect(text).toContain("CUPED: each visitor's clicks, purchases and revenue before 2026-02-01T00:00:00Z");
    expect(text).toMatch(/- click-through \(visitors who clicked\): no decision yet/);
    expect(text.match(/^\| 2026-\d\d-\d\dT23:59:59\.999Z \|/gm)?.length).toBe(none.looks.length - 1);
    const peeked = nulls.find((r) => r.fixedHorizonDecisions.click && !r.decisions.click);
    expect(peeked && renderSequentialMarkdown(peeked)).toMatch(
      /Peeking at fixed-horizon intervals would have declared/,
    );
    expect(renderSequentialMarkdown(sequentialLift([], { control: "a", treatment: "b" }))).toContain(
      "No look",
    );
  });

  it("covers the true effect at every daily look at once in at least 95 % of runs with a true +30 % click lift", () => {
    for (const metric of metrics) {
      expect(covered[metric], metric).toBeGreaterThanOrEqual(190);
      expect(coveredLast[metric], metric).toBeGreaterThanOrEqual(190);
    }
  });

  it("detects the true click lift in most runs, and CUPED's pre-period covariate removes variance", () => {
    const detected = effects.filter((e) => e.report.decisions.click?.verdict === "treatment-better").length;
    expect(detected).toBeGreaterThanOrEqual(80);
    const reductions = effects.map(
      (e) => e.report.looks.at(-1)?.estimates.find((x) => x.metric === "click")?.varianceReduction ?? 0,
    );
    const mean = reductions.reduce((s, v) => s + v, 0) / reductions.length;
    expect(mean).toBeGreaterThan(0.03);
    // Without CUPED the same runs' intervals are wider on average.
    const width = (report: SequentialLiftReport | undefined) => {
      const click = report?.looks.at(-1)?.estimates.find((x) => x.metric === "click");
      return (click?.difference.high ?? 0) - (click?.difference.low ?? 0);
    };
    const some = SEEDS.slice(0, 20);
    const plain = some.map((seed) => run(seed, 0.3, false).report);
    expect(plain[0]?.looks.at(-1)?.estimates[0]?.varianceReduction).toBeNull();
    const meanWidth = (reports: (SequentialLiftReport | undefined)[]) =>
      reports.reduce((s, r) => s + width(r), 0) / reports.length;
    expect(meanWidth(effects.slice(0, 20).map((e) => e.report))).toBeLessThan(0.98 * meanWidth(plain));
  }, 30_000);
});

describe("sequentialLift", () => {
  const base = { subject: "a", surface: "home", slate: "s" } as const;
  const t0 = Date.UTC(2026, 0, 1);

  it("looks at each day's end, counts only outcomes up to the look, and ignores other arms and the pre-period", () => {
    const outcomes: Outcome[] = [
      { ...base, type: "click", at: t0 - 5, arm: null },
      ...["c1", "c2", "c3"].map((subject) => ({
        ...base,
        subject,
        type: "impression" as const,
        at: t0 + 10,
        arm: "control",
      })),
      ...["t1", "t2", "t3"].map((subject) => ({
        ...base,
        subject,
        type: "impression" as const,
        at: t0 + 20,
        arm: "treat",
      })),
      { ...base, subject: "c1", type: "click", at: t0 + 30, arm: "control" },
      { ...base, subject: "t1", type: "click", at: t0 + DAY + 5, arm: "treat" },
      { ...base, subject: "o1", type: "click", at: t0 + 30, arm: "other" },
    ];
    const options = { control: "control", treatment: "treat", experimentStart: t0, minEvents: 1 };
    const report = sequentialLift(outcomes, options);
    expect(report.looks.map((l) => l.at)).toEqual([t0 + DAY - 1, t0 + DAY + 5]);
    expect(report.looks[0]?.visitors).toEqual({ control: 3, treatment: 3 });
    const [day1, day2] = report.looks.map((l) => l.estimates.find((e) => e.metric === "click"));
    // Day 1: no treatment visitor has clicked yet, so there are too few events for an interval.
    expect(day1).toBeUndefined();
    expect(day2?.treatment.mean).toBeCloseTo(1 / 3, 12);
    expect(day2?.control.mean).toBeCloseTo(1 / 3, 12);
    expect(day2?.difference.estimate).toBeCloseTo(0, 12);
    expect(report.cuped).toBe(true);
    expect(sequentialLift(outcomes, { ...options, minEvents: 2 }).looks[1]?.estimates).toEqual([]);
  });

  it("rejects bad options with a typed error naming the option", () => {
    expect(() => sequentialLift([], { control: "a", treatment: "a" })).toThrow(ConfigError);
    expect(() => sequentialLift([], { control: "a", treatment: "b", plannedVisitors: 0 })).toThrow(
      /plannedVisitors/,
    );
    expect(sequentialLift([], { control: "a", treatment: "b" }).looks).toEqual([]);
  });
});
