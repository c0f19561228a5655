import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { memoryLog } from "../internal/testing/memory-log.ts";
import { topK } from "../internal/top-k.ts";
import { createVault } from "../policy/index.ts";
import type { HybridConfig } from "../recommend/models/index.ts";
import { createServing } from "../serve/index.ts";
import {
  ConfigError,
  groupByUser,
  interactionsFromRows,
  mulberry32,
  servedRecommender,
  splitByRatio,
  tuneHybrid,
  tuneServedWeights,
  unmaskedOptions,
} from "./index.ts";
import { ndcgAtK } from "./ranking-metrics.ts";
import { catalogItems, type ServedRecommender } from "./served.ts";

/** 90 users in three taste groups over 36 items, 10 items each, timestamps one minute apart. */
function clustered() {
  const random = mulberry32(11);
  const rows = [];
  for (let u = 0; u < 90; u++) {
    const group = u % 3;
    const seen = new Set<number>();
    while (seen.size < 10) {
      const item = random() < 0.8 ? group * 12 + Math.floor(random() * 12) : Math.floor(random() * 36);
      if (seen.has(item)) continue;
      seen.add(item);
      rows.push({
        user: `u${u}`,
        item: `i${item}`,
        rating: 1 + (item % 5),
        timestamp: 1e9 + 60 * rows.length,
      });
    }
  }
  const table = interactionsFromRows(rows);
  const categories = {
    names: ["g0", "g1", "g2"],
    byItem: table.itemIds.map((id) => [Math.floor(Number(id.slice(1)) / 12)]),
  };
  return { ...splitByRatio(table, { seed: 3 }), categories };
}

const { train, validation, categories } = clustered();
const config: HybridConfig = {
  ease: { weight: 1, lambda: 5 },
  itemKnn: { weight: 0.3, k: 10 },
  popularity: { weight: 0.1 },
};
const weights = { itemKnn: 0.2, content: 0.05, popularity: 0.02 };
const groups = groupByUser(train);
const historyOf = (u: number) =>
  Int32Array.from(new Set(groups.items.subarray(groups.offsets[u] ?? 0, groups.offsets[u + 1] ?? 0)));

