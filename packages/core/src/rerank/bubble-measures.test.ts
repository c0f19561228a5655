import { describe, expect, it } from "vitest";
import { jaccard } from "./bubble-measures.ts";
import {
  type BubbleLogRow,
  bubbleTimeline,
  categoryEntropy,
  countValues,
  feedWidth,
  longTailShare,
  meanJaccard,
  nearestPairs,
  samplePairs,
} from "./index.ts";

const DAY = 86_400_000;

describe("population bubble measures", () => {
  it("entropy in bits of weights, and counts of values", () => {
    expect(categoryEntropy([1, 1, 1, 1])).toBeCloseTo(2, 12);
    expect(categoryEntropy([5])).toBe(0);
    expect(categoryEntropy([])).toBe(0);
    expect(categoryEntropy(countValues(["a", "a", "b", "c"]).values())).toBeCloseTo(1.5, 12);
  });

  it("Jaccard overlap of consumed sets, and its mean over pairs skipping two empty sets", () => {
    const a = new Set(["x", "y"]);
    const b = new Set(["y", "z"]);
    expect(jaccard(a, b)).toBeCloseTo(1 / 3, 12);
    expect(jaccard(a, a)).toBe(1);
    expect(jaccard(new Set(), new Set())).toBeNull();
    expect(jaccard(a, new Set())).toBe(0);
    const sets = [a, b, new Set<string>(), new Set<string>()];
    expect(
      meanJaccard(sets, [
        [0, 1],
        [2, 3],
        [0, 2],
      ]),
    ).toBeCloseTo((1 / 3 + 0) / 2, 12);
    expect(meanJaccard(sets, [[2, 3]])).toBeNull();
  });

  it("samples the same distinct pairs for the same seed, or takes all when few", () => {
    expect(samplePairs(4, 10)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    const some = samplePairs(100, 50, 7);
    expect(some).toEqual(samplePairs(100, 50, 7));
    expect(new Set(some.map(([i, j]) => `${i}-${j}`)).size).toBe(50);
    expect(some.every(([i, j]) => i < j)).toBe(true);
  });

  it("pairs each member with its nearest by cosine, and measures the long-tail share", () => {
    expect(
      nearestPairs([
        [1, 0],
        [0.9, 0.1],
        [0, 1],
      ]),
    ).toEqual([
      [0, 1],
      [1, 0],
      [2, 1],
    ]);
    expect(longTailShare(["a", "b", "c", "d"], new Set(["b", "d"]))).toBe(0.5);
    expect(longTailShare([], new Set(["b"]))).toBe(0);
  });
});

describe("bubbleTimeline", () => {
  const row = (
    at: number,
    slate: string,
    subject: string | null,
    rank: number,
    category: string,
    provider = "p1",
  ): BubbleLogRow => ({
    at,
    slate,
    subject,
    rank,
    category,
    provider,
  });

  it("per day: slate and subject entropy, share outside the first day's categories, provider exposure", () => {
    const rows = [
      // Day 0: alice sees books twice and games once; bob's slate body is erased.
      row(0, "s1", "alice", 1, "books"),
      row(0, "s1", "alice", 2, "books"),
      row(0, "s1", "alice", 3, "games"),
      row(5, "s2", null, 1, "tools", "p2"),
      // Day 1: alice is shown garden and books.
      row(DAY, "s3", "alice", 1, "garden", "p2"),
      row(DAY, "s3", "alice", 2, "books"),
    ];
    const [d0, d1] = bubbleTimeline(rows, { topCategories: 1 });
    expect(d0).toMatchObject({ start: 0, slates: 2, subjects: 1, outsideShare: null });
    expect(d0?.subjectEntropy).toBeCloseTo(categoryEntropy([2, 1]), 12);
    expect(d0?.slateEntropy).toBeCloseTo(categoryEntropy([2, 1]) / 2, 12);
    expect(d1?.outsideShare).toBeCloseTo(0.5, 12);
    expect(d1?.subjectEntropy).toBeCloseTo(1, 12);
    const shares = d1?.providers ?? [];
    expect(shares.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
    expect(shares.find((p) => p.provider === "p2")?.share).toBeCloseTo(1 / (1 + 1 / Math.log2(3)), 12);
    expect(bubbleTimeline([])).toEqual([]);
  });

  it("sums providers beyond the named ones as (other)", () => {
    const rows = ["a", "b", "c"].map((p, i) => row(0, "s", "x", i + 1, "k", p));
    const [day] = bubbleTimeline(rows, { providers: 1 });
    expect(day?.providers.map((p) => p.provider)).toEqual(["a", "(other)"]);
  });
});

describe("feedWidth", () => {
  const department = (item: string) => ({ i1: "books", i2: "books", i3: "games", i4: "garden" })[item];
  const departments = ["books", "games", "garden", "tools", "toys"];

  it("says how many of the shop's departments the recent slates covered", () => {
    const width = feedWidth([["i4"], ["i1", "i2", "i3"], ["i1", "unknown"]], {
      departmentOf: department,
      departments,
      recent: 2,
    });
    expect(width).toEqual({
      covered: 2,
      total: 5,
      departments: ["books", "games"],
      missing: ["garden", "tools", "toys"],
      slates: 2,
    });
    expect(feedWidth([], { departmentOf: department, departments }).covered).toBe(0);
  });
});
