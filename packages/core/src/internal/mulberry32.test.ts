import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32.ts";

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    expect(mulberry32(0)()).toBe(0.26642920868471265);
  });
});
