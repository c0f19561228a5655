import { describe, expect, it } from "vitest";
import { mulberry32 } from "../internal/mulberry32.ts";
import { bootstrapMeans } from "./bootstrap-means.ts";

const sample = (seed: number, n: number, mean: number) => {
  const random = mulberry32(seed);
  return Float64Array.from({ length: n }, () => (random() < 0.2 ? -mean * 5 * Math.log(1 - random()) : 0));
};

describe("bootstrapMeans", () => {
  it("is deterministic under a seed and centred on the observed estimates", () => {
    const control = sample(1, 400, 10);
    const treatment = sample(2, 400, 12);
    const a = bootstrapMeans(control, treatment, { resamples: 300, seed: 5 });
    const b = bootstrapMeans(control, treatment, { resamples: 300, seed: 5 });
    const c = bootstrapMeans(control, treatment, { resamples: 300, seed: 6 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const mean = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(a?.difference.estimate).toBeCloseTo(mean(treatment) - mean(control), 12);
    expect(a?.lift?.estimate).toBeCloseTo(mean(treatment) / mean(control) - 1, 12);
    expect(a?.difference.low).toBeLessThan(a?.difference.estimate ?? 0);
    expect(a?.difference.high).toBeGreaterThan(a?.difference.estimate ?? 0);
  });

  it("finds a large difference significant and an identical sample not", () => {
    const control = sample(3, 500, 10);
    const big = bootstrapMeans(
      control,
      control.map((x) => x * 3 + 5),
      { resamples: 400 },
    );
    expect(big?.pValue).toBeLessThan(0.01);
    expect(big?.difference.low).toBeGreaterThan(0);
    const same = bootstrapMeans(control, control, { resamples: 400 });
    expect(same?.pValue).toBeGreaterThan(0.2);
  });

  it("has no ratio when a control resample has zero mean, and nothing for an empty arm", () => {
    const zeros = new Float64Array(20);
    expect(bootstrapMeans(zeros, sample(4, 20, 5), { resamples: 50 })?.lift).toBeNull();
    expect(bootstrapMeans([], [1, 2], { resamples: 50 })).toBeNull();
  });
});
