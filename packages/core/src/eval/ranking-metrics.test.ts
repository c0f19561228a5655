import { describe, expect, it } from "vitest";
import { averagePrecisionAtK, hitAtK, mrrAtK, ndcgAtK, precisionAtK, recallAtK } from "./ranking-metrics.ts";

// Relevant items 1, 3 and 4; the list finds 1 at rank 2 and 3 at rank 4.
const ranked = [5, 1, 7, 3, 9];
const relevant = new Set([1, 3, 4]);

describe("ranking metrics", () => {
  it("match hand-computed values at k = 5", () => {
    expect(recallAtK(ranked, relevant, 5)).toBeCloseTo(2 / 3, 12);
    expect(precisionAtK(ranked, relevant, 5)).toBeCloseTo(0.4, 12);
    expect(hitAtK(ranked, relevant, 5)).toBe(1);
    expect(mrrAtK(ranked, relevant, 5)).toBe(0.5);
    // DCG = 1/log2(3) + 1/log2(5) = 1.0616063; IDCG over min(3, 5) = 3 hits = 1 + 0.6309298 + 0.5 = 2.1309298.
    expect(ndcgAtK(ranked, relevant, 5)).toBeCloseTo(0.4981893, 6);
    // MAP: (1/2 + 2/4) / min(3, 5).
    expect(averagePrecisionAtK(ranked, relevant, 5)).toBeCloseTo(1 / 3, 12);
  });

  it("match hand-computed values at k = 3 and k = 1", () => {
    expect(recallAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(precisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(ndcgAtK(ranked, relevant, 3)).toBeCloseTo(0.2960819, 6);
    expect(averagePrecisionAtK(ranked, relevant, 3)).toBeCloseTo(1 / 6, 12);
    for (const metric of [recallAtK, precisionAtK, hitAtK, mrrAtK, ndcgAtK, averagePrecisionAtK]) {
      expect(metric(ranked, relevant, 1)).toBe(0);
    }
  });

  it("take the ideal DCG over min(|relevant|, k) and divide precision by k", () => {
    expect(ndcgAtK([1, 3], new Set([1, 3, 4, 6]), 2)).toBe(1);
    expect(averagePrecisionAtK([1, 3], new Set([1, 3, 4, 6]), 2)).toBe(1);
    expect(precisionAtK([1], new Set([1]), 10)).toBe(0.1);
  });

  it("score 0 when nothing is relevant", () => {
    for (const metric of [recallAtK, precisionAtK, hitAtK, mrrAtK, ndcgAtK, averagePrecisionAtK]) {
      expect(metric(ranked, new Set(), 5)).toBe(0);
    }
  });
});
