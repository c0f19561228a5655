import { describe, expect, it } from "vitest";
import { bubblePoint, topCategoriesOf } from "./filter-bubble.ts";
import { type CatalogItem, filterBubble } from "./index.ts";

const catalog = new Map<string, CatalogItem>(
  [
    ["a", "books"],
    ["b", "books"],
    ["c", "games"],
    ["d", "garden"],
    ["e", "tools"],
  ].map(([id, category]) => [id as string, { id: id as string, category: category as string }]),
);
const history = new Map([
  ["books", 10],
  ["games", 5],
  ["music", 1],
]);

describe("filter-bubble measure", () => {
  it("computes category entropy in bits and the share outside the top history categories", () => {
    expect(bubblePoint([["x"], ["x"]], new Set(["x"]))).toEqual({ entropy: 0, outsideShare: 0 });
    const point = bubblePoint([["x"], ["y"], ["z", "w"], []], new Set(["x"]));
    // Mix x 1/3, y 1/3, z 1/6, w 1/6: H = 2·(1/3)·log2 3 + 2·(1/6)·log2 6.
    expect(point.entropy).toBeCloseTo((2 / 3) * Math.log2(3) + (1 / 3) * Math.log2(6), 12);
    expect(point.outsideShare).toBeCloseTo(2 / 3, 12);
  });

  it("tracks a subject's slates over time with means and trends", () => {
    expect([...topCategoriesOf(history, 2)]).toEqual(["books", "games"]);
    const narrowing = filterBubble(
      [
        ["c", "d", "e"],
        ["a", "c", "d"],
        ["a", "b", "c"],
        ["a", "b", "b"],
      ],
      history,
      {
        items: catalog,
        topCategories: 2,
      },
    );
    expect(narrowing.points.map((p) => p.outsideShare)).toEqual([2 / 3, 1 / 3, 0, 0]);
    expect(narrowing.entropyTrend).toBeLessThan(0);
    expect(narrowing.outsideShareTrend).toBeLessThan(0);
    expect(narrowing.outsideShare).toBeCloseTo(0.25, 12);
    expect(filterBubble([], history, { items: catalog })).toMatchObject({
      entropy: 0,
      entropyTrend: 0,
      points: [],
    });
  });
});