describe("servedRecommender", () => {
  it("ranks exactly as serve() does for a shopper with the same history", async () => {
    const recommender = servedRecommender(train, { hybrid: config, weights, categories });
    const consentOf = (subject: string) => {
      const manager = createConsentManager({ region: "DE", clock: () => 0, subject });
      manager.set({ ...Object.fromEntries(manager.purposes.map((p) => [p.id, true])), sensitive: false });
      return manager.getState();
    };
    const { log } = await memoryLog();
    const vault = createVault();
    const serving = createServing({
      catalog: catalogItems(train, categories),
      vault,
      log,
      clock: () => 2e12,
      hybrid: config,
      weights,
    });
    for (let p = 0; p < train.users.length; p++) {
      const subject = train.userIds[train.users[p] ?? 0] ?? "";
      const item = train.itemIds[train.items[p] ?? 0] ?? "";
      serving.learn(
        { type: "view", subject, item, at: (train.timestamps[p] ?? 0) * 1000 },
        consentOf(subject),
      );
    }
    serving.fit();
    const unmasked = servedRecommender(train, unmaskedOptions({ hybrid: config, weights, categories }));
    const defaults = servedRecommender(train, { hybrid: config, categories });
    const lists: string[] = [];
    const unmaskedLists: string[] = [];
    const defaultLists: string[] = [];
    for (const user of [0, 7, 41, 50, 88]) {
      const subject = train.userIds[user] ?? "";
      const history = historyOf(user);
      const consent = consentOf(subject);
      for (const i of history)
        await serving.ingest({ type: "view", subject, item: train.itemIds[i] ?? "", at: 1.5e12 }, consent);
      const ids = Array.from(history, (i) => train.itemIds[i] ?? "");
      const { slate } = await serving.serve({ consent, surface: "home", k: 8, exclude: ids });
      expect(slate.mode).toBe("personalized");
      const ours = recommender.rank(history, 8, (i) => history.includes(i));
      expect(Array.from(ours.items, (i) => train.itemIds[i])).toEqual(slate.items.map((s) => s.item));
      lists.push(ours.items.join());
      const exclude = (i: number) => history.includes(i);
      unmaskedLists.push(unmasked.rank(history, 8, exclude).items.join());
      defaultLists.push(defaults.rank(history, 8, exclude).items.join());
    }
    // The comparison can tell: without the masks, or with the default weights, some list differs.
    expect(unmaskedLists).not.toEqual(lists);
    expect(defaultLists).not.toEqual(lists);
  });

  it("ranks with other blend weights exactly as a recommender fitted with them (the weights are not fitted)", () => {
    const tuned = servedRecommender(train, { hybrid: config, weights, categories });
    const defaults = servedRecommender(train, { hybrid: config, categories });
    for (const user of [0, 7, 41, 50, 88]) {
      const history = historyOf(user);
      const exclude = (i: number) => history.includes(i);
      const alone = defaults.rank(history, 12, exclude);
      const reused = tuned.rank(history, 12, exclude, defaults.weights);
      expect(Array.from(reused.items)).toEqual(Array.from(alone.items));
      expect(Array.from(reused.scores)).toEqual(Array.from(alone.scores));
      expect(Array.from(reused.items)).not.toEqual(Array.from(tuned.rank(history, 12, exclude).items));
    }
  });

  it("masks links shared by fewer than minSupport shoppers; the unmasked options lift every floor", () => {
    const masked = servedRecommender(train, { hybrid: config, content: false });
    const open = servedRecommender(train, unmaskedOptions({ hybrid: config, content: false }));
    const zeros = (w: Float64Array | undefined) => {
      let count = 0;
      for (const v of w ?? []) if (v === 0) count++;
      return count;
    };
    expect(masked.minSupport).toBe(5);
    expect(open.minSupport).toBe(1);
    expect(zeros(masked.models.hybrid?.ease?.weights)).toBeGreaterThan(
      zeros(open.models.hybrid?.ease?.weights),
    );
    expect(masked.models.knn?.neighbours.length).toBeLessThan(open.models.knn?.neighbours.length ?? 0);
    expect(unmaskedOptions({ hybrid: config }).hybrid?.itemKnn?.minSupport).toBe(1);
  });

  it("tunes the blend weights around the hybrid on validation, starting from the hybrid alone", () => {
    const tuned = tuneHybrid(train, validation);
    expect(tuned.config.ratingExponent).toBe(0);
    const recommender = servedRecommender(train, { hybrid: tuned.config, categories });
    const result = tuneServedWeights(recommender, train, validation);
    expect(result.trials[0]?.weights).toEqual({ itemKnn: 0, content: 0, popularity: 0 });
    const best = Math.max(...result.trials.map((t) => t.score));
    const chosen = result.trials.find((t) => JSON.stringify(t.weights) === JSON.stringify(result.weights));
    expect(chosen?.score).toBeGreaterThan(best - 0.001 - 1e-12);
    expect(result.validationNdcg).toBe(chosen?.ndcg10);
    expect(() => tuneServedWeights(servedRecommender(train, { content: false }), train, validation)).toThrow(
      ConfigError,
    );
  });

  it("scores every blend exactly as dense per-user score rows would, with sparse and shared rows stored", () => {
    // 240 users over 300 items in ten taste groups: item-kNN's rows are mostly zeros, popularity's all alike.
    const random = mulberry32(29);
    const rows = [];
    for (let u = 0; u < 240; u++) {
      const group = u % 10;
      const seen = new Set<number>();
      while (seen.size < 12) {
        const item = random() < 0.85 ? group * 30 + Math.floor(random() * 30) : Math.floor(random() * 300);
        if (seen.has(item)) continue;
        seen.add(item);
        rows.push({ user: `u${u}`, item: `i${item}`, rating: 1, timestamp: 1e9 + 60 * rows.length });
      }
    }
    const split = splitByRatio(interactionsFromRows(rows), { seed: 5 });
    const n = split.train.numItems;
    const recommender = servedRecommender(split.train, {
      hybrid: { ease: { weight: 1, lambda: 20 }, popularity: { weight: 0.2 } },
      content: false,
    });
    const result = tuneServedWeights(recommender, split.train, split.validation);
    const trainGroups = groupByUser(split.train);
    const validGroups = groupByUser(split.validation);
    const distinct = (g: ReturnType<typeof groupByUser>, u: number) =>
      Int32Array.from(new Set(g.items.subarray(g.offsets[u] ?? 0, g.offsets[u + 1] ?? 0)));
    const users = Array.from({ length: split.validation.numUsers }, (_, u) => u).filter(
      (u) => distinct(validGroups, u).length > 0,
    );
    const names = (["hybrid", "itemKnn", "ease", "content", "popularity"] as const).filter(
      (name) => recommender.scorerScores(name, distinct(trainGroups, users[0] ?? 0)) !== undefined,
    );
    expect(names).toEqual(["hybrid", "itemKnn", "popularity"]);
    // The straightforward reference: every scorer's Float32 row for every user, the blend re-added densely.
    const dense = (r: ServedRecommender, name: (typeof names)[number], u: number) =>
      Float32Array.from(r.scorerScores(name, distinct(trainGroups, u)) ?? new Float64Array(n));
    const matrix = names.map((name) => users.map((u) => dense(recommender, name, u)));
    const knnRows = matrix[1] ?? [];
    expect(knnRows.filter((row) => 2 * row.filter((v) => v !== 0).length < n).length).toBeGreaterThan(
      users.length / 2,
    );
    expect(result.trials.length).toBeGreaterThan(5);
    for (const trial of result.trials) {
      const multipliers = names.map((name) =>
        name === "hybrid" ? recommender.weights.hybrid : (trial.weights[name] ?? 0),
      );
      let sum10 = 0;
      let sum20 = 0;
      users.forEach((u, x) => {
        const total = new Float64Array(n);
        multipliers.forEach((m, c) => {
          const row = matrix[c]?.[x];
          if (m !== 0 && row) for (let i = 0; i < n; i++) total[i] = (total[i] ?? 0) + m * (row[i] ?? 0);
        });
        const mask = new Uint8Array(n);
        for (const i of distinct(trainGroups, u)) mask[i] = 1;
        const list = topK(total, 20, mask);
        const relevant = new Set(distinct(validGroups, u));
        sum10 += ndcgAtK(list, relevant, 10);
        sum20 += ndcgAtK(list, relevant, 20);
      });
      expect(trial.ndcg10).toBe(sum10 / users.length);
      expect(trial.ndcg20).toBe(sum20 / users.length);
    }
  });
});
