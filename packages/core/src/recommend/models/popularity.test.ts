import { describe, expect, it } from "vitest";
import { ConfigError, fitPopularity, popularityContributions, popularityScores } from "./index.ts";

const data = {
  numUsers: 3,
  numItems: 3,
  users: Int32Array.from([0, 0, 1, 2, 2, 2]),
  items: Int32Array.from([0, 1, 0, 0, 0, 1]),
  timestamps: Float64Array.from([100, 100, 100, 100, 0, 0]),
};

describe("popularity", () => {
  it("counts each user once per item and normalises to the top item", () => {
    const model = fitPopularity(data);
    expect(Array.from(model.scores)).toEqual([1, 2 / 3, 0]);
    expect(Array.from(popularityScores(model, new Float64Array(3)))).toEqual([1, 2 / 3, 0]);
    expect(popularityContributions(model, 1)).toEqual([{ evidence: 1, amount: 2 / 3 }]);
  });

  it("halves an interaction's weight per half-life, keeping a user's most recent one", () => {
    const model = fitPopularity(data, { halfLife: 100 });
    // Item 0: three users at t = 100 (user 2 also at t = 0, which is ignored); item 1: t = 100 and t = 0 → 1 + ½.
    expect(Array.from(model.scores)).toEqual([1, 1.5 / 3, 0]);
    expect(() => fitPopularity(data, { halfLife: -1 })).toThrow(ConfigError);
    const { timestamps: _, ...untimed } = data;
    expect(() => fitPopularity(untimed, { halfLife: 1 })).toThrow(/timestamps/);
  });
});
