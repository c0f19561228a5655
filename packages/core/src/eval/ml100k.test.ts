/**
 * MovieLens 100K under QUALITY.md protocol G (all ratings positive, per-user 80/10/10 split with seed 2020, full
 * ranking with train and validation masked). `tuneHybrid` chooses every hyper-parameter and blend weight on
 * validation only, with serving's k-anonymity masks in the loop; test scores the served recommender (the model store
 * `createServing` fits, its scorers and blend) after a fit on train and after a refit on train + validation, beside
 * the same model unmasked. Runs only where `../shared/datasets/ml-100k` (relative to the repository root) exists;
 * the data is never copied.
 */

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  fitHybrid,
  type HybridConfig,
  type HybridModel,
  hybridContributions,
  scoreHybrid,
} from "../recommend/models/index.ts";
import {
  concatInteractions,
  evaluate,
  groupByUser,
  type Interactions,
  type MetricsAtK,
  readInteractions,
  type ServedOptions,
  servedRecommender,
  splitByRatio,
  type TuneHybridResult,
  tuneHybrid,
  tuneServedWeights,
  unmaskedOptions,
} from "./index.ts";
import { recommendAll } from "./recommend-all.ts";
import { hybridScorer } from "./tune-hybrid.ts";

const dataDir = fileURLToPath(new URL("../../../../../shared/datasets/ml-100k/", import.meta.url));

// Measured figures of this split (kept to 3 decimals: a change to the served path must be seen here).
const SERVED_VALIDATION = 0.2821;
const SERVED_TRAIN = 0.321;
const SERVED_REFIT = 0.3342;

describe.skipIf(!existsSync(`${dataDir}u.data`))("MovieLens 100K, protocol G", () => {
  const results = new Map<string, MetricsAtK>();
  let tuned: TuneHybridResult;
  let refit: HybridModel;
  let full: Interactions;

  beforeAll(() => {
    const data = readInteractions(readFileSync(`${dataDir}u.data`, "utf8"), { fileName: "u.data" });
    const { train, validation, test } = splitByRatio(data, { seed: 2020 });
    full = concatInteractions([train, validation]);
    tuned = tuneHybrid(train, validation);
    const users = Array.from({ length: data.numUsers }, (_, u) => u);
    const onTest = (config: HybridConfig, table: Interactions) => {
      const model = fitHybrid(table, config);
      const lists = recommendAll(hybridScorer(model, table), {
        users,
        numItems: data.numItems,
        k: 10,
        exclude: [train, validation],
      });
      const at10 = evaluate(lists, test, { ks: [10] }).at[10];
      if (!at10) throw new Error("no metrics at 10");
      return { model, at10 };
    };
    const bestAlone = (stage: string) =>
      tuned.trials
        .filter((t) => t.stage === stage && !t.stopped)
        .reduce((a, b) => (b.score > a.score ? b : a)).config;
    for (const name of ["popularity", "itemKnn", "rp3beta", "ease"])
      results.set(`${name} train`, onTest(bestAlone(name), train).at10);
    refit = fitHybrid(full, tuned.config);
    // The served recommender: the model store's fit (masked), served scorers, blend weights tuned on validation.
    const served: ServedOptions = { hybrid: tuned.config, content: false };
    const weights = tuneServedWeights(servedRecommender(train, served), train, validation).weights;
    const onServed = (options: ServedOptions, table: Interactions) => {
      const recommender = servedRecommender(table, { ...options, weights });
      const groups = groupByUser(table);
      const lists = new Map<number, Int32Array>();
      const exclude = [groupByUser(train), groupByUser(validation)];
      const mask = new Uint8Array(data.numItems);
      for (const u of new Set(test.users)) {
        for (const g of exclude)
          for (let q = g.offsets[u] ?? 0; q < (g.offsets[u + 1] ?? 0); q++) mask[g.items[q] ?? 0] = 1;
        const history = Int32Array.from(
          new Set(groups.items.subarray(groups.offsets[u] ?? 0, groups.offsets[u + 1] ?? 0)),
        );
        lists.set(u, recommender.rank(history, 10, (i) => mask[i] === 1).items);
        mask.fill(0);
      }
      const at10 = evaluate(lists, test, { ks: [10] }).at[10];
      if (!at10) throw new Error("no metrics at 10");
      return at10;
    };
    results.set("served train", onServed(served, train));
    results.set("unmasked train", onServed(unmaskedOptions(served), train));
    results.set("served train+validation", onServed(served, full));
    const lines = [...results].map(
      ([name, m]) => `${name.padEnd(24)} NDCG@10 ${m.ndcg.toFixed(4)}  Recall@10 ${m.recall.toFixed(4)}`,
    );
    console.info(
      `ML-100K protocol G, tuned on validation in ${tuned.seconds.toFixed(1)} s (${tuned.trials.length} trials): ` +
        `${JSON.stringify(tuned.config)}, validation NDCG@10 ${tuned.validationNdcg.toFixed(4)}\n${lines.join("\n")}`,
    );
  }, 120_000);

  it("reproduces the textbook popularity (≈ 0.14) and neighbourhood (≈ 0.29) baselines", () => {
    expect(results.get("popularity train")?.ndcg).toBeGreaterThan(0.12);
    expect(results.get("popularity train")?.ndcg).toBeLessThan(0.16);
    expect(results.get("itemKnn train")?.ndcg).toBeGreaterThan(0.27);
    expect(results.get("rp3beta train")?.ndcg).toBeGreaterThan(0.27);
  });

  it("the served (masked) recommender reaches 0.33 NDCG@10 after a refit, within 0.5% of the unmasked one", () => {
    expect(tuned.config.ease?.weight).toBe(1);
    expect(tuned.config.ratingExponent).toBe(0);
    expect(tuned.validationNdcg).toBeCloseTo(SERVED_VALIDATION, 3);
    // Early stopping drops clear losers on part of the users (the chosen config is the full search's, 0.2821).
    const stopped = tuned.trials.filter((t) => t.stopped);
    expect(stopped.length).toBeGreaterThan(0);
    for (const t of stopped) expect(t.users).toBeLessThan(943);
    expect(results.get("served train")?.ndcg).toBeCloseTo(SERVED_TRAIN, 3);
    expect(results.get("served train+validation")?.ndcg).toBeCloseTo(SERVED_REFIT, 3);
    expect(results.get("served train+validation")?.ndcg).toBeGreaterThan(0.33);
    const price = (results.get("served train")?.ndcg ?? 0) / (results.get("unmasked train")?.ndcg ?? 1);
    expect(price).toBeGreaterThan(0.995);
    expect(price).toBeLessThanOrEqual(1.005);
    expect(results.get("served train")?.ndcg).toBeGreaterThan((results.get("ease train")?.ndcg ?? 1) - 0.005);
  });

  it("a served hybrid score is the exact sum of its per-item contributions", () => {
    const groups = groupByUser(full);
    const positions = groups.positions.subarray(groups.offsets[0] ?? 0, groups.offsets[1] ?? 0);
    const history = Int32Array.from(positions, (p) => full.items[p] ?? 0);
    const ratings = Float64Array.from(positions, (p) => full.ratings[p] ?? 0);
    const scores = scoreHybrid(refit, history, new Float64Array(full.numItems), ratings);
    for (const item of [0, 49, 99, 180]) {
      const sum = hybridContributions(refit, history, item, ratings).reduce((s, c) => s + c.amount, 0);
      expect(sum).toBeCloseTo(scores[item] ?? Number.NaN, 9);
    }
  });
});
