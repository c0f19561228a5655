import { describe, expect, it } from "vitest";
import { easeGram } from "./ease.ts";
import { ConfigError, easeContributions, easeScores, fitEase, type TrainingData } from "./index.ts";

// Five users over four items; user 4 repeats an interaction, which counts once.
const data: TrainingData = {
  numUsers: 5,
  numItems: 4,
  users: Int32Array.from([0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4]),
  items: Int32Array.from([0, 1, 0, 1, 2, 1, 2, 0, 2, 3, 3, 1, 3]),
};

/** Reference EASE by Gauss–Jordan elimination on the dense Gram matrix. */
function referenceEase(lambda: number): number[][] {
  const n = data.numItems;
  const x = Array.from({ length: data.numUsers }, () => new Array<number>(n).fill(0));
  data.users.forEach((u, p) => {
    const row = x[u];
    if (row) row[data.items[p] ?? 0] = 1;
  });
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: 2 * n }, (_, j) => {
      if (j >= n) return j - n === i ? 1 : 0;
      return x.reduce((s, row) => s + (row[i] ?? 0) * (row[j] ?? 0), 0) + (i === j ? lambda : 0);
    }),
  );
  for (let c = 0; c < n; c++) {
    const pivot = a[c]?.[c] ?? 1;
    for (let j = 0; j < 2 * n; j++) (a[c] as number[])[j] = (a[c]?.[j] ?? 0) / pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]?.[c] ?? 0;
      for (let j = 0; j < 2 * n; j++) (a[r] as number[])[j] = (a[r]?.[j] ?? 0) - f * (a[c]?.[j] ?? 0);
    }
  }
  const p = a.map((row) => row.slice(n));
  return p.map((row, i) => row.map((v, j) => (i === j ? 0 : -v / (p[j]?.[j] ?? 1))));
}

describe("EASE", () => {
  it("fits B = I − P·diag(1/diag P) with a zero diagonal", () => {
    const model = fitEase(data, { lambda: 2 });
    const expected = referenceEase(2);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++)
        expect(model.weights[i * 4 + j]).toBeCloseTo(expected[i]?.[j] ?? Number.NaN, 12);
      expect(model.weights[i * 5]).toBe(0);
    }
  });

  it("scores are sums of history rows and equal the sum of their contributions", () => {
    const model = fitEase(data, { lambda: 2 });
    const history = [0, 2];
    const scores = easeScores(model, history, new Float64Array(4));
    for (let item = 0; item < 4; item++) {
      const contributions = easeContributions(model, history, item);
      expect(contributions.map((c) => c.evidence)).toEqual(history);
      const sum = contributions.reduce((s, c) => s + c.amount, 0);
      expect(Math.abs(sum - (scores[item] ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
      // Removing a cited evidence item lowers the score by the cited amount (DESIGN.md invariant 4).
      const without = easeScores(model, [2], new Float64Array(4));
      expect((scores[item] ?? 0) - (without[item] ?? 0)).toBeCloseTo(
        contributions[0]?.amount ?? Number.NaN,
        12,
      );
    }
    const weighted = easeScores(model, history, new Float64Array(4), [0.5, 2]);
    const cited = easeContributions(model, history, 3, [0.5, 2]);
    expect(cited.reduce((s, c) => s + c.amount, 0)).toBeCloseTo(weighted[3] ?? Number.NaN, 12);
  });

  it("adds history rows in history order, also four at a time", () => {
    const model = fitEase(data, { lambda: 0.7 });
    const history = [3, 0, 2, 1, 2, 0, 3];
    const expected = new Float64Array(4);
    for (const h of history)
      for (let i = 0; i < 4; i++) expected[i] = (expected[i] ?? 0) + (model.weights[h * 4 + i] ?? 0);
    expect(Array.from(easeScores(model, history, new Float64Array(4)))).toEqual(Array.from(expected));
  });

  it("computes the same weights with and without the SIMD kernel", () => {
    const fast = fitEase(data, { lambda: 3, dropout: 0.25 });
    const plain = fitEase(data, { lambda: 3, dropout: 0.25, simd: false });
    expect(Array.from(fast.weights)).toEqual(Array.from(plain.weights));
  });

  it("fits the same weights from a precomputed Gram matrix, for every λ, dropout and weighting", () => {
    const plain = easeGram(data);
    const weights = Float64Array.from(data.items, (_, p) => 0.2 + (p % 4) / 5);
    const weighted = easeGram(data, { interactionWeights: weights });
    for (const [lambda, dropout] of [
      [2, 0],
      [0.5, 0.4],
      [7, 0.75],
    ] as const) {
      const fresh = fitEase(data, { lambda, dropout });
      const reused = fitEase(data, { lambda, dropout, gram: plain });
      let gap = 0;
      reused.weights.forEach((w, at) => {
        gap = Math.max(gap, Math.abs(w - (fresh.weights[at] ?? 0)));
      });
      expect(gap).toBeLessThanOrEqual(1e-9);
      expect(Array.from(reused.weights)).toEqual(Array.from(fresh.weights));
      const byWeight = fitEase(data, { lambda, dropout, interactionWeights: weights });
      const byGram = fitEase(data, { lambda, dropout, interactionWeights: weights, gram: weighted });
      expect(Array.from(byGram.weights)).toEqual(Array.from(byWeight.weights));
    }
    expect(Array.from(plain.values)).not.toEqual(Array.from(weighted.values));
    const other = easeGram({ ...data, numItems: 5 });
    expect(() => fitEase(data, { gram: other })).toThrow(/gram/);
    expect(() => easeGram(data, { interactionWeights: [1] })).toThrow(/interactionWeights/);
  });

  it("rejects a bad λ or dropout and out-of-range indexes", () => {
    expect(() => fitEase(data, { lambda: 0 })).toThrow(ConfigError);
    expect(() => fitEase(data, { dropout: 1 })).toThrow(/dropout/);
    const bad = { ...data, items: Int32Array.from([...data.items.slice(0, -1), 4]) };
    expect(() => fitEase(bad)).toThrow(/data\.items\.12/);
  });
});
