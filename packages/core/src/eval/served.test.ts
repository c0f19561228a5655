import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { memoryLog } from "../internal/testing/memory-log.ts";
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
import { catalogItems } from "./served.ts";

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
});
