import { describe, expect, it } from "vitest";
import { ConfigError, incrementality, type Outcome, parseOutcome } from "./index.ts";

const T0 = Date.UTC(2026, 0, 1);
const H = 3_600_000;
const D = 24 * H;

const o = (
  subject: string,
  arm: string | null,
  type: Outcome["type"],
  at: number,
  surface = "home",
  revenue?: number,
): Outcome =>
  parseOutcome({
    subject,
    arm,
    type,
    at,
    surface,
    slate: "sl",
    ...(revenue === undefined ? {} : { revenue }),
  });

const outcomes: Outcome[] = [
  o("c1", "holdout", "impression", T0),
  o("c1", "holdout", "click", T0 + H),
  o("c1", "holdout", "purchase", T0 + 2 * H, "home", 20),
  o("c1", "holdout", "purchase", T0 + 3 * D, "home", 10),
  o("c2", "holdout", "impression", T0),
  o("c2", "holdout", "impression", T0 + 1, "pdp"),
  o("c3", "holdout", "impression", T0, "pdp"),
  o("c3", "holdout", "add_to_cart", T0 + 2 * D, "pdp"),
  o("c4", "holdout", "impression", T0 + 20 * D),
  o("t1", "personalized", "impression", T0),
  o("t1", "personalized", "click", T0 + 1),
  o("t1", "personalized", "add_to_cart", T0 + 2),
  o("t1", "personalized", "purchase", T0 + 3, "home", 50),
  o("t2", "personalized", "impression", T0),
  o("t2", "personalized", "click", T0 + 5, "pdp"),
  o("t3", "personalized", "impression", T0),
  o("x1", "challenger", "impression", T0),
  o("n1", null, "click", T0),
];
const options = { control: "holdout", treatment: "personalized", observedUntil: T0 + 30 * D } as const;

describe("incrementality", () => {
  const report = incrementality(outcomes, { ...options, bootstrap: { resamples: 200, seed: 1 } });
  const arm = (id: string, surface: string | null) =>
    report.arms.find((a) => a.arm === id && a.surface === surface);

  it("counts visitors, events and per-visitor rates per arm, all surfaces and each surface", () => {
    expect(arm("holdout", null)).toEqual({
      arm: "holdout",
      surface: null,
      visitors: 4,
      impressions: 5,
      clicks: 1,
      addToCarts: 1,
      purchases: 2,
      revenue: 30,
      ctr: 1 / 5,
      clickRate: 1 / 4,
      addToCartRate: 1 / 4,
      conversionRate: 1 / 4,
      revenuePerVisitor: 7.5,
      firstDayEngagementRate: 1 / 4,
      followedUp: 3,
      repeatPurchaseRate: 1 / 3,
    });
    expect(arm("personalized", null)).toMatchObject({
      visitors: 3,
      clickRate: 2 / 3,
      revenuePerVisitor: 50 / 3,
    });
    expect(arm("holdout", "home")?.visitors).toBe(3);
    expect(arm("holdout", "pdp")?.visitors).toBe(2);
    expect(arm("personalized", "pdp")).toMatchObject({
      visitors: 1,
      clickRate: 1,
      impressions: 0,
      ctr: null,
    });
    expect(arm("challenger", null)?.visitors).toBe(1);
    expect(report.arms.some((a) => a.arm === "n1" || a.visitors === 0)).toBe(false);
  });

  it("compares treatment with control on every surface both were seen on, all surfaces first", () => {
    expect(report.comparisons.map((c) => c.surface)).toEqual([null, "home", "pdp"]);
    const all = report.comparisons[0];
    const click = all?.rates.find((r) => r.metric === "click");
    expect(click).toMatchObject({
      indicator: "primary",
      control: { visitors: 4, successes: 1, rate: 0.25 },
      treatment: { visitors: 3, successes: 2 },
    });
    expect(click?.difference.estimate).toBeCloseTo(2 / 3 - 1 / 4, 12);
    expect(click?.lift?.estimate).toBeCloseTo(2 / 3 / (1 / 4) - 1, 12);
    expect(all?.rates.map((r) => [r.metric, r.indicator])).toEqual([
      ["click", "primary"],
      ["addToCart", "primary"],
      ["conversion", "primary"],
      ["firstDayEngagement", "leading"],
      ["repeatPurchase", "lagging"],
    ]);
    expect(all?.rates.find((r) => r.metric === "repeatPurchase")?.control).toEqual({
      visitors: 3,
      successes: 1,
      rate: 1 / 3,
    });
    expect(all?.revenue).toMatchObject({
      control: { visitors: 4, revenue: 30, perVisitor: 7.5 },
      treatment: { visitors: 3, revenue: 50 },
    });
    expect(all?.revenue.difference?.estimate).toBeCloseTo(50 / 3 - 7.5, 12);
  });

  it("leaves out lagging rates until visitors were followed up for the whole window", () => {
    const early = incrementality(outcomes, {
      ...options,
      observedUntil: T0 + 10 * D,
      bootstrap: { resamples: 0 },
    });
    expect(early.comparisons[0]?.rates.some((r) => r.metric === "repeatPurchase")).toBe(false);
    expect(early.arms.find((a) => a.arm === "holdout" && a.surface === null)?.repeatPurchaseRate).toBeNull();
    expect(early.comparisons[0]?.revenue.difference).toBeNull();
  });

  it("is deterministic under the seed whatever the order of the events", () => {
    const shuffled = [...outcomes].reverse();
    expect(incrementality(shuffled, { ...options, bootstrap: { resamples: 200, seed: 1 } })).toEqual(report);
    expect(incrementality(outcomes, { ...options, bootstrap: { resamples: 200, seed: 2 } })).not.toEqual(
      report,
    );
  });

  it("reports only the all-surfaces row when asked, and nothing to compare without both arms", () => {
    const overall = incrementality(outcomes, { ...options, bySurface: false, bootstrap: { resamples: 0 } });
    expect(overall.comparisons.map((c) => c.surface)).toEqual([null]);
    expect(overall.arms.every((a) => a.surface === null)).toBe(true);
    const empty = incrementality([], { control: "a", treatment: "b" });
    expect(empty.comparisons).toEqual([]);
    expect(empty.observedUntil).toBe(0);
  });

  it("rejects invalid options with the path", () => {
    const error = (extra: object) => {
      try {
        incrementality(outcomes, { ...options, ...extra });
      } catch (e) {
        return e;
      }
      return null;
    };
    expect(error({ confidence: 1.5 })).toMatchObject({ name: "ConfigError", path: "confidence" });
    expect(error({ bootstrap: { resamples: -1 } })).toMatchObject({ path: "bootstrap.resamples" });
    expect(error({ treatment: "holdout" })).toBeInstanceOf(ConfigError);
  });
});
