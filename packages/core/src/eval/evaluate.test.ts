import { describe, expect, it } from "vitest";
import { alignItemCategories, ConfigError, evaluate, interactionsFromRows } from "./index.ts";
import { selectInteractions } from "./interactions.ts";

// Users a, b, c and items x, y, z, w; the last two rows are test, and user c has no test item.
const all = interactionsFromRows([
  { user: "a", item: "x" },
  { user: "b", item: "x" },
  { user: "c", item: "y" },
  { user: "a", item: "z" },
  { user: "b", item: "w" },
]);
const train = selectInteractions(all, [1, 1, 1, 0, 0]);
const test = selectInteractions(all, [0, 0, 0, 1, 1]);

describe("evaluate", () => {
  it("averages accuracy over users with at least one test item", () => {
    const recs = new Map([
      [0, [2, 1]], // a: test z found at rank 1
      [2, [3]], // c: no test item, not evaluated
    ]);
    const result = evaluate(recs, test, { ks: [1, 2] });
    expect(result.users).toBe(2);
    const at1 = result.at[1];
    expect(at1?.recall).toBe(0.5);
    expect(at1?.ndcg).toBe(0.5);
    expect(at1?.precision).toBe(0.5);
    expect(at1?.hit).toBe(0.5);
    expect(at1?.mrr).toBe(0.5);
    expect(at1?.map).toBe(0.5);
    expect(at1?.coverage).toBe(0.25);
    expect(result.at[2]?.precision).toBe(0.25);
    expect(result.at[2]?.coverage).toBe(0.5);
    expect(at1?.novelty).toBeUndefined();
  });

  it("adds novelty, APLT, ILD and calibration when train and categories are given", () => {
    const categories = alignItemCategories(
      [
        { id: "x", title: "X", categories: ["drama"] },
        { id: "y", title: "Y", categories: ["comedy"] },
        { id: "z", title: "Z", categories: ["drama", "comedy"] },
      ],
      all.itemIds,
    );
    const result = evaluate(
      new Map([
        [0, [2, 1]],
        [1, [3, 1]],
      ]),
      test,
      { ks: [2], train, categories },
    );
    const at2 = result.at[2];
    // Train shares: x 2/3, y 1/3, z and w unseen (1/3 each); the head is x and y.
    expect(at2?.novelty).toBeCloseTo(Math.log2(3), 12);
    expect(at2?.aplt).toBe(0.5);
    expect(at2?.ild).toBeCloseTo((0.5 + 1) / 2, 12);
    expect(at2?.calibration).toBeGreaterThan(0);
    expect(() => evaluate(new Map(), test, { ks: [0] })).toThrow(ConfigError);
  });
});
