import { describe, expect, it } from "vitest";
import {
  ConfigError,
  fitEase,
  fitSparseEase,
  sparseEaseContributions,
  sparseEaseGram,
  sparseEaseScores,
  type TrainingData,
} from "./index.ts";

/** Seeded data: `numUsers` users, each with `perUser` draws from a long-tailed popularity (repeats allowed). */
function longTailed(numUsers: number, numItems: number, perUser: number, seed: number): TrainingData {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const users: number[] = [];
  const items: number[] = [];
  for (let u = 0; u < numUsers; u++)
    for (let x = 0; x < perUser; x++) {
      users.push(u);
      items.push(Math.floor(numItems * next() ** 3));
    }
  return { numUsers, numItems, users: Int32Array.from(users), items: Int32Array.from(items) };
}

/** Each user's items follow one of `groups` interleaved taste groups (item i is in group i mod groups). */
function grouped(numUsers: number, numItems: number, perUser: number, groups: number, seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const users: number[] = [];
  const items: number[] = [];
  const perGroup = Math.floor(numItems / groups);
  for (let u = 0; u < numUsers; u++) {
    const g = u % groups;
    for (let x = 0; x < perUser; x++) {
      users.push(u);
      items.push(g + groups * Math.floor(perGroup * next() ** 2));
    }
  }
  return { numUsers, numItems, users: Int32Array.from(users), items: Int32Array.from(items) };
}

describe("fitSparseEase", () => {
  it("equals EASE when every pair co-occurs and every item is a neighbour", () => {
    // 40 users who each saw all 12 items but one: every pair of items co-occurs.
    const users: number[] = [];
    const items: number[] = [];
    for (let u = 0; u < 40; u++)
      for (let i = 0; i < 12; i++)
        if (i !== u % 12 && !(u % 5 === 0 && i === (u + 3) % 12)) {
          users.push(u);
          items.push(i);
        }
    const data = { numUsers: 40, numItems: 12, users: Int32Array.from(users), items: Int32Array.from(items) };
    const dense = fitEase(data, { lambda: 7, dropout: 0.3 });
    const sparse = fitSparseEase(data, { lambda: 7, dropout: 0.3, neighbours: 11, minSupport: 1 });
    const history = [1, 4, 9];
    const a = sparseEaseScores(sparse, history, new Float64Array(12));
    const b = new Float64Array(12);
    for (const h of history)
      for (let i = 0; i < 12; i++) b[i] = (b[i] ?? 0) + (dense.weights[h * 12 + i] ?? 0);
    for (let i = 0; i < 12; i++) if (!history.includes(i)) expect(a[i]).toBeCloseTo(b[i] ?? 0, 5);
  });

  it("fits a 20,000-item catalogue in memory proportional to items × neighbours and ranks the user's taste first", () => {
    const numItems = 20_000;
    const data = grouped(3000, numItems, 25, 8, 11);
    const neighbours = 32;
    const model = fitSparseEase(data, { lambda: 20, neighbours, minSupport: 2 });
    // At most `neighbours` weights per target item: bounded by items × neighbours, nowhere near items².
    expect(model.weights.length).toBeLessThanOrEqual(numItems * neighbours);
    expect(model.offsets.length).toBe(numItems + 1);
    // A user of group 3 (items ≡ 3 mod 8): the top 10 unseen items are all of group 3.
    const history = [3, 11, 19, 27];
    const scores = sparseEaseScores(model, history, new Float64Array(numItems));
    for (const h of history) scores[h] = Number.NEGATIVE_INFINITY;
    const top = Array.from(scores.keys())
      .sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0))
      .slice(0, 10);
    expect(top.every((i) => i % 8 === 3)).toBe(true);
    expect(scores[top[0] ?? 0]).toBeGreaterThan(0);
  });

  it("keeps only neighbours shared by minSupport users, and contributions sum to the score", () => {
    const data = longTailed(400, 300, 15, 5);
    const model = fitSparseEase(data, { lambda: 30, neighbours: 20, minSupport: 4 });
    const pairs = new Map<string, Set<number>>();
    for (let p = 0; p < data.users.length; p++)
      for (let q = 0; q < data.users.length; q++) {
        if (data.users[p] !== data.users[q] || data.items[p] === data.items[q]) continue;
        const key = `${data.items[p]},${data.items[q]}`;
        const set = pairs.get(key) ?? new Set();
        set.add(data.users[p] ?? 0);
        pairs.set(key, set);
      }
    for (let h = 0; h < 300; h++)
      for (let e = model.offsets[h] ?? 0; e < (model.offsets[h + 1] ?? 0); e++)
        expect(pairs.get(`${h},${model.neighbours[e]}`)?.size ?? 0).toBeGreaterThanOrEqual(4);
    const history = [0, 1, 2, 7];
    const scores = sparseEaseScores(model, history, new Float64Array(300));
    for (const item of [3, 5, 40]) {
      const sum = sparseEaseContributions(model, history, item).reduce((s, c) => s + c.amount, 0);
      expect(sum).toBeCloseTo(scores[item] ?? 0, 10);
    }
  });

  it("stays positive definite and bounded however much pruning dropped, even with a tiny λ", () => {
    const data = longTailed(600, 400, 30, 13);
    for (const neighbours of [10, 60, 200]) {
      const model = fitSparseEase(data, { lambda: 1e-3, neighbours, minSupport: 2 });
      let largest = 0;
      for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
      expect(Number.isFinite(largest)).toBe(true);
      expect(largest).toBeLessThan(2);
    }
  });

  it("rejects bad options", () => {
    const data = longTailed(10, 10, 3, 1);
    expect(() => fitSparseEase(data, { lambda: 0 })).toThrow(ConfigError);
    expect(() => fitSparseEase(data, { dropout: 1 })).toThrow(ConfigError);
    expect(() => fitSparseEase(data, { neighbours: 0 })).toThrow(ConfigError);
    expect(() => fitSparseEase(data, { minSupport: 0.5 })).toThrow(ConfigError);
  });
});

describe("sparseEaseGram", () => {
  it("is counted once for every λ and dropout: fits from it are identical, a mismatched one is refused", () => {
    const data = longTailed(300, 200, 12, 9);
    const gram = sparseEaseGram(data, { neighbours: 15, minSupport: 3 });
    for (const lambda of [5, 50])
      expect(fitSparseEase(data, { lambda, dropout: 0.4, neighbours: 15, minSupport: 3, gram })).toEqual(
        fitSparseEase(data, { lambda, dropout: 0.4, neighbours: 15, minSupport: 3 }),
      );
    expect(() => fitSparseEase(data, { neighbours: 16, minSupport: 3, gram })).toThrow(ConfigError);
  });
});
