import { describe, expect, it } from "vitest";
import { deriveSeed, mulberry32 } from "./index.ts";

describe("mulberry32", () => {
  it("repeats its sequence for a seed and differs for another seed", () => {
    const take = (seed: number) => Array.from({ length: 8 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(43)).not.toEqual(take(42));
  });

  it("returns uniform numbers in [0, 1)", () => {
    const random = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      if (!(x >= 0 && x < 1)) outside++;
      const b = Math.floor(x * 10);
      buckets[b] = (buckets[b] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe("deriveSeed", () => {
  it("gives stable, distinct 32-bit seeds per seed and label", () => {
    expect(deriveSeed(1, "catalog")).toBe(deriveSeed(1, "catalog"));
    const seeds = new Set([
      deriveSeed(1, "catalog"),
      deriveSeed(1, "shoppers"),
      deriveSeed(2, "catalog"),
      deriveSeed(2 ** 32 + 1, "catalog"),
    ]);
    expect(seeds.size).toBe(4);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });
});
