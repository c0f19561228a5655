import { describe, expect, it } from "vitest";
import { ConfigError, interactionsFromRows } from "./index.ts";
import { selectInteractions } from "./interactions.ts";
import { holdoutNdcg, tune } from "./tune.ts";

const space = { a: [0, 1, 2, 3, 4], b: [0, 1, 2, 3, 4, 5] };
const bowl = (p: { a: number; b: number }) => -((p.a - 2) ** 2) - (p.b - 3) ** 2;

describe("tune", () => {
  it("grid search tries every point and returns the best", () => {
    const result = tune(space, bowl);
    expect(result.best).toEqual({ a: 2, b: 3 });
    expect(result.score).toBe(-0);
    expect(result.trials).toHaveLength(30);
  });

  it("coordinate search finds a separable optimum with fewer evaluations", () => {
    const result = tune(space, bowl, { strategy: "coordinate", start: { a: 4 } });
    expect(result.best).toEqual({ a: 2, b: 3 });
    expect(result.trials.length).toBeLessThan(30);
    expect(result.trials[0]?.params).toEqual({ a: 4, b: 0 });
  });

  it("keeps the first of equal scores, never picks NaN and rejects empty dimensions", () => {
    expect(tune({ x: [1, 2, 3] }, () => 1).best).toEqual({ x: 1 });
    expect(tune({ x: [1, 2] }, (p) => (p.x === 1 ? Number.NaN : 0)).best).toEqual({ x: 2 });
    expect(() => tune({ x: [] }, () => 0)).toThrow(ConfigError);
    expect(() => tune({ x: [1] }, () => 0, { strategy: "coordinate", start: { x: 2 } })).toThrow(/start\.x/);
  });

  it("holdoutNdcg ranks every non-excluded item and averages NDCG over holdout users", () => {
    const all = interactionsFromRows([
      { user: "a", item: "x" },
      { user: "a", item: "y" },
      { user: "b", item: "x" },
      { user: "b", item: "z" },
    ]);
    const train = selectInteractions(all, [1, 0, 1, 0]);
    const holdout = selectInteractions(all, [0, 1, 0, 1]);
    const prefersY = (_: number, out: Float64Array) => out.set([9, 2, 1]);
    // a: y at rank 1 (x masked); b: z at rank 2.
    expect(holdoutNdcg(prefersY, { holdout, exclude: [train], k: 2 })).toBeCloseTo(
      (1 + 1 / Math.log2(3)) / 2,
      12,
    );
  });
});
