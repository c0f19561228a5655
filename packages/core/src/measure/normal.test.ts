import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "./normal.ts";

describe("the standard normal distribution", () => {
  it("normalCdf matches reference values (scipy.stats.norm.cdf) to 1e-14", () => {
    const reference: [number, number][] = [
      [-5, 2.866515718791933e-7],
      [-3, 0.0013498980316300933],
      [-1.959963984540054, 0.025],
      [-1, 0.15865525393145707],
      [0, 0.5],
      [1, 0.8413447460685429],
      [2.5, 0.9937903346742238],
      [8, 0.9999999999999993],
    ];
    for (const [x, p] of reference) expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-14);
    expect(normalCdf(-40)).toBe(0);
    expect(Number.isNaN(normalCdf(Number.NaN))).toBe(true);
  });

  it("normalQuantile inverts it to about 1e-14 and handles the ends", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(normalQuantile(1.5))).toBe(true);
    for (const p of [1e-9, 0.01, 0.02425, 0.3, 0.7, 0.99])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
  });
});
