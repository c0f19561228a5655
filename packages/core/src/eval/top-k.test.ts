import { describe, expect, it } from "vitest";
import { topK } from "../internal/top-k.ts";
import { interactionsFromRows } from "./index.ts";
import { recommendAll } from "./recommend-all.ts";

describe("topK", () => {
  it("returns the best k indexes, ties to the lower index, NaN last, excluded skipped", () => {
    const scores = [0.5, 0.9, 0.5, Number.NaN, 0.7, 0.9];
    expect(Array.from(topK(scores, 3))).toEqual([1, 5, 4]);
    expect(Array.from(topK(scores, 6))).toEqual([1, 5, 4, 0, 2, 3]);
    expect(Array.from(topK(scores, 2, [0, 1, 0, 0, 0, 0]))).toEqual([5, 4]);
    expect(Array.from(topK(scores, 0))).toEqual([]);
    expect(Array.from(topK([1, 2], 5))).toEqual([1, 0]);
  });

  it("agrees with a full sort on random scores", () => {
    let seed = 3;
    const scores = Array.from({ length: 500 }, () => {
      seed = (seed * 16807) % 2147483647;
      return Math.round((seed / 2147483647) * 50);
    });
    const sorted = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    expect(Array.from(topK(scores, 37))).toEqual(sorted.slice(0, 37));
  });
});

describe("recommendAll", () => {
  it("ranks all items per user and masks the excluded tables' pairs", () => {
    const seen = interactionsFromRows([
      { user: "a", item: "x" },
      { user: "b", item: "y" },
      { user: "b", item: "z" },
    ]);
    const lists = recommendAll(
      (_, out) => {
        out.set([3, 2, 1]);
      },
      { users: [0, 1], numItems: 3, k: 2, exclude: [seen] },
    );
    expect(Array.from(lists.get(0) ?? [])).toEqual([1, 2]);
    expect(Array.from(lists.get(1) ?? [])).toEqual([0]);
  });
});
