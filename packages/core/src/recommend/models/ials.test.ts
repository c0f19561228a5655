import { describe, expect, it } from "vitest";
import { ConfigError, fitIals, ialsContributions, ialsScores, type TrainingData } from "./index.ts";

/** Users in `groups` taste groups: user u draws `perUser` items of group u mod groups (item i is in i mod groups). */
function grouped(
  numUsers: number,
  numItems: number,
  perUser: number,
  groups: number,
  seed: number,
): TrainingData {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const users: number[] = [];
  const items: number[] = [];
  const perGroup = Math.floor(numItems / groups);
  for (let u = 0; u < numUsers; u++)
    for (let x = 0; x < perUser; x++) {
      users.push(u);
      items.push((u % groups) + groups * Math.floor(perGroup * next() ** 1.5));
    }
  return { numUsers, numItems, users: Int32Array.from(users), items: Int32Array.from(items) };
}

describe("fitIals", () => {
  const data = grouped(200, 120, 10, 4, 3);
  const options = { factors: 8, regularization: 0.01, unobservedWeight: 0.1, epochs: 6, minSupport: 2 };
  const model = fitIals(data, options);

  it("is deterministic for a seed and differs for another", () => {
    expect(fitIals(data, options).items).toEqual(model.items);
    expect(fitIals(data, { ...options, seed: 2 }).items).not.toEqual(model.items);
  });

  it("folds a history in and ranks the history's taste group first", () => {
    const history = [2, 6, 10, 14];
    const scores = ialsScores(model, history, new Float64Array(120));
    for (const h of history) scores[h] = Number.NEGATIVE_INFINITY;
    const top = Array.from(scores.keys())
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))
      .slice(0, 10);
    expect(top.every((i) => i % 4 === 2)).toBe(true);
  });

  it("splits each score into per-history-item contributions that sum to it", () => {
    const history = [1, 5, 9, 40];
    const scores = ialsScores(model, history, new Float64Array(120));
    for (const item of [13, 17, 30, 3]) {
      const parts = ialsContributions(model, history, item);
      expect(parts.map((p) => p.evidence)).toEqual(history);
      expect(parts.reduce((s, p) => s + p.amount, 0)).toBeCloseTo(scores[item] ?? 0, 10);
    }
  });

  it("gives items below minSupport no factors, and a history of only such items no scores", () => {
    const rare = {
      ...data,
      numItems: 121,
      users: Int32Array.from([...data.users, 0]),
      items: Int32Array.from([...data.items, 120]),
    };
    const fitted = fitIals(rare, options);
    expect(Array.from(fitted.items.subarray(120 * 8, 121 * 8)).every((v) => v === 0)).toBe(true);
    expect(ialsScores(fitted, [120], new Float64Array(121)).every((v) => v === 0)).toBe(true);
    expect(ialsContributions(fitted, [120], 3)).toEqual([]);
  });

  it("rejects bad options", () => {
    expect(() => fitIals(data, { factors: 0 })).toThrow(ConfigError);
    expect(() => fitIals(data, { regularization: 0 })).toThrow(ConfigError);
    expect(() => fitIals(data, { unobservedWeight: -1 })).toThrow(ConfigError);
    expect(() => fitIals(data, { epochs: 1.5 })).toThrow(ConfigError);
    expect(() => fitIals(data, { cgSteps: -1 })).toThrow(ConfigError);
    expect(() => fitIals(data, { minSupport: 0 })).toThrow(ConfigError);
  });
});
