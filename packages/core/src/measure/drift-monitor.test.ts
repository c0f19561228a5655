import { describe, expect, it, vi } from "vitest";
import { ConfigError, createDriftMonitor, type DriftMonitorOptions, parseOutcome } from "./index.ts";

const H = 3_600_000;
const T0 = 1000 * H;

function feed(
  options: Partial<DriftMonitorOptions>,
  hours: readonly [number, number][],
  arm = "personalized",
) {
  const onDrift = vi.fn();
  const monitor = createDriftMonitor({ baseline: 0.05, window: 4 * H, bucket: H, onDrift, ...options });
  hours.forEach(([impressions, clicks], h) => {
    monitor.observe({ at: T0 + h * H + 1, arm, impressions, clicks });
  });
  monitor.check(T0 + hours.length * H);
  return { monitor, onDrift };
}

const repeat = (n: number, hour: [number, number]) => Array.from({ length: n }, () => hour);

describe("createDriftMonitor", () => {
  it("does not flag a CTR at its baseline", () => {
    const { monitor, onDrift } = feed({}, repeat(12, [1000, 50]));
    expect(onDrift).not.toHaveBeenCalled();
    expect(monitor.getState().checks).toHaveLength(12);
    expect(monitor.getState().checks.at(-1)).toMatchObject({ impressions: 4000, clicks: 200, ctr: 0.05 });
  });

  it("flags a drop beyond the threshold once, with the time, metric, baseline, observed and threshold", () => {
    const { monitor, onDrift } = feed({}, [...repeat(6, [1000, 50]), ...repeat(8, [1000, 35])]);
    expect(onDrift).toHaveBeenCalledTimes(1);
    const [event] = monitor.getState().events;
    expect(event).toMatchObject({
      source: "online",
      metric: "ctr",
      arm: "personalized",
      baseline: 0.05,
      threshold: 0.1,
    });
    expect(event?.at).toBeGreaterThan(T0 + 6 * H);
    expect(event?.observed).toBeLessThan(0.045);
    expect(event?.drop).toBeCloseTo((0.05 - (event?.observed ?? 0)) / 0.05, 12);
    expect(event?.pValue).toBeLessThan(0.01);
    expect(onDrift).toHaveBeenCalledWith(event);
    expect(monitor.getState().drifting).toEqual(["personalized"]);
  });

  it("does not flag a drop smaller than the threshold, nor a window below the minimum sample", () => {
    expect(feed({}, repeat(12, [1000, 47])).onDrift).not.toHaveBeenCalled();
    expect(feed({}, repeat(12, [100, 0])).onDrift).not.toHaveBeenCalled();
  });

  it("flags again only after the arm recovered or was re-baselined", () => {
    const drop = repeat(6, [1000, 30]);
    const { monitor, onDrift } = feed({}, [...drop, ...repeat(6, [1000, 55]), ...drop]);
    expect(onDrift).toHaveBeenCalledTimes(2);
    monitor.setBaseline(0.03);
    expect(monitor.getState().drifting).toEqual([]);
    expect(() => monitor.setBaseline(0)).toThrow(ConfigError);
  });

  it("monitors only the arms given a baseline, and records outcomes", () => {
    const monitor = createDriftMonitor({
      baseline: { holdout: 0.05 },
      window: H,
      bucket: H,
      minImpressions: 1,
    });
    const base = { subject: "s", surface: "home", slate: "sl" };
    monitor.record(parseOutcome({ ...base, type: "impression", arm: "holdout", at: T0 }));
    monitor.record(parseOutcome({ ...base, type: "click", arm: "holdout", at: T0 + 1 }));
    monitor.record(parseOutcome({ ...base, type: "impression", arm: "personalized", at: T0 }));
    monitor.record(parseOutcome({ ...base, type: "purchase", arm: "holdout", at: T0, revenue: 5 }));
    monitor.observe({ at: T0, arm: "holdout", impressions: Number.NaN, clicks: -3 });
    monitor.check(T0 + H);
    expect(monitor.getState().checks).toEqual([
      { at: T0 + H, arm: "holdout", impressions: 1, clicks: 1, ctr: 1, baseline: 0.05, drifting: false },
    ]);
  });

  it("notifies subscribers as buckets close and keeps snapshots stable", () => {
    const monitor = createDriftMonitor({ baseline: 0.05, window: 2 * H, bucket: H });
    const listener = vi.fn();
    monitor.subscribe(listener);
    monitor.observe({ at: T0, arm: null, impressions: 10, clicks: 1 });
    const snapshot = monitor.getState();
    expect(monitor.getState()).toBe(snapshot);
    expect(monitor.check(T0 + 30 * H)).toEqual([]);
    expect(monitor.getState()).not.toBe(snapshot);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("rejects invalid options with the path", () => {
    const error = (options: object) => {
      try {
        createDriftMonitor({ baseline: 0.05, window: H, ...options });
      } catch (e) {
        return e;
      }
      return null;
    };
    expect(error({ threshold: 1.5 })).toMatchObject({ name: "ConfigError", path: "threshold" });
    expect(error({ baseline: { a: 2 } })).toMatchObject({ path: "baseline.a" });
    expect(error({ bucket: 2 * H })).toMatchObject({ path: "bucket" });
    expect(error({ minImpressions: 0 })).toMatchObject({ path: "minImpressions" });
  });
});
