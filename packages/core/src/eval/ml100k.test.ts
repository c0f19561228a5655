/**
 * MovieLens 100K under QUALITY.md protocol G (all ratings positive, per-user 80/10/10 split with seed 2020, full
 * ranking with train and validation masked). Hyper-parameters and blend weights are tuned on validation only.
 * Runs only where `../shared/datasets/ml-100k` (relative to the repository root) exists; the data is never copied.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  easeScores,
  fitEase,
  fitItemKnn,
  fitPopularity,
  itemKnnScores,
  popularityScores,
} from "../recommend/models/index.ts";
import {
  concatInteractions,
  evaluate,
  groupByUser,
  holdoutNdcg,
  type Interactions,
  type MetricsAtK,
  readInteractions,
  recommendAll,
  splitByRatio,
  tune,
  type UserScorer,
} from "./index.ts";

const dataDir = fileURLToPath(new URL("../../../../../shared/datasets/ml-100k/", import.meta.url));

/** Fitted scorers of one training table (train, or train + validation), each writing a user's scores. */
interface Scorers {
  readonly pop: UserScorer;
  readonly knn: UserScorer;
  readonly ease: UserScorer;
  readonly blend: UserScorer;
}

interface Tuned {
  readonly lambda: number;
  readonly dropout: number;
  readonly k: number;
  readonly shrink: number;
  readonly wKnn: number;
  readonly wPop: number;
}

/** Each user's full score vector divided by its largest absolute value, so blend weights do not depend on scale. */
function normalised(scorer: UserScorer, numUsers: number, numItems: number): Float64Array[] {
  return Array.from({ length: numUsers }, (_, u) => {
    const out = new Float64Array(numItems);
    scorer(u, out);
    let max = 0;
    for (const s of out) max = Math.max(max, Math.abs(s));
    if (max > 0) for (let i = 0; i < numItems; i++) out[i] = (out[i] ?? 0) / max;
    return out;
  });
}

function blendOf(parts: readonly Float64Array[][], weights: readonly number[]): UserScorer {
  return (user, out) => {
    parts.forEach((part, m) => {
      const scores = part[user];
      const w = weights[m] ?? 0;
      if (scores && w !== 0)
        for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + w * (scores[i] ?? 0);
    });
  };
}

function scorers(table: Interactions, tuned: Tuned): Scorers {
  const groups = groupByUser(table);
  const history = (u: number) => groups.items.subarray(groups.offsets[u] ?? 0, groups.offsets[u + 1] ?? 0);
  const popModel = fitPopularity(table);
  const knnModel = fitItemKnn(table, { k: tuned.k, shrink: tuned.shrink });
  const easeModel = fitEase(table, { lambda: tuned.lambda, dropout: tuned.dropout });
  const pop: UserScorer = (_, out) => void popularityScores(popModel, out);
  const knn: UserScorer = (u, out) => void itemKnnScores(knnModel, history(u), out);
  const ease: UserScorer = (u, out) => void easeScores(easeModel, history(u), out);
  const parts = [ease, knn, pop].map((s) => normalised(s, table.numUsers, table.numItems));
  return { pop, knn, ease, blend: blendOf(parts, [1, tuned.wKnn, tuned.wPop]) };
}

describe.skipIf(!existsSync(`${dataDir}u.data`))("MovieLens 100K, protocol G", () => {
  const results = new Map<string, MetricsAtK>();
  let tuned: Tuned;

  beforeAll(() => {
    const data = readInteractions(readFileSync(`${dataDir}u.data`, "utf8"), { fileName: "u.data" });
    const { train, validation, test } = splitByRatio(data, { seed: 2020 });
    const groups = groupByUser(train);
    const history = (u: number) => groups.items.subarray(groups.offsets[u] ?? 0, groups.offsets[u + 1] ?? 0);
    const onValidation = (scorer: UserScorer) =>
      holdoutNdcg(scorer, { holdout: validation, exclude: [train], k: 10 });

    const ease = tune(
      { lambda: [100, 250, 500, 1000], dropout: [0, 0.25, 0.5] },
      ({ lambda, dropout }) => {
        const model = fitEase(train, { lambda, dropout });
        return onValidation((u, out) => void easeScores(model, history(u), out));
      },
      { strategy: "coordinate", start: { lambda: 250, dropout: 0 } },
    );
    const knn = tune(
      { k: [50, 100, 250, 500], shrink: [0, 10, 50] },
      ({ k, shrink }) => {
        const model = fitItemKnn(train, { k, shrink });
        return onValidation((u, out) => void itemKnnScores(model, history(u), out));
      },
      { strategy: "coordinate", start: { k: 100, shrink: 0 } },
    );
    const base = { ...ease.best, ...knn.best, wKnn: 0, wPop: 0 };
    const onTrain = scorers(train, base);
    const parts = [onTrain.ease, onTrain.knn, onTrain.pop].map((s) =>
      normalised(s, data.numUsers, data.numItems),
    );
    const blend = tune({ wKnn: [0, 0.1, 0.25, 0.5, 1], wPop: [0, 0.05, 0.1, 0.25] }, ({ wKnn, wPop }) =>
      onValidation(blendOf(parts, [1, wKnn, wPop])),
    );
    tuned = { ...base, ...blend.best };

    const users = Array.from({ length: data.numUsers }, (_, u) => u);
    const onTest = (scorer: UserScorer) => {
      const lists = recommendAll(scorer, {
        users,
        numItems: data.numItems,
        k: 10,
        exclude: [train, validation],
      });
      const at10 = evaluate(lists, test, { ks: [10] }).at[10];
      if (!at10) throw new Error("no metrics at 10");
      return at10;
    };
    const trainOnly: Scorers = { ...onTrain, blend: blendOf(parts, [1, tuned.wKnn, tuned.wPop]) };
    const refit = scorers(concatInteractions([train, validation]), tuned);
    for (const [fit, set] of [
      ["train", trainOnly],
      ["train+validation", refit],
    ] as const) {
      for (const model of ["pop", "knn", "ease", "blend"] as const)
        results.set(`${model} ${fit}`, onTest(set[model]));
    }
    const lines = [...results].map(
      ([name, m]) => `${name.padEnd(24)} NDCG@10 ${m.ndcg.toFixed(4)}  Recall@10 ${m.recall.toFixed(4)}`,
    );
    console.info(`ML-100K protocol G, tuned on validation: ${JSON.stringify(tuned)}\n${lines.join("\n")}`);
  }, 120_000);

  it("reproduces the textbook popularity baseline (≈ 0.14 NDCG@10)", () => {
    expect(results.get("pop train")?.ndcg).toBeGreaterThan(0.12);
    expect(results.get("pop train")?.ndcg).toBeLessThan(0.16);
  });

  it("reproduces textbook item-kNN (≈ 0.29) and EASE (≈ 0.33, within this split's variance)", () => {
    expect(results.get("knn train")?.ndcg).toBeGreaterThan(0.26);
    expect(results.get("ease train")?.ndcg).toBeGreaterThan(0.315);
    expect(results.get("ease train+validation")?.ndcg).toBeGreaterThan(0.33);
  });

  it("the tuned blend is at least as good as EASE alone, within noise", () => {
    for (const fit of ["train", "train+validation"]) {
      expect(results.get(`blend ${fit}`)?.ndcg).toBeGreaterThan(
        (results.get(`ease ${fit}`)?.ndcg ?? 1) - 0.005,
      );
    }
    expect(tuned.lambda).toBeGreaterThan(0);
  });
});
