import { describe, expect, it } from "vitest";
import { ConfigError, fitItemKnn, itemKnnContributions, itemKnnScores, type TrainingData } from "./index.ts";

/** `users[u]` lists user u's items. */
function training(users: number[][], numItems: number, timestamps?: number[][]): TrainingData {
  const data = {
    numUsers: users.length,
    numItems,
    users: Int32Array.from(users.flatMap((items, u) => items.map(() => u))),
    items: Int32Array.from(users.flat()),
  };
  return timestamps ? { ...data, timestamps: Float64Array.from(timestamps.flat()) } : data;
}

// Item norms √2, √3, √2; co-occurrences (0,1) = 2, (0,2) = 1, (1,2) = 2.
const small = training(
  [
    [0, 1],
    [0, 1, 2],
    [1, 2],
  ],
  3,
);
const sim01 = 2 / Math.sqrt(6);

/** The model's rows as {evidence: {target: weight}}. */
function rows(model: ReturnType<typeof fitItemKnn>): Record<number, Record<number, number>> {
  const out: Record<number, Record<number, number>> = {};
  for (let h = 0; h < model.numItems; h++) {
    const row: Record<number, number> = {};
    for (let e = model.offsets[h] ?? 0; e < (model.offsets[h + 1] ?? 0); e++)
      row[model.neighbours[e] ?? -1] = model.weights[e] ?? 0;
    out[h] = row;
  }
  return out;
}

describe("item-kNN", () => {
  it("computes cosine co-occurrence similarity with shrinkage", () => {
    const model = rows(fitItemKnn(small, { minSupport: 1 }));
    expect(model[0]?.[1]).toBeCloseTo(sim01, 6);
    expect(model[0]?.[2]).toBeCloseTo(0.5, 6);
    expect(model[2]?.[1]).toBeCloseTo(sim01, 6);
    const shrunk = rows(fitItemKnn(small, { minSupport: 1, shrink: 1 }));
    expect(shrunk[0]?.[1]).toBeCloseTo(2 / (Math.sqrt(6) + 1), 6);
  });

  it("keeps a pair only when minSupport distinct users share it (k-anonymity)", () => {
    expect(rows(fitItemKnn(small, { minSupport: 2 }))[0]?.[2]).toBeUndefined();
    const four = training(
      [
        [0, 1],
        [0, 1],
        [0, 1],
        [0, 1],
      ],
      2,
    );
    expect(fitItemKnn(four).neighbours.length).toBe(0);
    const five = training(
      [
        [0, 1],
        [0, 1],
        [0, 1],
        [0, 1],
        [1, 0],
      ],
      2,
    );
    expect(rows(fitItemKnn(five))[0]?.[1]).toBeCloseTo(1, 6);
  });

  it("keeps the top-k per target item, or per evidence item, ties to the lower index", () => {
    // Top-1 lists: item 0 → 1, item 1 → 0 (tie with 2), item 2 → 1.
    const target = rows(fitItemKnn(small, { k: 1, minSupport: 1 }));
    expect(Object.keys(target[1] ?? {})).toEqual(["0", "2"]);
    expect(Object.keys(target[0] ?? {})).toEqual(["1"]);
    expect(target[2]).toEqual({});
    const evidence = rows(fitItemKnn(small, { k: 1, minSupport: 1, neighbourhood: "evidence" }));
    expect(Object.keys(evidence[0] ?? {})).toEqual(["1"]);
    expect(Object.keys(evidence[1] ?? {})).toEqual(["0"]);
    expect(Object.keys(evidence[2] ?? {})).toEqual(["1"]);
  });

  it("weights interactions by time decay in the similarity", () => {
    // User 1's interaction with item 1 is one half-life old: co(0,1) = 1 + 0.5, ‖1‖ = √(1 + 0.25).
    const decayed = training(
      [
        [0, 1],
        [0, 1],
      ],
      2,
      [
        [10, 10],
        [10, 0],
      ],
    );
    const model = rows(fitItemKnn(decayed, { minSupport: 1, halfLife: 10 }));
    expect(model[0]?.[1]).toBeCloseTo(1.5 / (Math.sqrt(2) * Math.sqrt(1.25)), 6);
  });

  it("scores equal the sum of their contributions, and removing evidence removes its amount", () => {
    let state = 11;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const users = Array.from({ length: 60 }, () => [
      ...new Set(Array.from({ length: 8 }, () => Math.floor(random() * 30))),
    ]);
    const model = fitItemKnn(training(users, 30), { k: 10, shrink: 2, minSupport: 2 });
    const history = [3, 7, 11, 19];
    const weights = [1, 0.5, 2, 1];
    const scores = itemKnnScores(model, history, new Float64Array(30), weights);
    let cited = 0;
    for (let item = 0; item < 30; item++) {
      const contributions = itemKnnContributions(model, history, item, weights);
      const sum = contributions.reduce((s, c) => s + c.amount, 0);
      expect(Math.abs(sum - (scores[item] ?? 0))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
      for (const c of contributions) {
        const p = history.indexOf(c.evidence);
        const without = itemKnnScores(
          model,
          history.filter((_, q) => q !== p),
          new Float64Array(30),
          weights.filter((_, q) => q !== p),
        );
        expect((scores[item] ?? 0) - (without[item] ?? 0)).toBeCloseTo(c.amount, 12);
        cited++;
      }
    }
    expect(cited).toBeGreaterThan(10);
  });

  it("rejects invalid options", () => {
    expect(() => fitItemKnn(small, { k: 0 })).toThrow(ConfigError);
    expect(() => fitItemKnn(small, { shrink: -1 })).toThrow(/shrink/);
    expect(() => fitItemKnn(small, { minSupport: 0 })).toThrow(/minSupport/);
  });
});
