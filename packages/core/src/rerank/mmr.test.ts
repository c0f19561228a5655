import { describe, expect, it } from "vitest";
import type { Candidate, CatalogItem } from "./index.ts";
import { mmr } from "./mmr.ts";
import { categorySimilarity, tagSimilarity } from "./similarity.ts";

const catalog = new Map<string, CatalogItem>([
  ["a", { id: "a", category: "outdoor/camping", categoryPath: ["outdoor", "outdoor/camping"] }],
  ["b", { id: "b", category: "outdoor/camping", categoryPath: ["outdoor", "outdoor/camping"] }],
  ["c", { id: "c", category: "outdoor/hiking", categoryPath: ["outdoor", "outdoor/hiking"] }],
  ["d", { id: "d", category: "kitchen/knives" }],
]);
const candidate = (item: string, score: number): Candidate => ({ item, score, contributions: [] });
const candidates = [candidate("a", 1), candidate("b", 0.9), candidate("c", 0.8), candidate("d", 0.5)];

describe("mmr", () => {
  it("with λ = 1 returns the input order and no effects", () => {
    const { slate, rest } = mmr(candidates, { lambda: 1 }, { k: 3, items: catalog });
    expect(slate.map((s) => s.item)).toEqual(["a", "b", "c"]);
    expect(slate.every((s) => s.effects.length === 0)).toBe(true);
    expect(rest.map((c) => c.item)).toEqual(["d"]);
  });

  it("trades relevance for variety as computed by hand", () => {
    // Relevance after min–max: a 1, b 0.8, c 0.6, d 0. Slot 1 takes a. Slot 2 (discount 1/log2 3 ≈ 0.631):
    // b 0.5·0.8·0.631 − 0.5·1 < 0, c 0.5·0.6·0.631 − 0.5·0.5 ≈ −0.061, d 0 − 0 = 0, so d is added at slot 2.
    const { slate } = mmr(candidates, { lambda: 0.5 }, { k: 2, items: catalog });
    expect(slate.map((s) => s.item)).toEqual(["a", "d"]);
    expect(slate[1]?.effects).toEqual([
      { stage: "mmr", kind: "variety", amount: 2, message: "added for variety" },
    ]);
  });

  it("marks items that moved down for variety", () => {
    const { slate } = mmr(candidates, { lambda: 0.5 }, { k: 4, items: catalog });
    expect(slate.map((s) => s.item)).toEqual(["a", "d", "c", "b"]);
    expect(slate[3]?.effects[0]).toMatchObject({
      kind: "variety",
      amount: -2,
      message: "moved down for variety",
    });
    expect(slate[1]?.effects[0]).toMatchObject({ amount: 2, message: "moved up for variety" });
  });

  it("compares by leaf, top level or tags", () => {
    const [a, b, c, d] = ["a", "b", "c", "d"].map((id) => catalog.get(id) as CatalogItem);
    expect([
      categorySimilarity(a as CatalogItem, b as CatalogItem),
      categorySimilarity(a as CatalogItem, c as CatalogItem),
    ]).toEqual([1, 0.5]);
    expect(categorySimilarity(a as CatalogItem, d as CatalogItem)).toBe(0);
    const x = { id: "x", category: "", tags: ["red", "wool", "warm"] };
    const y = { id: "y", category: "", tags: ["wool", "warm", "blue"] };
    expect(tagSimilarity(x, y)).toBe(0.5);
    const withTags = mmr(
      [candidate("x", 1), candidate("y", 0.9)],
      { lambda: 0.2, similarity: "tags" },
      {
        k: 2,
        items: new Map([
          ["x", x],
          ["y", y],
        ]),
      },
    );
    expect(withTags.slate.map((s) => s.item)).toEqual(["x", "y"]);
  });

  it("accepts a similarity function of its own", () => {
    const never = mmr(candidates, { lambda: 0.1, similarity: () => 0 }, { k: 4, items: catalog });
    expect(never.slate.map((s) => s.item)).toEqual(["a", "b", "c", "d"]);
  });
});
