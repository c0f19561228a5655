import { describe, expect, it } from "vitest";
import { ConfigError, type DriftEvent, retrainingSchedule } from "./index.ts";

const DAY = 86_400_000;
const drift = (at: number): DriftEvent => ({
  source: "online",
  at,
  metric: "ctr",
  arm: "personalized",
  baseline: 0.05,
  observed: 0.04,
  threshold: 0.1,
  drop: 0.2,
  sample: 5000,
  pValue: 0.001,
});

describe("retrainingSchedule", () => {
  it("is due when the interval has elapsed", () => {
    expect(retrainingSchedule({ lastFitAt: 0, now: 6 * DAY }, { every: 7 * DAY })).toEqual({
      due: false,
      reason: null,
      nextAt: 7 * DAY,
      drift: null,
    });
    expect(retrainingSchedule({ lastFitAt: 0, now: 7 * DAY }, { every: 7 * DAY })).toMatchObject({
      due: true,
      reason: "interval",
    });
  });

  it("is due at once on drift detected since the last fit, unless told to ignore drift", () => {
    const events = [drift(DAY), drift(3 * DAY), drift(4 * DAY)];
    const decision = retrainingSchedule(
      { lastFitAt: 2 * DAY, now: 5 * DAY, drift: events },
      { every: 7 * DAY },
    );
    expect(decision).toEqual({ due: true, reason: "drift", nextAt: 9 * DAY, drift: events[1] });
    expect(
      retrainingSchedule({ lastFitAt: 5 * DAY, now: 6 * DAY, drift: events }, { every: 7 * DAY }).due,
    ).toBe(false);
    expect(
      retrainingSchedule(
        { lastFitAt: 2 * DAY, now: 5 * DAY, drift: events },
        { every: 7 * DAY, onDrift: "ignore" },
      ).due,
    ).toBe(false);
  });

  it("rejects a non-positive interval", () => {
    expect(() => retrainingSchedule({ lastFitAt: 0, now: 0 }, { every: 0 })).toThrow(ConfigError);
  });
});
