import { describe, expect, it } from "vitest";
import {
  ConfigError,
  fitRp3beta,
  type Rp3betaModel,
  rp3betaContributions,
  rp3betaScores,
  type TrainingData,
} from "./index.ts";

/** `users[u]` lists user u's items. */
function training(users: number[][], numItems: number): TrainingData {
  return {
    numUsers: users.length,
    numItems,
    users: Int32Array.from(users.flatMap((items, u) => items.map(() => u))),
    items: Int32Array.from(users.flat()),
  };
}

// Item user counts 3, 4, 3, 2; user sizes 2, 3, 2, 3, 2 (user 4 repeats item 3, which counts once).
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

/** The model's rows as {evidence: {target: weight}}. */
function rows(model: Rp3betaModel): Record<number, Record<number, number>> {
  const out: Record<number, Record<number, number>> = {};
  for (let h = 0; h < model.numItems; h++) {
    const row: Record<number, number> = {};
    for (let e = model.offsets[h] ?? 0; e < (model.offsets[h + 1] ?? 0); e++)
      row[model.neighbours[e] ?? -1] = model.weights[e] ?? 0;
    out[h] = row;
  }
  return out;
}

describe("RP3beta", () => {
  it("weighs a pair by the walk item → user → item over popularity^β", () => {
    const model = rows(fitRp3beta(data, { alpha: 1, beta: 0.5, minSupport: 1, normalize: false }));
    // h = 0 (3 users) to i = 1 (4 users) through users 0 (2 items) and 1 (3 items): (1/3)·(1/2 + 1/3)/√4.
    expect(model[0]?.[1]).toBeCloseTo(5 / 36, 6);
    // h = 3 (2 users) to i = 0 through user 3 (3 items): (1/2)·(1/3)/√3.
    expect(model[3]?.[0]).toBeCloseTo(1 / (6 * Math.sqrt(3)), 6);
    expect(model[0]?.[0]).toBeUndefined();
    // α = 0, β = 0 counts co-occurrences.
    expect(rows(fitRp3beta(data, { alpha: 0, beta: 0, minSupport: 1, normalize: false }))[1]).toEqual({
      0: 2,
      2: 2,
      3: 1,
    });
  });

  it("keeps each row's k largest weights, drops pairs below minSupport and normalises rows to sum 1", () => {
    const counts = rows(fitRp3beta(data, { alpha: 0, beta: 0, k: 1, minSupport: 1, normalize: false }));
    expect(counts[1]).toEqual({ 0: 2 });
    // Item 0 meets item 2 (through user 0) before item 1 (user 1); the tie still goes to the lower index.
    const tie = rows(
      fitRp3beta(
        training(
          [
            [0, 2],
            [0, 1],
          ],
          3,
        ),
        { alpha: 0, beta: 0, k: 1, minSupport: 1 },
      ),
    );
    expect(tie[0]).toEqual({ 1: 1 });
    const supported = rows(fitRp3beta(data, { alpha: 0, beta: 0, minSupport: 2, normalize: false }));
    expect(supported[3]).toEqual({});
    expect(supported[0]).toEqual({ 1: 2, 2: 2 });
    const normalised = rows(fitRp3beta(data, { minSupport: 1 }));
    for (const row of Object.values(normalised)) {
      const sum = Object.values(row).reduce((s, w) => s + w, 0);
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it("scores are sums of history rows and equal the sum of their contributions", () => {
    const model = fitRp3beta(data, { minSupport: 1 });
    const history = [0, 3];
    const weights = [1, 0.5];
    const scores = rp3betaScores(model, history, new Float64Array(4), weights);
    for (let item = 0; item < 4; item++) {
      const contributions = rp3betaContributions(model, history, item, weights);
      const sum = contributions.reduce((s, c) => s + c.amount, 0);
      expect(sum).toBeCloseTo(scores[item] ?? Number.NaN, 12);
      const without = rp3betaScores(model, [3], new Float64Array(4), [0.5]);
      const cited = contributions.find((c) => c.evidence === 0)?.amount ?? 0;
      expect((scores[item] ?? 0) - (without[item] ?? 0)).toBeCloseTo(cited, 12);
    }
  });

  it("rejects bad options", () => {
    expect(() => fitRp3beta(data, { alpha: -1 })).toThrow(ConfigError);
    expect(() => fitRp3beta(data, { beta: Number.NaN })).toThrow(/beta/);
    expect(() => fitRp3beta(data, { k: 0 })).toThrow(/k/);
    expect(() => fitRp3beta(data, { minSupport: 0.5 })).toThrow(/minSupport/);
  });
});
