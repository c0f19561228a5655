import { describe, expect, it } from "vitest";
import { ConfigError, fitItemKnn, fitRp3beta, sharedCooccurrence, type TrainingData } from "./index.ts";

/** A seeded random data set with a long-tailed item popularity and repeated pairs. */
function randomData(numUsers: number, numItems: number, perUser: number, seed: number): TrainingData {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const users: number[] = [];
  const items: number[] = [];
  for (let u = 0; u < numUsers; u++)
    for (let x = 0; x < perUser; x++) {
      users.push(u);
      items.push(Math.floor(numItems * next() ** 2));
    }
  return { numUsers, numItems, users: Int32Array.from(users), items: Int32Array.from(items) };
}

describe("sharedCooccurrence", () => {
  const data = randomData(300, 120, 12, 7);
  const shared = sharedCooccurrence(data);

  it("fits item-kNN identically with and without the shared counts", () => {
    for (const options of [
      { k: 10, shrink: 0, minSupport: 1 },
      { k: 25, shrink: 10, minSupport: 5 },
      { k: 5, shrink: 50, minSupport: 3, neighbourhood: "evidence" as const },
    ])
      expect(fitItemKnn(data, { ...options, cooccurrence: shared })).toEqual(fitItemKnn(data, options));
  });

  it("fits RP3beta identically with and without the shared counts, keeping the last two α's walks", () => {
    for (const options of [
      { alpha: 1, beta: 0.5, k: 10, minSupport: 1 },
      { alpha: 0.5, beta: 0.2, k: 30, minSupport: 5 },
      { alpha: 0.5, beta: 0, k: 5, minSupport: 2, normalize: false },
    ])
      expect(fitRp3beta(data, { ...options, cooccurrence: shared })).toEqual(fitRp3beta(data, options));
    expect([...shared.walks.keys()]).toEqual([1, 0.5]);
    fitRp3beta(data, { alpha: 0.75, cooccurrence: shared });
    expect([...shared.walks.keys()]).toEqual([0.5, 0.75]);
    // A kept α is used again without recounting, and becomes the most recent.
    const walks = shared.walks.get(0.5);
    fitRp3beta(data, { alpha: 0.5, cooccurrence: shared });
    expect(shared.walks.get(0.5)).toBe(walks);
    expect([...shared.walks.keys()]).toEqual([0.75, 0.5]);
  });

  it("refuses counts of other data", () => {
    const other = randomData(300, 120, 12, 8);
    expect(() => fitItemKnn(other, { cooccurrence: shared })).toThrow(ConfigError);
    expect(() => fitRp3beta(other, { cooccurrence: shared })).toThrow(ConfigError);
  });
});
