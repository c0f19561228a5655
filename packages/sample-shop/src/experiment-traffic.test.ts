import { describe, expect, it } from "vitest";
import { InvalidOptionError, simulateExperimentTraffic } from "./index.ts";

const DAY = 86_400_000;
const arms = [
  { id: "personalized", share: 0.5, clickLift: 0.5 },
  { id: "control", share: 0.5 },
] as const;

describe("simulateExperimentTraffic", () => {
  it("is deterministic under the seed, time-ordered, with a pre-period outside any arm", () => {
    const a = simulateExperimentTraffic({ seed: 3, visitors: 300, arms });
    const b = simulateExperimentTraffic({ seed: 3, visitors: 300, arms });
    expect(a.outcomes).toEqual(b.outcomes);
    expect(a.outcomes.every((o, i) => i === 0 || (a.outcomes[i - 1]?.at ?? 0) <= o.at)).toBe(true);
    const pre = a.outcomes.filter((o) => o.at < a.start);
    expect(pre.length).toBeGreaterThan(0);
    expect(pre.every((o) => o.arm === null && o.at >= a.start - 28 * DAY)).toBe(true);
    expect(a.outcomes.filter((o) => o.at >= a.start).every((o) => o.arm !== null)).toBe(true);
    expect(a.parameters).toMatchObject({ visitors: 300, days: 28, preDays: 28, baseClick: 0.08 });
  });

  it("knows the exact effect: none between arms without a lift, and the stated lift's effect on clicks", () => {
    const same = simulateExperimentTraffic({
      seed: 1,
      visitors: 500,
      arms: [
        { id: "a", share: 0.5 },
        { id: "b", share: 0.5 },
      ],
    });
    const end = same.start + 28 * DAY;
    expect(same.truthAt(end, { treatment: "a", control: "b" }).click.difference).toBe(0);
    const lifted = simulateExperimentTraffic({ seed: 1, visitors: 2000, arms });
    const truth = lifted.truthAt(end, { treatment: "personalized", control: "control" });
    expect(truth.visitors).toBe(2000);
    // Expected revenue is linear in the click probability, so its lift is the stated lift up to the 0.9/1 caps.
    expect(truth.revenuePerVisitor.lift).toBeGreaterThan(0.45);
    expect(truth.revenuePerVisitor.lift).toBeLessThanOrEqual(0.5 + 1e-12);
    expect(truth.click.difference).toBeGreaterThan(0);
    // Before the experiment nobody has arrived.
    expect(lifted.truthAt(lifted.start - 1, { treatment: "personalized", control: "control" }).visitors).toBe(
      0,
    );
    // The realized click-through of the treatment arm is near its expected value.
    const clicked = new Set(
      lifted.outcomes.filter((o) => o.type === "click" && o.arm === "personalized").map((o) => o.subject),
    );
    const treated = new Set(lifted.outcomes.filter((o) => o.arm === "personalized").map((o) => o.subject));
    expect(Math.abs(clicked.size / treated.size - truth.click.treatment)).toBeLessThan(0.04);
  });

  it("assigns with the injected function, and rejects bad options by path", () => {
    const traffic = simulateExperimentTraffic({ seed: 2, visitors: 50, arms, assign: () => "control" });
    expect(new Set(traffic.outcomes.filter((o) => o.arm !== null).map((o) => o.arm))).toEqual(
      new Set(["control"]),
    );
    expect(() => simulateExperimentTraffic({ seed: 1, visitors: 0 })).toThrow(InvalidOptionError);
    expect(() => simulateExperimentTraffic({ seed: 1, arms: [{ id: "a", share: 0.4 }] })).toThrow(/arms/);
    expect(() => simulateExperimentTraffic({ seed: 1, baseClick: 2 })).toThrow(/baseClick/);
  });
});
