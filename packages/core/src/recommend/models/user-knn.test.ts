import { describe, expect, it } from "vitest";
import { ConfigError, fitUserKnn, type TrainingData, userKnnNeighbours, userKnnScores } from "./index.ts";

/** `users[u]` lists user u's items. */
function training(users: number[][], numItems: number): TrainingData {
  return {
    numUsers: users.length,
    numItems,
    users: Int32Array.from(users.flatMap((items, u) => items.map(() => u))),
    items: Int32Array.from(users.flat()),
  };
}

const data = training(
  [
    [0, 1],
    [0, 1, 2],
    [1, 2],
    [0, 2, 3],
    [3, 1, 3],
  ],
  4,
);

describe("user-kNN", () => {
  it("finds the k most similar users by cosine, lower index first among ties, skipping the excluded user", () => {
    const model = fitUserKnn(data, { k: 3 });
    const neighbours = userKnnNeighbours(model, [0, 1], 0);
    expect(neighbours.map((n) => n.neighbour)).toEqual([1, 2, 4]);
    expect(neighbours[0]?.amount).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(neighbours[1]?.amount).toBeCloseTo(0.5, 12);
    const shrunk = userKnnNeighbours(fitUserKnn(data, { k: 1, shrink: 1 }), [0, 1], 0);
    expect(shrunk[0]?.amount).toBeCloseTo(2 / (Math.sqrt(6) + 1), 12);
  });

  it("scores an item by the summed similarity of the neighbours holding it", () => {
    const model = fitUserKnn(data, { k: 2 });
    const scores = userKnnScores(model, [0, 1], new Float64Array(4), 0);
    const s1 = 2 / Math.sqrt(6);
    [s1, s1 + 0.5, s1 + 0.5, 0].forEach((expected, item) => {
      expect(scores[item]).toBeCloseTo(expected, 12);
    });
    const sum = userKnnNeighbours(model, [0, 1], 0)
      .filter((n) => [1, 2].includes(n.neighbour))
      .reduce((s, n) => s + n.amount, 0);
    expect(scores[2]).toBeCloseTo(sum, 12);
  });

  it("rejects bad options", () => {
    expect(() => fitUserKnn(data, { k: 0 })).toThrow(ConfigError);
    expect(() => fitUserKnn(data, { shrink: -1 })).toThrow(/shrink/);
  });
});
