import { describe, expect, it } from "vitest";
import type { EaseGram } from "./ease.ts";
import {
  ConfigError,
  easeScores,
  fitEase,
  fitHybrid,
  fitItemKnn,
  type HybridConfig,
  type HybridData,
  hybridContributions,
  itemKnnScores,
  scoreHybrid,
} from "./index.ts";

// Six users over five items with 1–5 star ratings.
const rows = [
  [0, 0, 5],
  [0, 1, 4],
  [0, 2, 1],
  [1, 0, 4],
  [1, 1, 5],
  [2, 1, 3],
  [2, 2, 4],
  [2, 3, 5],
  [3, 0, 2],
  [3, 2, 5],
  [3, 3, 4],
  [4, 3, 5],
  [4, 4, 3],
  [5, 0, 5],
  [5, 1, 2],
  [5, 4, 4],
] as const;
const data: HybridData = {
  numUsers: 6,
  numItems: 5,
  users: Int32Array.from(rows, (r) => r[0]),
  items: Int32Array.from(rows, (r) => r[1]),
  ratings: Float64Array.from(rows, (r) => r[2]),
};
const config: HybridConfig = {
  ease: { weight: 1, lambda: 1, dropout: 0.2 },
  itemKnn: { weight: 0.5, k: 3, minSupport: 1 },
  rp3beta: { weight: 0.25, alpha: 1, beta: 0.5, k: 3, minSupport: 1 },
  popularity: { weight: 0.1 },
};

/** Each user's items of the data set. */
const historyOf = (u: number) => rows.filter((r) => r[0] === u).map((r) => r[1]);

describe("hybrid", () => {
  it("divides each component by its mean largest score over training users", () => {
    const model = fitHybrid(data, {
      ease: { weight: 1, lambda: 1 },
      itemKnn: { weight: 0.5, k: 3, minSupport: 1 },
    });
    const ease = fitEase(data, { lambda: 1 });
    const knn = fitItemKnn(data, { k: 3, minSupport: 1 });
    let easeSum = 0;
    let knnSum = 0;
    for (let u = 0; u < 6; u++) {
      easeSum += Math.max(0, ...easeScores(ease, historyOf(u), new Float64Array(5)));
      knnSum += Math.max(0, ...itemKnnScores(knn, historyOf(u), new Float64Array(5)));
    }
    expect(model.scales.ease).toBeCloseTo(easeSum / 6, 12);
    expect(model.scales.itemKnn).toBeCloseTo(knnSum / 6, 12);
    expect(model.scales.rp3beta).toBe(1);
    const history = historyOf(2);
    const scores = scoreHybrid(model, history, new Float64Array(5));
    const e = easeScores(ease, history, new Float64Array(5));
    const k = itemKnnScores(knn, history, new Float64Array(5));
    for (let i = 0; i < 5; i++) {
      const expected = (e[i] ?? 0) / model.scales.ease + (0.5 * (k[i] ?? 0)) / model.scales.itemKnn;
      expect(scores[i]).toBeCloseTo(expected, 12);
    }
  });

  it("weighs evidence by (rating / top rating)^exponent in the Gram matrix and at scoring time", () => {
    const model = fitHybrid(data, { ratingExponent: 1, ease: { weight: 1, lambda: 1 } });
    const plain = fitHybrid(data, { ease: { weight: 1, lambda: 1 } });
    expect(model.topRating).toBe(5);
    const history = [0, 2];
    const full = scoreHybrid(model, history, new Float64Array(5), [5, 5]);
    const unrated = scoreHybrid(model, history, new Float64Array(5));
    expect(Array.from(full)).toEqual(Array.from(unrated));
    const halved = scoreHybrid(model, [0], new Float64Array(5), [2.5]);
    const whole = scoreHybrid(model, [0], new Float64Array(5), [5]);
    halved.forEach((s, i) => {
      expect(s).toBeCloseTo((whole[i] ?? 0) / 2, 12);
    });
    expect(model.ease?.weights).not.toEqual(plain.ease?.weights);
  });

  it("every score is the exact sum of its per-evidence contributions", () => {
    const model = fitHybrid(data, { ...config, ratingExponent: 0.5 });
    const history = [0, 1, 3];
    const ratings = [5, 2, 4];
    const scores = scoreHybrid(model, history, new Float64Array(5), ratings);
    for (let item = 0; item < 5; item++) {
      const contributions = hybridContributions(model, history, item, ratings);
      const sum = contributions.reduce((s, c) => s + c.amount, 0);
      expect(sum).toBeCloseTo(scores[item] ?? Number.NaN, 12);
      const popularity = contributions.filter((c) => c.component === "popularity");
      expect(popularity.map((c) => c.evidence)).toEqual([item]);
      // Removing history item 1 lowers the score by exactly what it was cited for.
      const cited = contributions.filter((c) => c.evidence === 1 && c.component !== "popularity");
      const without = scoreHybrid(model, [0, 3], new Float64Array(5), [5, 4]);
      const drop = cited.reduce((s, c) => s + c.amount, 0);
      expect((scores[item] ?? 0) - (without[item] ?? 0)).toBeCloseTo(drop, 12);
    }
  });

  it("fits only components with a positive weight and rejects a config without one", () => {
    const model = fitHybrid(data, { ...config, itemKnn: { weight: 0, k: 3, minSupport: 1 } });
    expect(model.itemKnn).toBeUndefined();
    expect(hybridContributions(model, [0], 1).some((c) => c.component === "itemKnn")).toBe(false);
    expect(() => fitHybrid(data, { popularity: { weight: 0 } })).toThrow(ConfigError);
    expect(() => fitHybrid(data, { popularity: { weight: -1 } })).toThrow(/popularity\.weight/);
    expect(() => fitHybrid(data, { ...config, ratingExponent: -1 })).toThrow(/ratingExponent/);
  });

  it("reuses one Gram matrix per rating exponent across fits, with the same models", () => {
    const easeGrams = new Map<number, EaseGram>();
    for (const config of [
      { ease: { weight: 1, lambda: 2 } },
      { ease: { weight: 1, lambda: 5, dropout: 0.3 } },
      { ratingExponent: 1, ease: { weight: 1, lambda: 3 } },
      { ratingExponent: 1, ease: { weight: 1, lambda: 1, dropout: 0.5 } },
    ] satisfies HybridConfig[]) {
      const fresh = fitHybrid(data, config);
      const reused = fitHybrid(data, config, { easeGrams });
      expect(Array.from(reused.ease?.weights ?? [])).toEqual(Array.from(fresh.ease?.weights ?? [1]));
      expect(reused.scales).toEqual(fresh.scales);
    }
    expect([...easeGrams.keys()]).toEqual([0, 1]);
    fitHybrid(data, { popularity: { weight: 1 } }, { easeGrams });
    expect(easeGrams.size).toBe(2);
  });
});
