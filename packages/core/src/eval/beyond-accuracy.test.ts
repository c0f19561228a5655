import { describe, expect, it } from "vitest";
import { calibrationKl, categoryDistribution } from "./calibration.ts";
import { catalogCoverage } from "./catalog-coverage.ts";
import { exposureGini } from "./exposure-gini.ts";
import { gini, interactionsFromRows, longTailItems } from "./index.ts";
import { intraListDiversity } from "./intra-list-diversity.ts";
import { apltAtK } from "./long-tail.ts";
import { interactionShares, noveltyAtK } from "./novelty.ts";

describe("beyond-accuracy metrics", () => {
  it("catalog coverage counts distinct items in the top-k of all lists", () => {
    expect(
      catalogCoverage(
        [
          [0, 1, 2],
          [2, 3],
        ],
        10,
        2,
      ),
    ).toBe(0.4);
    expect(
      catalogCoverage(
        [
          [0, 1, 2],
          [2, 3],
        ],
        10,
        1,
      ),
    ).toBe(0.2);
    expect(catalogCoverage([], 0, 5)).toBe(0);
  });

  it("ILD averages 1 − Jaccard or 1 − cosine over pairs", () => {
    const categories = [[0, 1], [1], [2]];
    // Pairs: (0,1) Jaccard 1/2, cosine 1/√2; (0,2) and (1,2) share nothing.
    expect(intraListDiversity([0, 1, 2], categories, { k: 3 })).toBeCloseTo(2.5 / 3, 12);
    expect(intraListDiversity([0, 1, 2], categories, { k: 3, similarity: "cosine" })).toBeCloseTo(
      (1 - Math.SQRT1_2 + 2) / 3,
      12,
    );
    expect(intraListDiversity([0, 1, 2], categories, { k: 2 })).toBe(0.5);
    expect(intraListDiversity([0], categories, { k: 3 })).toBe(0);
  });

  it("novelty is the mean −log2 interaction share, unseen items counting once", () => {
    const train = interactionsFromRows([
      { user: "a", item: "x" },
      { user: "b", item: "x" },
      { user: "c", item: "x" },
      { user: "a", item: "y" },
    ]);
    const shares = interactionShares(train);
    expect(Array.from(shares)).toEqual([0.75, 0.25]);
    expect(noveltyAtK([0, 1], shares, 2)).toBeCloseTo((-Math.log2(0.75) + 2) / 2, 12);
    expect(noveltyAtK([], shares, 2)).toBe(0);
  });

  it("calibration KL follows Steck 2018 with α = 0.01", () => {
    const categories = [[0], [0, 1], [1], [2]];
    expect(Array.from(categoryDistribution([0, 1], categories, 3))).toEqual([0.75, 0.25, 0]);
    // p = (0.75, 0.25, 0), q = (0, 0.5, 0.5), q̃ = 0.99·q + 0.01·p = (0.0075, 0.4975, 0.495).
    const expected = 0.75 * Math.log(0.75 / 0.0075) + 0.25 * Math.log(0.25 / 0.4975);
    expect(calibrationKl([0, 1], [2, 3], categories, 3, { k: 2 })).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(3.281844, 6);
    expect(calibrationKl([0, 1], [0, 1], categories, 3, { k: 2 })).toBeCloseTo(0, 12);
    expect(calibrationKl([3], [0], [[], [], [], []], 3, { k: 1 })).toBe(0);
  });

  it("exposure Gini weighs rank r by 1 / log2(r + 1) over the whole catalog", () => {
    expect(gini([1, 1, 1])).toBe(0);
    expect(gini([0, 0, 1])).toBeCloseTo(2 / 3, 12);
    expect(gini([0, 0])).toBe(0);
    // Exposures: item 0 → 2, items 1 and 2 → 1/log2(3), item 3 → 0.
    const e = 1 / Math.log2(3);
    const expected = (-1 * e + 1 * e + 3 * 2) / (4 * (2 + 2 * e));
    expect(
      exposureGini(
        [
          [0, 1],
          [0, 2],
        ],
        { k: 2, numItems: 4 },
      ),
    ).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.45986, 5);
    expect(
      exposureGini(
        [
          [0, 1],
          [2, 3],
        ],
        { k: 2, numItems: 2, groupOf: (i) => (i < 2 ? 0 : 1) },
      ),
    ).toBe(0);
  });

  it("the long tail is everything outside the head holding 80% of interactions", () => {
    const counts = [5, 3, 1, 1, 0];
    const rows = counts.flatMap((c, item) =>
      Array.from({ length: c }, (_, u) => ({ user: `u${u}`, item: `i${item}` })),
    );
    const train = interactionsFromRows([...rows, { user: "u0", item: "i4" }]);
    // Counts 5, 3, 1, 1, 1 of 11: the head needs 8.8 interactions, so it takes i0, i1 and then i2 (ties by index).
    expect(Array.from(longTailItems(train))).toEqual([0, 0, 0, 1, 1]);
    // Counts 5, 3, 1, 1 of 10: i0 and i1 hold exactly 80%.
    const exact = interactionsFromRows(rows);
    expect(Array.from(longTailItems(exact))).toEqual([0, 0, 1, 1]);
    expect(apltAtK([0, 2, 3], longTailItems(exact), 3)).toBeCloseTo(2 / 3, 12);
    expect(apltAtK([], longTailItems(exact), 3)).toBe(0);
  });
});
