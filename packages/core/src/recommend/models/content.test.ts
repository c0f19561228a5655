import { describe, expect, it } from "vitest";
import { contentTerms, fitContent } from "./content.ts";
import { itemKnnContributions, itemKnnScores } from "./item-knn.ts";

const items = [
  {
    title: "Trail Runner 3 shoe",
    category: "sports/running",
    categoryPath: ["sports", "sports/running"],
    brand: "Fleet",
  },
  {
    title: "Trail Runner 4 shoe",
    category: "sports/running",
    categoryPath: ["sports", "sports/running"],
    brand: "Fleet",
  },
  {
    title: "Road racer shoe",
    category: "sports/running",
    categoryPath: ["sports", "sports/running"],
    brand: "Zoom",
  },
  {
    title: "Dome tent for two",
    category: "outdoor/camping",
    categoryPath: ["outdoor", "outdoor/camping"],
    brand: "Alp",
  },
  { title: "Cast iron skillet", category: "kitchen/cookware", categoryPath: ["kitchen", "kitchen/cookware"] },
];

describe("fitContent", () => {
  it("finds the most similar items by shared words, category and brand", () => {
    const model = fitContent(items, { k: 2 });
    const row = (i: number) => [...model.neighbours.slice(model.offsets[i], model.offsets[i + 1])];
    expect(row(0)).toEqual([1, 2]);
    const weights = model.weights.slice(model.offsets[0], model.offsets[1]);
    expect(weights[0]).toBeGreaterThan(weights[1] ?? 1);
    expect(row(4)).toEqual([]);
  });

  it("gives a new item with no interactions neighbours from its content alone", () => {
    const model = fitContent([
      ...items,
      { title: "Trail Runner 5 shoe", category: "sports/running", brand: "Fleet" },
    ]);
    const scores = itemKnnScores(model, [5], new Float64Array(6));
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[3]).toBe(0);
  });

  it("scores decompose exactly into per-history-item contributions", () => {
    const model = fitContent(items);
    const history = [0, 3];
    const scores = itemKnnScores(model, history, new Float64Array(items.length));
    for (let j = 0; j < items.length; j++) {
      const sum = itemKnnContributions(model, history, j).reduce((s, c) => s + c.amount, 0);
      expect(sum).toBeCloseTo(scores[j] ?? 0, 12);
    }
  });

  it("weighs the leaf category above the top level and skips stop words", () => {
    const terms = contentTerms(items[0] as (typeof items)[0]);
    expect(terms.filter((t) => t === "c:sports/running")).toHaveLength(2);
    expect(terms).toContain("w:trail");
    expect(contentTerms({ title: "The set for you", category: "x" })).toEqual(["w:you", "c:x", "c:x"]);
  });

  it("rejects a bad k with a typed error", () => {
    expect(() => fitContent(items, { k: 0 })).toThrow(/k/);
  });
});
