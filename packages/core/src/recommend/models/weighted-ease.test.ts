import { describe, expect, it } from "vitest";
import { ConfigError, fitEase, fitWeightedEase, type TrainingData } from "./index.ts";

const data: TrainingData = {
  numUsers: 5,
  numItems: 4,
  users: Int32Array.from([0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4]),
  items: Int32Array.from([0, 1, 0, 1, 2, 1, 2, 0, 2, 3, 3, 1]),
};

function expectSameWeights(a: Float64Array, b: Float64Array) {
  expect(a.length).toBe(b.length);
  a.forEach((w, x) => {
    expect(w).toBeCloseTo(b[x] ?? Number.NaN, 10);
  });
}

describe("weighted EASE", () => {
  it("equals plain EASE with unit weights", () => {
    const ones = new Float64Array(data.users.length).fill(1);
    const plain = fitEase(data, { lambda: 2, dropout: 0.25 });
    expectSameWeights(fitWeightedEase(data, { lambda: 2, dropout: 0.25 }).weights, plain.weights);
    expectSameWeights(
      fitWeightedEase(data, { lambda: 2, dropout: 0.25, interactionWeights: ones }).weights,
      plain.weights,
    );
  });

  it("a zero weight removes the interaction, and doubling every weight acts as λ / 4", () => {
    const weights = new Float64Array(data.users.length).fill(1);
    weights[4] = 0;
    const without: TrainingData = {
      ...data,
      users: data.users.filter((_, p) => p !== 4),
      items: data.items.filter((_, p) => p !== 4),
    };
    expectSameWeights(
      fitWeightedEase(data, { lambda: 3, interactionWeights: weights }).weights,
      fitEase(without, { lambda: 3 }).weights,
    );
    const twos = new Float64Array(data.users.length).fill(2);
    expectSameWeights(
      fitWeightedEase(data, { lambda: 8, dropout: 0.5, interactionWeights: twos }).weights,
      fitEase(data, { lambda: 2, dropout: 0.5 }).weights,
    );
  });

  it("rejects weights of the wrong length or sign", () => {
    expect(() => fitWeightedEase(data, { interactionWeights: [1] })).toThrow(ConfigError);
    const negative = new Float64Array(data.users.length).fill(1);
    negative[3] = -1;
    expect(() => fitWeightedEase(data, { interactionWeights: negative })).toThrow(/interactionWeights\.3/);
  });
});
